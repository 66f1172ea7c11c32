import { Dialog, Heading } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { nb } from '../i18n/nb';

export interface ModalProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wide dialogs for forms with many fields. */
  wide?: boolean;
  placement?: 'center' | 'right';
}

/**
 * A modal dialog: the native <dialog> (through Designsystemet) traps focus and closes on Esc;
 * we put focus back where it was when the dialog closes, and draw the content only while open
 * so a form always starts fresh.
 */
export function Modal({ open, title, onClose, children, wide, placement = 'center' }: ModalProps) {
  const titleId = useId();
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      return;
    }
    const el = returnTo.current;
    returnTo.current = null;
    if (el?.isConnected) el.focus();
  }, [open]);

  return (
    <Dialog
      open={open}
      onClose={onClose}
      closeButton={nb.app.close}
      closedby="closerequest"
      placement={placement}
      aria-labelledby={titleId}
      className={wide ? 'modal modal--wide' : 'modal'}
    >
      {open && (
        <>
          <Dialog.Block>
            <Heading level={2} data-size="sm" id={titleId}>
              {title}
            </Heading>
          </Dialog.Block>
          <Dialog.Block>{children}</Dialog.Block>
        </>
      )}
    </Dialog>
  );
}
