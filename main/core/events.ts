import type { OpParsed } from '../api/contract';
import type { Event, EventSummary } from '../api/types';
import { ChangeRecorder, type SqlValue } from '../db/changes';
import { currentEventRow, getEventRow, listEvents, mapEvent } from '../db/repos/events';
import type { CoreContext } from './context';
import { AppError, notFound } from './errors';
import { osloWallTime } from './time';

export function currentEvent(ctx: CoreContext): Event | null {
  const row = currentEventRow(ctx.db, osloWallTime(ctx.now()).slice(0, 10));
  return row ? mapEvent(row) : null;
}

/** The event an operation works on: the given one, or the current one. */
export function resolveEvent(ctx: CoreContext, id?: number): Event {
  if (id !== undefined) {
    const row = getEventRow(ctx.db, id);
    if (!row) throw notFound('samlingen', id);
    return mapEvent(row);
  }
  const ev = currentEvent(ctx);
  if (!ev) throw new AppError('no_event', 'Det finnes ingen samling ennå. Opprett en samling først.');
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
    throw new AppError('invalid_input', 'Påmeldingsfristen kan ikke være etter at samlingen starter.', {
      deadline: 'Fristen må være før samlingen starter.',
    });
  }
}

export function eventsCreate(ctx: CoreContext, input: OpParsed<'events:create'>): Event {
  checkDeadline(input.startsAt, input.deadline);
  const now = ctx.now().toISOString();
  const rec = new ChangeRecorder(ctx.db, 'events:create', `Opprettet samlingen «${input.title}»`);
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
    throw new AppError('invalid_input', 'Sluttid kan ikke være før starttid.', { endsAt: 'Sluttid kan ikke være før starttid.' });
  }
  const rec = new ChangeRecorder(ctx.db, 'events:update', `Endret samlingen «${before.title}»`, before.id);
  rec.update('events', before.id, { ...toColumns(input), updated_at: ctx.now().toISOString() });
  return eventsGet(ctx, { id: before.id });
}
