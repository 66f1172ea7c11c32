import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { XMarkIcon } from '@navikt/aksel-icons';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { nb } from '../i18n/nb';

export type NoticeKind = 'success' | 'info' | 'warning' | 'danger';

export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
}

export interface Notifier {
  notify(kind: NoticeKind, text: string): void;
}

const Ctx = createContext<Notifier>({ notify: () => undefined });

export function useNotify(): Notifier {
  return useContext(Ctx);
}

/** How long a message stays; errors stay until closed, because they need reading. */
const LIFETIME: Record<NoticeKind, number | null> = { success: 6000, info: 6000, warning: 10000, danger: null };

export function NotifyProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const next = useRef(1);

  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);

  const notify = useCallback(
    (kind: NoticeKind, text: string) => {
      const id = next.current++;
      // Newest last; keep at most four on screen.
      setNotices((list) => [...list.slice(-3), { id, kind, text }]);
      const life = LIFETIME[kind];
      if (life !== null) window.setTimeout(() => dismiss(id), life);
    },
    [dismiss],
  );

  const value = useMemo(() => ({ notify }), [notify]);
  return (
    <Ctx.Provider value={value}>
      {children}
      <section className="toasts" aria-label={nb.app.notifications}>
        {/* Polite live region: each new message is read once; errors interrupt (role=alert). */}
        <div role="status" aria-live="polite" className="toasts__list">
          {notices.map((n) => (
            <Alert key={n.id} data-color={n.kind} className="toast" role={n.kind === 'danger' ? 'alert' : undefined}>
              <Paragraph data-size="sm">{n.text}</Paragraph>
              <Button variant="tertiary" icon data-size="sm" aria-label={nb.app.dismiss} onClick={() => dismiss(n.id)}>
                <XMarkIcon aria-hidden />
              </Button>
            </Alert>
          ))}
        </div>
      </section>
    </Ctx.Provider>
  );
}
