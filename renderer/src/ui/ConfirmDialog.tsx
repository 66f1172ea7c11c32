import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { nb } from '../i18n/nb';
import { Modal } from './Modal';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  text: string;
  /** Label of the dangerous button; "Slett" by default. */
  confirmLabel?: string;
  /** Runs the action; the dialog shows it as busy until it settles, then closes. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** A question before something that cannot be taken back lightly (delete …). */
export function ConfirmDialog({ open, title, text, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      onClose();
    }
  };
  return (
    <Modal open={open} title={title} onClose={onClose}>
      {open && (
        <div className="form">
          <Paragraph>{text}</Paragraph>
          <div className="form-actions">
            <Button variant="tertiary" onClick={onClose} autoFocus>
              {nb.app.cancel}
            </Button>
            <Button data-color="danger" onClick={() => void confirm()} loading={busy}>
              {confirmLabel ?? nb.app.delete}
            </Button>
          </div>
        </div>
      )}
    </Modal>
  );
}
