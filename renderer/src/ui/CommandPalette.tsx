import { Button, Dialog, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { MagnifyingGlassIcon } from '@navikt/aksel-icons';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../main/api/ops/search';
import type { OrgKind } from '../../../main/api/types';
import { nb } from '../i18n/nb';
import { href } from '../router';
import { StateTag } from './common';
import { useQuery } from './data';

// Search from anywhere: Ctrl+K (or the frame's button) opens a dialog with one field and a list
// of hits, in the WAI-ARIA combobox pattern: focus stays in the field, the arrows move the
// active option (aria-activedescendant), Enter opens it, Esc closes and focus goes back.

const ORG_TAB: Record<OrgKind, string> = { county: 'fylker', region: 'byregioner', municipality: 'kommuner', other: 'andre' };

/** Where a hit takes the organiser: a sign-up opens its form, an organisation its register page. */
export function hitHref(hit: SearchHit): string {
  switch (hit.kind) {
    case 'signup':
      return `${href('pameldinger')}?open=${hit.signupId}`;
    case 'organisation':
      return hit.orgKind === 'county' || hit.orgKind === 'region'
        ? href('register', ORG_TAB[hit.orgKind], hit.organisationId)
        : href('register', ORG_TAB[hit.orgKind]);
    case 'person':
      if (hit.organisationId !== null && (hit.organisationKind === 'county' || hit.organisationKind === 'region'))
        return href('register', ORG_TAB[hit.organisationKind], hit.organisationId);
      return href('pameldinger');
  }
}

function hitKey(hit: SearchHit): string {
  return hit.kind === 'organisation' ? `o${hit.organisationId}` : hit.kind === 'signup' ? `s${hit.signupId}` : `p${hit.personId}`;
}

function HitLine({ hit }: { hit: SearchHit }) {
  const t = nb.palette;
  switch (hit.kind) {
    case 'signup':
      return (
        <>
          <span className="palette__name">{hit.name}</span>
          <span className="palette__detail">
            {t.signup}
            {hit.organisationName ? ` · ${hit.organisationName}` : ''}
          </span>
          <StateTag state={hit.state} />
        </>
      );
    case 'person':
      return (
        <>
          <span className="palette__name">{hit.name}</span>
          <span className="palette__detail">
            {t.person}
            {hit.organisationName ? ` · ${hit.organisationName}` : ''} · {t.notSignedUp}
          </span>
        </>
      );
    case 'organisation':
      return (
        <>
          <span className="palette__name">
            {hit.number ? `${hit.number} ` : ''}
            {hit.name}
          </span>
          {hit.countyName && <span className="palette__detail">{hit.countyName}</span>}
          <Tag data-size="sm" data-color="neutral">
            {nb.kinds[hit.orgKind]}
          </Tag>
        </>
      );
  }
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const t = nb.palette;
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hintId = useId();

  useEffect(() => {
    const h = window.setTimeout(() => setDebounced(q.trim()), 120);
    return () => window.clearTimeout(h);
  }, [q]);
  // The dialog focuses its first control (the close button); the field is where typing goes.
  useEffect(() => {
    const f = requestAnimationFrame(() => input.current?.focus());
    return () => cancelAnimationFrame(f);
  }, []);

  const res = useQuery('search:all', debounced.length >= 2 ? { q: debounced, limit: 20 } : null);
  const hits = debounced.length >= 2 && res.value?.q === debounced ? res.value.hits : [];
  useEffect(() => setActive(0), [debounced]);

  const open = useCallback(
    (hit: SearchHit) => {
      onClose();
      window.location.hash = hitHref(hit).slice(1);
    },
    [onClose],
  );

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + hits.length) % hits.length);
    } else if (e.key === 'Home' && hits.length) {
      setActive(0);
    } else if (e.key === 'End' && hits.length) {
      setActive(hits.length - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[active];
      if (hit) open(hit);
    }
  };

  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const status =
    debounced.length < 2 ? t.start : res.status === 'loading' && hits.length === 0 ? nb.app.loading : hits.length === 0 ? t.none(debounced) : t.count(hits.length);

  return (
    <div className="palette">
      <label className="palette__field">
        <MagnifyingGlassIcon aria-hidden className="palette__icon" />
        <span className="sr-only">{t.label}</span>
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length ? `${listId}-${active}` : undefined}
          aria-describedby={hintId}
          placeholder={t.placeholder}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={onKey}
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      <Paragraph data-size="xs" className="muted" id={hintId}>
        {t.hint}
      </Paragraph>
      <p className="sr-only" role="status" aria-live="polite">
        {status}
      </p>
      {hits.length === 0 ? (
        <Paragraph data-size="sm" className="palette__empty" aria-hidden>
          {status}
        </Paragraph>
      ) : null}
      <ul id={listId} role="listbox" aria-label={t.results} className="palette__list" hidden={hits.length === 0}>
        {hits.map((hit, i) => (
          <li
            key={hitKey(hit)}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className="palette__option"
            onMouseMove={() => setActive(i)}
            onClick={() => open(hit)}
          >
            <HitLine hit={hit} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The frame's search button, and Ctrl+K anywhere. */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const t = nb.palette;

  const show = useCallback(() => {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);
  const close = useCallback(() => {
    setOpen(false);
    const el = returnTo.current;
    returnTo.current = null;
    // After a hit the new view takes focus itself; otherwise back to where the user was.
    requestAnimationFrame(() => {
      if (el?.isConnected && document.activeElement === document.body) el.focus();
    });
  }, []);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'k') return;
      if (document.querySelector('dialog[open]') && !open) return;
      e.preventDefault();
      if (!open) show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, show]);

  return (
    <>
      <Button variant="secondary" data-size="sm" onClick={show} title={t.shortcut} aria-keyshortcuts="Control+K" className="rail__search">
        <MagnifyingGlassIcon aria-hidden />
        {t.open}
        <kbd className="rail__kbd" aria-hidden>
          Ctrl K
        </kbd>
      </Button>
      <Dialog open={open} onClose={close} closeButton={nb.app.close} closedby="any" aria-labelledby={titleId} className="modal palette-dialog">
        {open && (
          <Dialog.Block>
            <Heading level={2} data-size="xs" id={titleId} className="palette__title">
              {t.title}
            </Heading>
            <PaletteBody onClose={close} />
          </Dialog.Block>
        )}
      </Dialog>
    </>
  );
}

/**
 * `#/pameldinger?open=12`: calls `onOpen(12)` once, then takes the parameter out of the address
 * (so closing the form and pressing Back does not open it again). Listens for later changes too,
 * for a search hit chosen while the view is already showing.
 */
export function useOpenParam(onOpen: (id: number) => void): void {
  useEffect(() => {
    const check = () => {
      const m = /[?&]open=(\d+)/.exec(window.location.hash);
      if (!m) return;
      history.replaceState(null, '', window.location.hash.replace(/[?&]open=\d+/, ''));
      onOpen(Number(m[1]));
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, [onOpen]);
}
