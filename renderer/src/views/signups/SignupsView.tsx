import { Button, Checkbox, Field, Label, Search, Select } from '@digdir/designsystemet-react';
import { EnvelopeClosedIcon, PlusIcon } from '@navikt/aksel-icons';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { Signup, SignupState } from '../../../../main/api/types';
import { nb } from '../../i18n/nb';
import { Empty, LoadError, Loading, PageHeader } from '../../ui/common';
import { call } from '../../api';
import { useOpenParam } from '../../ui/CommandPalette';
import { useQuery } from '../../ui/data';
import { DraftDialog } from '../../ui/DraftDialog';
import { Modal } from '../../ui/Modal';
import { OrgPicker } from '../../ui/OrgPicker';
import type { ViewProps } from '../types';
import { ConfirmDelete, StateDialog } from './SignupDialogs';
import { useSignupPages, type SortKey } from './list';
import { SignupTable } from './SignupTable';

const STATES: SignupState[] = ['seated', 'waiting', 'cancelled', 'declined'];

// The form (and react-hook-form with it) is loaded when it is first opened, not before the list.
const loadForm = () => import('./SignupForm');
const SignupForm = lazy(() => loadForm().then((m) => ({ default: m.SignupForm })));

/**
 * The search text as the list asks for it. A keystroke after a pause is searched at once; keys
 * that follow it within `ms` wait for a pause of `ms`, so that a burst of fast keys is one query.
 * A page of the list costs the core a few milliseconds (bench: "skrive «berg» i søket"), and
 * answers to older keystrokes are dropped (list.ts): the wait only has to swallow a burst, not
 * hide a slow query.
 */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    const now = performance.now();
    const afterPause = now - lastChange.current >= ms;
    lastChange.current = now;
    if (afterPause) {
      setV(value);
      return undefined;
    }
    const t = window.setTimeout(() => setV(value), ms);
    return () => window.clearTimeout(t);
  }, [value, ms]);
  return v;
}

type Editing = { mode: 'new' } | { mode: 'edit'; signup: Signup } | null;

export function SignupsView(_props: ViewProps) {
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 40);
  const [state, setState] = useState<SignupState | ''>('');
  const [orgId, setOrgId] = useState<number | null>(null);
  const [late, setLate] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({ key: 'receivedAt', dir: 'asc' });
  const [editing, setEditing] = useState<Editing>(null);
  const [stateFor, setStateFor] = useState<Signup | null>(null);
  const [deleting, setDeleting] = useState<Signup | null>(null);

  // Read a page at a time, the pages the table shows (list.ts): the first rows are drawn at once.
  const list = useSignupPages({ q: query, state, orgId, late, sort });
  // Once the list is up, fetch the form's code too, so that opening it does not wait.
  useEffect(() => {
    const t = window.setTimeout(() => void loadForm().catch(() => undefined), 1500);
    return () => window.clearTimeout(t);
  }, []);
  const all = useQuery('app:info', {});
  const total = all.value?.counts.signups ?? 0;
  const filtered = query !== '' || state !== '' || orgId !== null || late;

  const onSort = useCallback((key: SortKey) => {
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }));
  }, []);
  const onOpen = useCallback((s: Signup) => setEditing({ mode: 'edit', signup: s }), []);
  const [draftFor, setDraftFor] = useState<Signup | null>(null);
  // A search hit (Ctrl+K) opens its sign-up's form: '#/pameldinger?open=<id>'.
  useOpenParam(
    useCallback((id: number) => {
      void call('signups:get', { id }).then((r) => {
        if (r.ok) setEditing({ mode: 'edit', signup: r.value });
      });
    }, []),
  );
  const clear = () => {
    setQ('');
    setState('');
    setOrgId(null);
    setLate(false);
  };

  let body;
  if (list.error) body = <LoadError error={list.error} onRetry={list.reload} />;
  else if (list.total === undefined) body = <Loading />;
  else if (list.total === 0 && !filtered)
    body = (
      <Empty
        action={
          <Button onClick={() => setEditing({ mode: 'new' })}>
            <PlusIcon aria-hidden />
            {nb.signups.add}
          </Button>
        }
      >
        {nb.signups.empty}
      </Empty>
    );
  else if (list.total === 0)
    body = (
      <Empty
        action={
          <Button variant="secondary" onClick={clear}>
            {nb.signups.clearFilters}
          </Button>
        }
      >
        {nb.signups.emptyFiltered}
      </Empty>
    );
  else
    body = (
      <SignupTable
        count={list.total}
        rowAt={list.rowAt}
        revision={list.revision}
        onShowRows={list.showRows}
        resetKey={list.key}
        sort={sort}
        onSort={onSort}
        onOpen={onOpen}
        onChangeState={setStateFor}
        onDelete={setDeleting}
        onDraft={setDraftFor}
      />
    );

  return (
    <div className="page">
      <PageHeader
        title={nb.signups.title}
        actions={
          <Button onClick={() => setEditing({ mode: 'new' })}>
            <PlusIcon aria-hidden />
            {nb.signups.add}
          </Button>
        }
      />
      <div className="panel toolbar" role="search">
        <Field className="grow">
          <Label>{nb.signups.search}</Label>
          <Search>
            <Search.Input aria-label={nb.signups.search} placeholder={nb.signups.searchPlaceholder} value={q} onChange={(e) => setQ(e.target.value)} />
            <Search.Clear aria-label={nb.signups.clearFilters} onClick={() => setQ('')} />
          </Search>
        </Field>
        <Field>
          <Label>{nb.signups.filterState}</Label>
          <Select value={state} onChange={(e) => setState(e.target.value as SignupState | '')}>
            <Select.Option value="">{nb.signups.allStates}</Select.Option>
            {STATES.map((s) => (
              <Select.Option key={s} value={s}>
                {nb.states[s]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div style={{ minWidth: '18rem' }}>
          <OrgPicker label={nb.signups.filterOrg} placeholder={nb.signups.allOrgs} value={orgId} onChange={(id) => setOrgId(id)} />
        </div>
        <Checkbox label={nb.signups.onlyLate} checked={late} onChange={(e) => setLate(e.target.checked)} />
        {list.total !== undefined && (
          <span className="toolbar__count tnum" aria-live="polite">
            {nb.signups.count(list.total, total)}
          </span>
        )}
      </div>
      <div className="panel panel--flush">{body}</div>

      <Modal
        open={editing !== null}
        title={editing?.mode === 'edit' ? nb.signupForm.editTitle : nb.signupForm.addTitle}
        onClose={() => setEditing(null)}
        wide
      >
        {editing?.mode === 'edit' && (
          <div className="row" style={{ justifyContent: 'flex-end', marginBottom: 'var(--ds-size-3)' }}>
            <Button variant="secondary" data-size="sm" onClick={() => setDraftFor(editing.signup)}>
              <EnvelopeClosedIcon aria-hidden />
              {nb.drafts.make}
            </Button>
          </div>
        )}
        {editing && (
          <Suspense fallback={<Loading />}>
            <SignupForm signup={editing.mode === 'edit' ? editing.signup : null} onDone={() => setEditing(null)} />
          </Suspense>
        )}
      </Modal>
      <DraftDialog target={draftFor ? { signupId: draftFor.id, state: draftFor.state } : null} onClose={() => setDraftFor(null)} />
      <StateDialog signup={stateFor} onClose={() => setStateFor(null)} />
      <ConfirmDelete signup={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}
