import { Alert, Button, Card, Field, Heading, Label, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { PencilIcon, PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { useState, type ReactNode } from 'react';
import type { GroupSession, SessionProposal } from '../../../../main/api/ops/allocation';
import { formatTime } from '../../format';
import { nb } from '../../i18n/nb';
import { Empty, LoadError, Loading } from '../../ui/common';
import { mutate, useQuery } from '../../ui/data';
import { Modal } from '../../ui/Modal';
import { useNotify } from '../../ui/notify';
import { useRun } from './useRun';

const t = nb.allocation;
const s = t.sessions;
let draggedSignup: number | null = null;

interface Person {
  signupId: number;
  name: string;
  organisationName: string | null;
  waiting: boolean;
  sessionId: number | null;
  proposal?: SessionProposal;
}

function PersonChip({ p, sessions }: { p: Person; sessions: GroupSession[] }) {
  const run = useRun();
  const assign = (sessionId: number | null) =>
    void run('sessions:assign', { signupId: p.signupId, sessionId }, (v) =>
      v.warning ?? (v.session ? s.assigned(p.name, v.session.title) : s.unassignedDone(p.name)),
    );
  const suggested = p.proposal?.sessionIds.map((id) => sessions.find((g) => g.id === id)?.title).filter(Boolean).join(', ');
  return (
    <li
      className="session-person"
      draggable
      onDragStart={(e) => {
        draggedSignup = p.signupId;
        e.dataTransfer.setData('text/plain', String(p.signupId));
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragEnd={() => (draggedSignup = null)}
    >
      <div className="session-person__text">
        <span className="seat-person__name">{p.name}</span>
        <span className="muted seat-person__meta">
          {p.organisationName ?? ''}
          {p.waiting ? ` · ${s.waitingNote}` : ''}
        </span>
        {suggested && p.sessionId === null && (
          <Tag data-size="sm" data-color="info" variant="outline">
            {s.suggested(suggested)}
          </Tag>
        )}
      </div>
      <Select
        data-size="sm"
        aria-label={s.select(p.name)}
        value={p.sessionId === null ? '' : String(p.sessionId)}
        onChange={(e) => assign(e.target.value === '' ? null : Number(e.target.value))}
      >
        <Select.Option value="">{s.noSession}</Select.Option>
        {sessions.map((g) => (
          <Select.Option key={g.id} value={String(g.id)}>
            {g.title}
          </Select.Option>
        ))}
      </Select>
    </li>
  );
}

function Column({ title, head, sessionId, children }: { title: string; head?: ReactNode; sessionId: number | null; children: ReactNode }) {
  const run = useRun();
  const [over, setOver] = useState(false);
  return (
    <Card
      data-color="neutral"
      className={`session-col${over ? ' is-over' : ''}`}
      aria-label={title}
      onDragOver={(e) => {
        if (draggedSignup === null) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        if (draggedSignup === null) return;
        e.preventDefault();
        const id = draggedSignup;
        void run('sessions:assign', { signupId: id, sessionId }, (v) =>
          v.warning ?? (v.session ? s.assigned(v.signup.name, v.session.title) : s.unassignedDone(v.signup.name)),
        );
      }}
    >
      {head}
      {children}
    </Card>
  );
}

function SessionForm({ session, onDone }: { session: GroupSession | null; onDone: () => void }) {
  const { notify } = useNotify();
  const themes = useQuery('themes:list', {});
  const [v, setV] = useState({
    title: session?.title ?? '',
    themeId: session?.themeId ? String(session.themeId) : '',
    room: session?.room ?? '',
    capacity: session?.capacity === null || session?.capacity === undefined ? '' : String(session.capacity),
    startsAt: formatTime(session?.startsAt),
    endsAt: formatTime(session?.endsAt),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));
  const save = async () => {
    const cap = v.capacity.trim();
    if (cap !== '' && !/^\d+$/.test(cap)) {
      setErrors({ capacity: t.rulesNumber });
      return;
    }
    const input = {
      title: v.title,
      themeId: v.themeId ? Number(v.themeId) : null,
      room: v.room,
      capacity: cap === '' ? null : Number(cap),
      startsAt: v.startsAt.trim(),
      endsAt: v.endsAt.trim(),
    };
    setBusy(true);
    const res = session ? await mutate('sessions:update', { id: session.id, ...input }) : await mutate('sessions:create', input);
    setBusy(false);
    if (!res.ok) {
      setErrors(res.error.fields ?? { title: res.error.message });
      if (!res.error.fields) notify('danger', res.error.message);
      return;
    }
    notify('success', s.saved(res.value.title));
    onDone();
  };
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Textfield label={s.fTitle} value={v.title} onChange={set('title')} error={errors.title} autoFocus />
      <Field>
        <Label>{s.fTheme}</Label>
        <Select value={v.themeId} onChange={set('themeId')}>
          <Select.Option value="">{s.fNoTheme}</Select.Option>
          {(themes.value ?? []).map((th) => (
            <Select.Option key={th.id} value={String(th.id)}>
              {th.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div className="form-grid">
        <Textfield label={s.fRoom} value={v.room} onChange={set('room')} error={errors.room} />
        <Textfield label={s.fCapacity} inputMode="numeric" value={v.capacity} onChange={set('capacity')} error={errors.capacity} />
        <Textfield label={s.fStart} value={v.startsAt} onChange={set('startsAt')} error={errors.startsAt} placeholder="13:00" />
        <Textfield label={s.fEnd} value={v.endsAt} onChange={set('endsAt')} error={errors.endsAt} placeholder="14:30" />
      </div>
      <div className="form-actions">
        <Button type="button" variant="tertiary" onClick={onDone}>
          {nb.app.cancel}
        </Button>
        <Button type="submit" loading={busy}>
          {nb.app.save}
        </Button>
      </div>
    </form>
  );
}

export function SessionsTab() {
  const sessions = useQuery('sessions:list', {});
  const proposals = useQuery('sessions:proposals', {});
  const seated = useQuery('signups:list', { state: ['seated', 'waiting'], limit: 5000 });
  const { notify } = useNotify();
  const [editing, setEditing] = useState<GroupSession | 'new' | null>(null);
  const [deleting, setDeleting] = useState<GroupSession | null>(null);

  if (sessions.status === 'error' && !sessions.value) return <LoadError error={sessions.error} onRetry={sessions.reload} />;
  if (!sessions.value || !seated.value) return <Loading />;
  const list = sessions.value;
  const byProposal = new Map((proposals.value ?? []).map((p) => [p.signupId, p]));
  const people: Person[] = seated.value.rows
    .filter((r) => r.state === 'seated' || r.sessionId !== null)
    .map((r) => ({
      signupId: r.id,
      name: r.name,
      organisationName: r.organisationName,
      waiting: r.state === 'waiting',
      sessionId: r.sessionId,
      ...(byProposal.has(r.id) ? { proposal: byProposal.get(r.id)! } : {}),
    }));
  const unassigned = people.filter((p) => p.sessionId === null);

  const apply = async () => {
    const res = await mutate('sessions:applyProposals', {});
    if (!res.ok) notify('danger', res.error.message);
    else {
      notify('success', s.applied(res.value.assigned));
      for (const w of res.value.warnings) notify('warning', w);
    }
  };
  const remove = async () => {
    if (!deleting) return;
    const res = await mutate('sessions:delete', { id: deleting.id });
    if (res.ok) notify('success', s.removed(deleting.title));
    else notify('danger', res.error.message);
    setDeleting(null);
  };

  return (
    <>
      <div className="toolbar">
        <Paragraph data-size="sm" className="muted grow">
          {s.intro}
        </Paragraph>
        <Button variant="secondary" data-size="sm" onClick={() => void apply()} disabled={list.length === 0}>
          {s.apply}
        </Button>
        <Button data-size="sm" onClick={() => setEditing('new')}>
          <PlusIcon aria-hidden />
          {s.create}
        </Button>
      </div>
      {list.length === 0 && <Empty>{s.none}</Empty>}
      <div className="session-board">
        <Column
          title={s.unassigned}
          sessionId={null}
          head={
            <header className="session-col__head">
              <Heading level={3} data-size="2xs">
                {s.unassigned}
              </Heading>
              <Tag data-size="sm" variant="outline">
                {unassigned.length}
              </Tag>
            </header>
          }
        >
          {unassigned.length === 0 ? (
            <Paragraph data-size="xs" className="muted">
              {s.unassignedEmpty}
            </Paragraph>
          ) : (
            <ul className="session-list">
              {unassigned.map((p) => (
                <PersonChip key={p.signupId} p={p} sessions={list} />
              ))}
            </ul>
          )}
        </Column>
        {list.map((g) => {
          const members = people.filter((p) => p.sessionId === g.id);
          const full = g.capacity !== null && g.assigned >= g.capacity;
          return (
            <Column
              key={g.id}
              title={g.title}
              sessionId={g.id}
              head={
                <header className="session-col__head">
                  <div>
                    <Heading level={3} data-size="2xs">
                      {g.title}
                    </Heading>
                    <Paragraph data-size="xs" className="muted">
                      {[g.room, g.startsAt ? `${formatTime(g.startsAt)}–${formatTime(g.endsAt)}` : null].filter(Boolean).join(' · ')}
                    </Paragraph>
                    {g.themeName && (
                      <Paragraph data-size="xs" className="muted session-col__theme" title={g.themeName}>
                        {g.themeName}
                      </Paragraph>
                    )}
                  </div>
                  <div className="session-col__tools">
                    <Tag data-size="sm" data-color={g.over ? 'danger' : full ? 'warning' : 'neutral'} className="tnum">
                      {s.count(g.assigned, g.capacity)}
                    </Tag>
                    <Button variant="tertiary" icon data-size="sm" aria-label={`${s.edit} ${g.title}`} onClick={() => setEditing(g)}>
                      <PencilIcon aria-hidden />
                    </Button>
                    <Button variant="tertiary" icon data-size="sm" aria-label={`${s.remove} ${g.title}`} onClick={() => setDeleting(g)}>
                      <TrashIcon aria-hidden />
                    </Button>
                  </div>
                </header>
              }
            >
              {g.capacity !== null && (
                <meter className="session-meter" min={0} max={Math.max(g.capacity, 1)} high={g.capacity} value={Math.min(g.assigned, g.capacity)} aria-label={s.count(g.assigned, g.capacity)} />
              )}
              {g.warning && (
                <Alert data-color="warning" data-size="sm">
                  <Paragraph data-size="xs">{g.warning}</Paragraph>
                </Alert>
              )}
              <ul className="session-list">
                {members.map((p) => (
                  <PersonChip key={p.signupId} p={p} sessions={list} />
                ))}
              </ul>
              {members.length === 0 && (
                <Paragraph data-size="xs" className="muted session-col__drop">
                  {s.dropHere}
                </Paragraph>
              )}
            </Column>
          );
        })}
      </div>
      <Modal open={editing !== null} title={editing === 'new' ? s.formTitleNew : s.formTitleEdit} onClose={() => setEditing(null)}>
        {editing !== null && <SessionForm session={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </Modal>
      <Modal open={deleting !== null} title={s.remove} onClose={() => setDeleting(null)}>
        {deleting && (
          <div className="form">
            <Paragraph>{s.confirmDelete(deleting.title, deleting.participants.length)}</Paragraph>
            <div className="form-actions">
              <Button variant="tertiary" onClick={() => setDeleting(null)} autoFocus>
                {nb.app.cancel}
              </Button>
              <Button data-color="danger" onClick={() => void remove()}>
                {nb.app.delete}
              </Button>
            </div>
          </div>
        )}
      </Modal>
    </>
  );
}
