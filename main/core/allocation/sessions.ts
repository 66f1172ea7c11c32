import type { OpParsed } from '../../api/contract';
import type { ApplyProposalsResult, GroupSession, SessionAssignResult, SessionProposal } from '../../api/ops/allocation';
import type { Event } from '../../api/types';
import { ChangeRecorder, type SqlValue } from '../../db/changes';
import {
  getSessionRow,
  loadAllocOrgs,
  loadMunicipalityRegions,
  loadSeatRows,
  loadSessions,
  sessionSignupIds,
  themeExists,
  type SessionRow,
} from '../../db/repos/allocation';
import { getSignupRow } from '../../db/repos/signups';
import { getChange } from '../changelog';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { resolveEvent } from '../events';
import { signupsGet } from '../signups';
import { compareNb } from '../text';
import { buildRegions } from './view';
import { msg, note, t } from '../i18n';

// Group sessions: where counties meet "their" regions. Participants are counted against the
// session's capacity; going over is allowed (rooms stretch) but always shown as a warning.

function at(event: Event, t: string | null | undefined): string | null | undefined {
  if (t === undefined || t === null) return t;
  return /^\d{2}:\d{2}$/.test(t) ? `${event.startsAt.slice(0, 10)}T${t}:00` : t;
}

function overWarning(title: string, assigned: number, capacity: number | null): string | null {
  if (capacity === null || assigned <= capacity) return null;
  return msg`Gruppesamlingen «${title}» har ${assigned} deltakere, men plass til bare ${capacity}.`;
}

function toSession(ctx: CoreContext, g: SessionRow): GroupSession {
  const participants = loadSeatRows(ctx.db, g.event_id)
    .filter((r) => r.session_id === g.id && (r.state === 'seated' || r.state === 'waiting'))
    .sort((a, b) => compareNb(a.name, b.name))
    .map((r) => ({ signupId: r.id, name: r.name, organisationName: r.organisation_name, state: r.state }));
  // Only those with a seat come; the waiting are listed but not counted.
  const assigned = participants.filter((p) => p.state === 'seated').length;
  return {
    id: g.id,
    eventId: g.event_id,
    title: g.title,
    themeId: g.theme_id,
    themeName: g.theme_name,
    room: g.room || null,
    capacity: g.capacity,
    startsAt: g.starts_at,
    endsAt: g.ends_at,
    participants,
    assigned,
    over: g.capacity !== null && assigned > g.capacity,
    warning: overWarning(g.title, assigned, g.capacity),
  };
}

function sortSessions(list: GroupSession[]): GroupSession[] {
  return list.sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? '') || compareNb(a.title, b.title) || a.id - b.id);
}

export function sessionsList(ctx: CoreContext, input: OpParsed<'sessions:list'>): GroupSession[] {
  const event = resolveEvent(ctx, input.eventId);
  return sortSessions(loadSessions(ctx.db, event.id).map((g) => toSession(ctx, g)));
}

function mustSession(ctx: CoreContext, id: number): SessionRow {
  const g = getSessionRow(ctx.db, id);
  if (!g) throw notFound(t('gruppesamlingen'), id);
  return g;
}

type SessionInput = Partial<Omit<OpParsed<'sessions:create'>, 'eventId'>>;

function columns(ctx: CoreContext, event: Event, input: SessionInput, before?: SessionRow): Record<string, SqlValue> {
  if (input.themeId && !themeExists(ctx.db, input.themeId))
    throw new AppError('invalid_input', t('Temaet som er valgt, finnes ikke.'), { themeId: t('Velg et tema fra listen.') });
  const c: Record<string, SqlValue> = {};
  if (input.title !== undefined) c.title = input.title;
  if (input.themeId !== undefined) c.theme_id = input.themeId;
  if (input.room !== undefined) c.room = input.room ?? '';
  if (input.capacity !== undefined) c.capacity = input.capacity;
  const startsAt = at(event, input.startsAt);
  const endsAt = at(event, input.endsAt);
  if (startsAt !== undefined) c.starts_at = startsAt;
  if (endsAt !== undefined) c.ends_at = endsAt;
  const s = startsAt === undefined ? before?.starts_at : startsAt;
  const e = endsAt === undefined ? before?.ends_at : endsAt;
  if (s && e && e < s) throw new AppError('invalid_input', t('Sluttid kan ikke være før starttid.'), { endsAt: t('Sluttid kan ikke være før starttid.') });
  return c;
}

