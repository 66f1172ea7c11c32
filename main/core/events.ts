import type { OpParsed } from '../api/contract';
import type { Event, EventSummary } from '../api/types';
import { ChangeRecorder, type SqlValue } from '../db/changes';
import { currentEventRow, getEventRow, listEvents, mapEvent } from '../db/repos/events';
import type { CoreContext } from './context';
import { AppError, notFound } from './errors';
import { osloWallTime } from './time';
import { note, t } from './i18n';

/** The event the organiser chose last (events:select), while it exists and is not archived. */
function selectedEventRow(ctx: CoreContext) {
  const meta = ctx.db.prepare(`SELECT value FROM meta WHERE key = 'selected_event'`).get() as { value: string } | undefined;
  const row = meta ? getEventRow(ctx.db, Number(meta.value)) : undefined;
  return row && row.archived === 0 ? row : undefined;
}

export function currentEvent(ctx: CoreContext): Event | null {
  const row = selectedEventRow(ctx) ?? currentEventRow(ctx.db, osloWallTime(ctx.now()).slice(0, 10));
  return row ? mapEvent(row) : null;
}

/** The event an operation works on: the given one, or the current one. */
export function resolveEvent(ctx: CoreContext, id?: number): Event {
  if (id !== undefined) {
    const row = getEventRow(ctx.db, id);
    if (!row) throw notFound(t('samlingen'), id);
    return mapEvent(row);
  }
  const ev = currentEvent(ctx);
  if (!ev) throw new AppError('no_event', t('Det finnes ingen samling ennå. Opprett en samling først.'));
  return ev;
}

export function eventsList(ctx: CoreContext, input: OpParsed<'events:list'>): EventSummary[] {
  return listEvents(ctx.db, input.includeArchived ?? false);
}

export function eventsGet(ctx: CoreContext, input: OpParsed<'events:get'>): Event {
  return resolveEvent(ctx, input.id);
}

type EventInput = Partial<OpParsed<'events:create'>> & { archived?: boolean };

function toColumns(input: EventInput): Record<string, SqlValue> {
  const c: Record<string, SqlValue> = {};
  const set = (k: string, v: SqlValue | undefined) => {
    if (v !== undefined) c[k] = v;
  };
  set('title', input.title);
  set('short_title', input.shortTitle);
  set('starts_at', input.startsAt);
  set('ends_at', input.endsAt);
  set('venue', input.venue);
  set('address', input.address === undefined ? undefined : (input.address ?? ''));
  set('city', input.city === undefined ? undefined : (input.city ?? ''));
  set('deadline', input.deadline);
  set('capacity', input.capacity);
  set('lunch', input.lunch === undefined ? undefined : input.lunch ? 1 : 0);
  set('lunch_note', input.lunchNote);
  set('travel_note', input.travelNote);
  set('seat_rules', input.seatRules === undefined ? undefined : JSON.stringify(input.seatRules));
  set('organiser_org', input.organiserOrg === undefined ? undefined : (input.organiserOrg ?? ''));
  set('organiser_name', input.organiserName === undefined ? undefined : (input.organiserName ?? ''));
  set('organiser_title', input.organiserTitle === undefined ? undefined : (input.organiserTitle ?? ''));
  set('organiser_email', input.organiserEmail === undefined ? undefined : (input.organiserEmail ?? ''));
  set('organiser_domains', input.organiserDomains === undefined ? undefined : JSON.stringify(input.organiserDomains));
  set('retention_until', input.retentionUntil);
  set('archived', input.archived === undefined ? undefined : input.archived ? 1 : 0);
  return c;
}

function checkDeadline(startsAt: string, deadline: string | null | undefined): void {
  if (deadline && deadline > startsAt.slice(0, 10)) {
    throw new AppError('invalid_input', t('Påmeldingsfristen kan ikke være etter at samlingen starter.'), {
      deadline: t('Fristen må være før samlingen starter.'),
    });
  }
}

