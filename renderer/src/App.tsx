import { Button, Heading, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { ArrowUndoIcon } from '@navikt/aksel-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { nb } from './i18n/nb';
import { formatDate, formatTime } from './format';
import { href, useRoute } from './router';
import { mutate, useQuery } from './ui/data';
import { NotifyProvider, useNotify } from './ui/notify';
import { views } from './views/registry';

/** True when a key press belongs to a text field (Ctrl+Z there is the field's own undo). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

function UndoButton() {
  const { notify } = useNotify();
  const busy = useRef(false);
  const [pending, setPending] = useState(false);

  const undo = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    const res = await mutate('changelog:undo');
    busy.current = false;
    setPending(false);
    if (res.ok) notify('info', nb.undo.undone(res.value.undone.summary));
    else notify('warning', res.error.message);
  }, [notify]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'z') return;
      // Not while typing, and not behind an open dialog (its form has its own state).
      if (isTyping(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      void undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  return (
    <Button variant="secondary" data-size="sm" onClick={() => void undo()} loading={pending} title={nb.undo.shortcut} aria-keyshortcuts="Control+Z">
      <ArrowUndoIcon aria-hidden />
      {nb.undo.button}
    </Button>
  );
}

function CurrentEvent() {
  const info = useQuery('app:info', {});
  const ev = info.value?.event;
  if (!ev) return null;
  return (
    <div className="rail__event" aria-label={nb.nav.currentEvent} role="group">
      <Paragraph data-size="xs" className="rail__event-label">
        {nb.nav.currentEvent}
      </Paragraph>
      <Paragraph data-size="sm" className="rail__event-title">
        {ev.shortTitle ?? ev.title}
      </Paragraph>
      <Paragraph data-size="xs" className="rail__event-when tnum">
        {formatDate(ev.startsAt)} · {formatTime(ev.startsAt)}–{formatTime(ev.endsAt)}
      </Paragraph>
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
  const view = first === undefined ? views[0] : views.find((v) => v.id === first);
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
        <CurrentEvent />
        <nav aria-label={nb.nav.label} className="rail__nav">
          <ul>
            {views.map((v) => {
              const Icon = v.icon;
              const current = v.id === view?.id;
              return (
                <li key={v.id}>
                  <a href={href(v.id)} aria-current={current ? 'page' : undefined} className="rail__link">
                    {Icon && <Icon aria-hidden className="rail__icon" />}
                    <span>{v.label}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="rail__footer">
          <UndoButton />
        </div>
      </aside>
      <main id="innhold" ref={mainRef} tabIndex={-1} className="content">
        {View ? <View key={view.id} path={first === undefined ? [] : rest} /> : <NotFound />}
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