export function sessionsCreate(ctx: CoreContext, input: OpParsed<'sessions:create'>): GroupSession {
  const event = resolveEvent(ctx, input.eventId);
  const { eventId: _e, ...rest } = input;
  const cols = columns(ctx, event, rest);
  const rec = new ChangeRecorder(ctx.db, 'sessions:create', note`Opprettet gruppesamlingen «${input.title}»`, event.id);
  const id = rec.insert('group_sessions', { event_id: event.id, room: '', ...cols });
  return toSession(ctx, mustSession(ctx, id));
}

export function sessionsUpdate(ctx: CoreContext, input: OpParsed<'sessions:update'>): GroupSession {
  const before = mustSession(ctx, input.id);
  const event = resolveEvent(ctx, before.event_id);
  const { id, ...rest } = input;
  const cols = columns(ctx, event, rest, before);
  const rec = new ChangeRecorder(ctx.db, 'sessions:update', note`Endret gruppesamlingen «${input.title ?? before.title}»`, event.id);
  rec.update('group_sessions', id, cols);
  return toSession(ctx, mustSession(ctx, id));
}

export function sessionsDelete(ctx: CoreContext, input: OpParsed<'sessions:delete'>): { id: number } {
  const g = mustSession(ctx, input.id);
  const ids = sessionSignupIds(ctx.db, g.id);
  const rec = new ChangeRecorder(
    ctx.db,
    'sessions:delete',
    ids.length ? note`Slettet gruppesamlingen «${g.title}» (${ids.length} deltakere tatt av)` : note`Slettet gruppesamlingen «${g.title}»`,
    g.event_id,
  );
  // Unassign through the recorder first: the foreign key's SET NULL would bypass the log, and
  // undo would bring the session back empty.
  for (const sid of ids) rec.update('signups', sid, { session_id: null, updated_at: ctx.now().toISOString() });
  rec.remove('group_sessions', g.id);
  return { id: g.id };
}

export function sessionsAssign(ctx: CoreContext, input: OpParsed<'sessions:assign'>): SessionAssignResult {
  const s = getSignupRow(ctx.db, input.signupId);
  if (!s) throw notFound(t('påmeldingen'), input.signupId);
  const person = signupsGet(ctx, { id: s.id });
  if (input.sessionId === null) {
    const rec = new ChangeRecorder(ctx.db, 'sessions:assign', note`Tok ${person.name} av gruppesamlingen «${person.sessionTitle ?? ''}»`, s.event_id);
    rec.update('signups', s.id, { session_id: null, updated_at: ctx.now().toISOString() });
    return { signup: signupsGet(ctx, { id: s.id }), session: null, warning: null };
  }
  const g = mustSession(ctx, input.sessionId);
  if (g.event_id !== s.event_id)
    throw new AppError('invalid_input', t('Gruppesamlingen hører ikke til samme samling som påmeldingen.'), { sessionId: t('Velg en gruppesamling fra listen.') });
  if (s.state === 'cancelled' || s.state === 'declined')
    throw new AppError(
      'not_active',
      s.state === 'cancelled'
        ? msg`${person.name} er avmeldt og kan ikke settes på en gruppesamling.`
        : msg`${person.name} er avvist og kan ikke settes på en gruppesamling.`,
    );
  const rec = new ChangeRecorder(ctx.db, 'sessions:assign', note`Satte ${person.name} på gruppesamlingen «${g.title}»`, s.event_id);
  rec.update('signups', s.id, { session_id: g.id, updated_at: ctx.now().toISOString() });
  const session = toSession(ctx, g);
  const warning =
    session.warning ?? (s.state === 'waiting' ? msg`${person.name} står på ventelisten og telles ikke før hen får plass.` : null);
  return { signup: signupsGet(ctx, { id: s.id }), session, warning };
}

