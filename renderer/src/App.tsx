import { Button, Heading, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { ArrowRedoIcon, ArrowUndoIcon } from '@navikt/aksel-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { nb } from './i18n/nb';
import { href, useRoute } from './router';
import { CommandPalette } from './ui/CommandPalette';
import { mutate } from './ui/data';
import { EventSwitcher } from './ui/EventSwitcher';
import { NotifyProvider, useNotify } from './ui/notify';
import { ViewBoundary } from './ui/ViewBoundary';
import { viewFor, views } from './views/registry';
import { LanguageSwitch } from './views/settings/LanguageSwitch';

/** True when a key press belongs to a text field (Ctrl+Z there is the field's own undo). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

type HistoryAction = 'undo' | 'redo';

declare global {
  interface Window {
    /** Desktop only (preload): the menu's Angre/Gjør om, whose accelerators take Ctrl+Z/Ctrl+Y. */
    samlingMenu?: { onMenu(cb: (action: HistoryAction) => void): () => void };
  }
}

/** Which history action a key press asks for: Ctrl+Z undo; Ctrl+Y or Ctrl+Shift+Z redo. */
function historyKey(e: KeyboardEvent): HistoryAction | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** Angre and Gjør om in the frame, from the keyboard and, on the desktop, from the menu. */
function HistoryButtons() {
  const { notify } = useNotify();
  const busy = useRef(false);
  const [pending, setPending] = useState<HistoryAction | null>(null);

  const run = useCallback(
    async (action: HistoryAction) => {
      if (busy.current) return;
      busy.current = true;
      setPending(action);
      const res = action === 'undo' ? await mutate('changelog:undo') : await mutate('changelog:redo');
      busy.current = false;
      setPending(null);
      if (!res.ok) notify('warning', res.error.message);
      else if (action === 'undo') notify('info', nb.undo.undone(res.value.subject));
      else notify('info', nb.undo.redone(res.value.subject));
    },
    [notify],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = historyKey(e);
      // Not while typing, and not behind an open dialog (its form has its own state).
      if (!action || isTyping(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      void run(action);
    };
    window.addEventListener('keydown', onKey);
    const off = window.samlingMenu?.onMenu((action) => {
      if (!document.querySelector('dialog[open]')) void run(action);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off?.();
    };
  }, [run]);

  return (
    <div className="rail__history">
      <Button variant="secondary" data-size="sm" onClick={() => void run('undo')} loading={pending === 'undo'} title={nb.undo.shortcut} aria-keyshortcuts="Control+Z">
        <ArrowUndoIcon aria-hidden />
        {nb.undo.button}
      </Button>
      <Button
        variant="secondary"
        data-size="sm"
        onClick={() => void run('redo')}
        loading={pending === 'redo'}
        title={nb.history.redoShortcut}
        aria-keyshortcuts="Control+Y Control+Shift+Z"
      >
        <ArrowRedoIcon aria-hidden />
        {nb.undo.redo}
      </Button>
    </div>
  );
}

function NotFound() {
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {nb.app.notFound}
      </Heading>
      <Paragraph>{nb.app.notFoundText}</Paragraph>
      <Paragraph>
        <a href={href(views[0]?.id ?? '')}>{nb.app.toOverview}</a>
      </Paragraph>
    </div>
  );
}

function Frame() {
  const route = useRoute();
  const [first, ...rest] = route;
  const view = viewFor(first);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = view ? `${view.label} – ${nb.app.name}` : nb.app.name;
  }, [view]);

  // Moving to another view puts focus on its content, so keyboard and screen-reader users
  // start at the top of the new page rather than in the menu.
  const viewId = view?.id;
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [viewId]);

  // The other views' code, once the first screen is up and the browser is idle: moving to
  // them later does not wait for their chunks. Pointing at a link loads its view sooner.
  useEffect(() => {
    let cancelled = false;
    const idle = (fn: () => void) => (typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(fn, { timeout: 2000 }) : window.setTimeout(fn, 50));
    const next = (i: number) => {
      if (cancelled || i >= views.length) return;
      void (views[i]?.preload?.() ?? Promise.resolve())
        .catch(() => undefined)
        .then(() => idle(() => next(i + 1)));
    };
    const t = window.setTimeout(() => idle(() => next(0)), 2000);
    return () => {
      cancelled = true;
      window.clearTimeout(t);
    };
  }, []);

  const View = view?.component;
  return (
    <div className="shell">
      <SkipLink href="#innhold">{nb.app.skipToContent}</SkipLink>
      <aside className="rail">
        <div className="rail__brand">
          <span className="rail__logo" aria-hidden>
            S
          </span>
          <div>
            <Heading level={2} data-size="xs" className="rail__name">
              {nb.app.name}
            </Heading>
            <Paragraph data-size="xs" className="rail__tagline">
              {nb.app.tagline}
            </Paragraph>
          </div>
        </div>
        <EventSwitcher />
        <CommandPalette />
        <nav aria-label={nb.nav.label} className="rail__nav">
          <ul>
            {views.map((v) => {
              const Icon = v.icon;
              const current = v.id === view?.id;
              return (
                <li key={v.id}>
                  <a
                    href={href(v.id)}
                    aria-current={current ? 'page' : undefined}
                    className="rail__link"
                    onPointerEnter={() => void v.preload?.().catch(() => undefined)}
                    onFocus={() => void v.preload?.().catch(() => undefined)}
                  >
                    {Icon && <Icon aria-hidden className="rail__icon" />}
                    <span>{v.label}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="rail__footer">
          <LanguageSwitch />
          <HistoryButtons />
        </div>
      </aside>
      <main id="innhold" ref={mainRef} tabIndex={-1} className="content">
        <ViewBoundary key={view?.id ?? ''}>{View ? <View path={first === undefined ? [] : rest} /> : <NotFound />}</ViewBoundary>
      </main>
    </div>
  );
}

export function App() {
  return (
    <NotifyProvider>
      <Frame />
    </NotifyProvider>
  );
}