export function eventsCreate(ctx: CoreContext, input: OpParsed<'events:create'>): Event {
  checkDeadline(input.startsAt, input.deadline);
  const now = ctx.now().toISOString();
  const rec = new ChangeRecorder(ctx.db, 'events:create', note`Opprettet samlingen «${input.title}»`);
  const id = rec.insert('events', {
    ...toColumns({ seatRules: { county: 1 }, ...input }),
    created_at: now,
    updated_at: now,
  });
  ctx.db.prepare('UPDATE changes SET event_id = ? WHERE id = ?').run(id, rec.changeId);
  return eventsGet(ctx, { id });
}

export function eventsUpdate(ctx: CoreContext, input: OpParsed<'events:update'>): Event {
  const before = resolveEvent(ctx, input.id);
  checkDeadline(input.startsAt ?? before.startsAt, input.deadline === undefined ? before.deadline : input.deadline);
  if ((input.endsAt ?? before.endsAt) < (input.startsAt ?? before.startsAt)) {
    throw new AppError('invalid_input', t('Sluttid kan ikke være før starttid.'), { endsAt: t('Sluttid kan ikke være før starttid.') });
  }
  const rec = new ChangeRecorder(ctx.db, 'events:update', note`Endret samlingen «${before.title}»`, before.id);
  rec.update('events', before.id, { ...toColumns(input), updated_at: ctx.now().toISOString() });
  return eventsGet(ctx, { id: before.id });
}

/**
 * Which event every view works on. A preference, not data: written plainly, outside the change
 * log, so Angre never switches the event under the organiser's feet.
 */
export function eventsSelect(ctx: CoreContext, input: OpParsed<'events:select'>): Event {
  const ev = resolveEvent(ctx, input.id);
  if (ev.archived) throw new AppError('archived', t('Samlingen er arkivert. Hent den fram fra arkivet før du velger den.'));
  ctx.db
    .prepare(`INSERT INTO meta (key, value) VALUES ('selected_event', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`)
    .run(String(ev.id));
  return ev;
}

function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

/**
 * A new event made from an earlier one: place, lunch, seat rules, capacity, organiser and the
 * group sessions (moved to the new day) come along; sign-ups and imported messages do not. With
 * no deadline given, it keeps the same number of days before the start as the original's.
 */
export function eventsCopy(ctx: CoreContext, input: OpParsed<'events:copy'>): Event {
  const src = getEventRow(ctx.db, input.id);
  if (!src) throw notFound(t('samlingen'), input.id);
  const shift = daysBetween(src.starts_at, input.startsAt);
  const deadline = input.deadline !== undefined ? input.deadline : src.deadline ? addDays(src.deadline, shift) : null;
  checkDeadline(input.startsAt, deadline);
  const now = ctx.now().toISOString();
  const rec = new ChangeRecorder(ctx.db, 'events:copy', note`Opprettet samlingen «${input.title}» som kopi av «${src.title}»`);
  const { id: _id, created_at: _c, updated_at: _u, archived: _a, retention_until: _r, ...kept } = src;
  const id = rec.insert('events', {
    ...kept,
    title: input.title,
    short_title: null,
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    deadline,
    archived: 0,
    retention_until: null,
    created_at: now,
    updated_at: now,
  });
  const sessions = ctx.db.prepare('SELECT * FROM group_sessions WHERE event_id = ? ORDER BY id').all(src.id) as {
    title: string;
    theme_id: number | null;
    room: string;
    capacity: number | null;
    starts_at: string | null;
    ends_at: string | null;
  }[];
  // A session's time of day stays; its date becomes the new event's (plus any whole days it had).
  const move = (t: string | null) => (t && t.length >= 10 ? `${addDays(t, shift)}${t.slice(10)}` : t);
  for (const g of sessions) {
    rec.insert('group_sessions', {
      event_id: id,
      title: g.title,
      theme_id: g.theme_id,
      room: g.room,
      capacity: g.capacity,
      starts_at: move(g.starts_at),
      ends_at: move(g.ends_at),
    });
  }
  ctx.db.prepare('UPDATE changes SET event_id = ? WHERE id = ?').run(id, rec.changeId);
  return eventsGet(ctx, { id });
}