/**
 * By default a county's delegate is proposed for the sessions whose themes belong to the regions
 * in that county; a region's participants for their region's theme; a municipality's for the
 * themes of the regions it is part of. Only those with a seat are proposed.
 */
export function sessionsProposals(ctx: CoreContext, input: OpParsed<'sessions:proposals'>): SessionProposal[] {
  const event = resolveEvent(ctx, input.eventId);
  const sessions = loadSessions(ctx.db, event.id);
  const regions = buildRegions(ctx, loadAllocOrgs(ctx.db, ['region'], []));
  const muniRegions = loadMunicipalityRegions(ctx.db);
  const rows = loadSeatRows(ctx.db, event.id).filter((r) => r.state === 'seated');
  const out: SessionProposal[] = [];
  for (const r of rows) {
    let themed: { name: string; themeId: number | null }[] = [];
    switch (r.kind) {
      case 'county':
        themed = regions.filter((g) => g.counties.some((c) => c.id === r.organisation_id)).map((g) => ({ name: g.name, themeId: g.themeId }));
        break;
      case 'region':
        themed = regions.filter((g) => g.id === r.organisation_id).map((g) => ({ name: g.name, themeId: g.themeId }));
        break;
      case 'municipality':
        themed = muniRegions.filter((m) => m.municipality_id === r.organisation_id).map((m) => ({ name: m.region_name, themeId: m.theme_id }));
        break;
      case 'other':
      case null:
        themed = [];
        break;
      default: {
        const never: never = r.kind;
        throw new Error(`Ukjent organisasjonstype ${String(never)}`);
      }
    }
    const withTheme = themed.filter((t) => t.themeId !== null);
    const sessionIds = sessions.filter((g) => g.theme_id !== null && withTheme.some((t) => t.themeId === g.theme_id)).map((g) => g.id);
    if (sessionIds.length === 0) continue;
    const names = [...new Set(withTheme.filter((t) => sessions.some((g) => g.theme_id === t.themeId)).map((t) => t.name))].sort(compareNb);
    out.push({
      signupId: r.id,
      name: r.name,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      kind: r.kind,
      currentSessionId: r.session_id,
      sessionIds,
      why: msg`Tema for ${names.join(', ')}`,
    });
  }
  return out.sort((a, b) => compareNb(a.organisationName, b.organisationName) || compareNb(a.name, b.name));
}

/** Everyone with a seat and no session yet goes to the proposed session with the most room. */
export function sessionsApplyProposals(ctx: CoreContext, input: OpParsed<'sessions:applyProposals'>): ApplyProposalsResult {
  const event = resolveEvent(ctx, input.eventId);
  const todo = sessionsProposals(ctx, input).filter((p) => p.currentSessionId === null);
  if (todo.length === 0) return { assigned: 0, warnings: [], change: null };
  const counts = new Map(sessionsList(ctx, { eventId: event.id }).map((g) => [g.id, { g, n: g.assigned }]));
  const rec = new ChangeRecorder(ctx.db, 'sessions:applyProposals', note`Satte ${todo.length} deltakere på foreslått gruppesamling`, event.id);
  const warnings: string[] = [];
  for (const p of todo) {
    const options = p.sessionIds.map((id) => counts.get(id)!).filter(Boolean);
    const free = (o: { g: GroupSession; n: number }) => (o.g.capacity === null ? Infinity : o.g.capacity - o.n);
    options.sort((a, b) => free(b) - free(a) || a.n - b.n);
    const best = options[0]!;
    best.n++;
    rec.update('signups', p.signupId, { session_id: best.g.id, updated_at: ctx.now().toISOString() });
  }
  for (const { g, n } of counts.values()) {
    const w = overWarning(g.title, n, g.capacity);
    if (w) warnings.push(w);
  }
  return { assigned: todo.length, warnings, change: getChange(ctx, rec.changeId) };
}
