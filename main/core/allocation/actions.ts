import type { OpParsed } from '../../api/contract';
import type { AllocationResult, ResolveResult, SeatRulesResult } from '../../api/ops/allocation';
import type { Event, OrgKind, SeatRules, Signup, SignupState } from '../../api/types';
import { ChangeRecorder, type SqlValue } from '../../db/changes';
import { getSignupRow } from '../../db/repos/signups';
import { getChange } from '../changelog';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { resolveEvent } from '../events';
import { policyOf, seatRowsOf } from '../seats';
import { signupsGet } from '../signups';
import { eligible, isActive, limitFor, nextInLine, planGiveSeat, planResolve, planSwap, rowIsLate, type SeatRow } from './rules';
import { msg, note, noteList, t, type Note, type NoteArg } from '../i18n';

// The organiser's seat actions. Each is one change in the log (invoke runs it in a transaction)
// with a summary naming who and why (a note, shown in the reader's language), so that the log
// reads as a diary and undo works.

function who(r: SeatRow): string {
  return r.organisationName ? `${r.name} (${r.organisationName})` : r.name;
}

function because(reason: string | null | undefined): NoteArg {
  return reason ? note` – begrunnelse: ${reason}` : '';
}

interface Loaded {
  event: Event;
  rows: SeatRow[];
  row: SeatRow;
}

/** The sign-up, its event and a snapshot of the event's sign-ups for the rules. */
function load(ctx: CoreContext, signupId: number): Loaded {
  const db = getSignupRow(ctx.db, signupId);
  if (!db) throw notFound(t('påmeldingen'), signupId);
  const event = resolveEvent(ctx, db.event_id);
  const rows = seatRowsOf(ctx.db, event.id);
  const row = rows.find((r) => r.id === signupId)!;
  return { event, rows, row };
}

function write(ctx: CoreContext, rec: ChangeRecorder, id: number, state: SignupState, reason: string | null, extra: Record<string, SqlValue> = {}): void {
  rec.update('signups', id, { state, seat_decided: 1, state_reason: reason, ...extra, updated_at: ctx.now().toISOString() });
}

/** The snapshot after the change: rows as they are now in the database. */
function after(ctx: CoreContext, event: Event): SeatRow[] {
  return seatRowsOf(ctx.db, event.id);
}

function result(ctx: CoreContext, rec: ChangeRecorder, signupId: number, affected: number[], proposal: AllocationResult['proposal'] = null): AllocationResult {
  return {
    signup: signupsGet(ctx, { id: signupId }),
    affected: affected.map((id) => signupsGet(ctx, { id })),
    proposal,
    change: getChange(ctx, rec.changeId),
  };
}

export function giveSeat(ctx: CoreContext, input: OpParsed<'allocation:giveSeat'>): AllocationResult {
  const { event, rows, row } = load(ctx, input.signupId);
  const plan = planGiveSeat(policyOf(event), rows, input.signupId, {
    acceptLate: input.acceptLate ?? false,
    ...(input.replaceId !== undefined ? { replaceId: input.replaceId } : {}),
  });
  const moved = plan.displaced.length ? note`; ${noteList(plan.displaced.map((d) => note`${who(d)} flyttet til ventelisten`))}` : '';
  const rec = new ChangeRecorder(ctx.db, 'allocation:giveSeat', note`Ga plassen til ${who(row)}${moved}${because(input.reason)}`, event.id);
  for (const d of plan.displaced) write(ctx, rec, d.id, 'waiting', `Plassen ble gitt til ${row.name}`);
  const lateNow = rowIsLate(policyOf(event), row) && !row.lateAccepted;
  write(ctx, rec, row.id, 'seated', input.reason, lateNow ? { late_accepted: 1 } : {});
  return result(
    ctx,
    rec,
    row.id,
    plan.displaced.map((d) => d.id),
  );
}

export function swap(ctx: CoreContext, input: OpParsed<'allocation:swap'>): AllocationResult {
  const { event, rows } = load(ctx, input.seatedId);
  const plan = planSwap(policyOf(event), rows, input.seatedId, input.waitingId, input.acceptLate ?? false);
  const out = plan.displaced[0]!;
  const rec = new ChangeRecorder(
    ctx.db,
    'allocation:swap',
    note`Byttet plass: ${who(plan.seat)} fikk plassen, ${who(out)} flyttet til ventelisten${because(input.reason)}`,
    event.id,
  );
  write(ctx, rec, out.id, 'waiting', `Byttet plass med ${plan.seat.name}`);
  const lateNow = rowIsLate(policyOf(event), plan.seat) && !plan.seat.lateAccepted;
  write(ctx, rec, plan.seat.id, 'seated', input.reason, lateNow ? { late_accepted: 1 } : {});
  return result(ctx, rec, plan.seat.id, [out.id]);
}

export function toWaiting(ctx: CoreContext, input: OpParsed<'allocation:toWaiting'>): AllocationResult {
  const { event, row } = load(ctx, input.signupId);
  // Already waiting: the organiser keeps them there on purpose, which settles a conflict.
  const summary =
    row.state === 'waiting'
      ? note`Beholder ${who(row)} på ventelisten${because(input.reason)}`
      : note`Flyttet ${who(row)} til ventelisten${because(input.reason)}`;
  const rec = new ChangeRecorder(ctx.db, 'allocation:toWaiting', summary, event.id);
  write(ctx, rec, row.id, 'waiting', input.reason);
  const proposal = row.state === 'seated' ? nextInLine(policyOf(event), after(ctx, event), row.organisationId) : null;
  return result(ctx, rec, row.id, [], proposal && proposal.signupId !== row.id ? proposal : null);
}

export function decline(ctx: CoreContext, input: OpParsed<'allocation:decline'>): AllocationResult {
  const { event, row } = load(ctx, input.signupId);
  if (row.state === 'declined') throw new AppError('already_declined', msg`${row.name} er allerede avvist.`);
  const rec = new ChangeRecorder(ctx.db, 'allocation:decline', note`Avviste ${who(row)}${because(input.reason)}`, event.id);
  write(ctx, rec, row.id, 'declined', input.reason);
  const proposal = row.state === 'seated' ? nextInLine(policyOf(event), after(ctx, event), row.organisationId) : null;
  return result(ctx, rec, row.id, [], proposal);
}

export function acceptLate(ctx: CoreContext, input: OpParsed<'allocation:acceptLate'>): AllocationResult {
  const { event, row } = load(ctx, input.signupId);
  if (!rowIsLate(policyOf(event), row))
    throw new AppError('not_late', msg`${row.name} meldte seg på innen fristen. Det er ingenting å godta.`);
  if (row.lateAccepted) throw new AppError('already_accepted', msg`Den sene påmeldingen fra ${row.name} er allerede godtatt.`);
  const rec = new ChangeRecorder(ctx.db, 'allocation:acceptLate', note`Godtok sen påmelding fra ${who(row)}${because(input.reason)}`, event.id);
  rec.update('signups', row.id, { late_accepted: 1, updated_at: ctx.now().toISOString() });
  return result(ctx, rec, row.id, []);
}

export function cancel(ctx: CoreContext, input: OpParsed<'allocation:cancel'>): AllocationResult {
  const { event, row } = load(ctx, input.signupId);
  if (row.state === 'cancelled') throw new AppError('already_cancelled', msg`${row.name} er allerede avmeldt.`);
  const rec = new ChangeRecorder(ctx.db, 'allocation:cancel', note`Registrerte avbud fra ${who(row)}${because(input.reason)}`, event.id);
  write(ctx, rec, row.id, 'cancelled', input.reason);
  // The freed seat is proposed, not given: the organiser confirms with «Gi plassen».
  const proposal = row.state === 'seated' ? nextInLine(policyOf(event), after(ctx, event), row.organisationId) : null;
  if (proposal) rec.setSummary(note`Registrerte avbud fra ${who(row)}${because(input.reason)}. Neste i køen: ${proposal.name}`);
  return result(ctx, rec, row.id, [], proposal);
}

export function resolveConflict(ctx: CoreContext, input: OpParsed<'allocation:resolve'>): ResolveResult {
  const event = resolveEvent(ctx, input.eventId);
  const rows = seatRowsOf(ctx.db, event.id);
  const own = rows.filter((r) => r.organisationId === input.organisationId && isActive(r));
  if (own.length === 0) throw new AppError('not_found', t('Organisasjonen har ingen påmeldinger å fordele plass mellom ved denne samlingen.'));
  const plan = planResolve(policyOf(event), rows, input.organisationId, input.keepIds, input.acceptLate ?? false);
  const orgName: NoteArg = own[0]?.organisationName ?? note`organisasjonen`;
  const kept = plan.keep.length ? note`${noteList(plan.keep.map((k) => k.name), 'and')} beholder plassen` : note`ingen får plass`;
  const others = noteList(plan.others.map((o) => o.name));
  const othersText: NoteArg = !plan.others.length
    ? ''
    : input.others === 'waiting'
      ? note`; ${others} til ventelisten`
      : note`; ${others} avvist`;
  const rec = new ChangeRecorder(ctx.db, 'allocation:resolve', note`Løste konflikten i ${orgName}: ${kept}${othersText}${because(input.reason)}`, event.id);
  // Seats are freed before they are given, so the database never holds more than allowed.
  // (The reason stored on each sign-up is data, kept in bokmål as the organiser's own words.)
  const keptNames = plan.keep.map((k) => k.name).join(' og ') || 'ingen';
  for (const o of plan.others)
    write(ctx, rec, o.id, input.others === 'waiting' ? 'waiting' : 'declined', `${input.reason} (plassen: ${keptNames})`);
  for (const k of plan.keep) {
    const lateNow = !eligible(policyOf(event), k);
    write(ctx, rec, k.id, 'seated', input.reason, lateNow ? { late_accepted: 1 } : {});
  }
  const get = (r: SeatRow): Signup => signupsGet(ctx, { id: r.id });
  return { kept: plan.keep.map(get), others: plan.others.map(get), change: getChange(ctx, rec.changeId) };
}

const KIND_PLURAL: Record<OrgKind, Note> = {
  county: note`fylkeskommuner`,
  region: note`byregioner`,
  municipality: note`kommuner`,
  other: note`andre`,
};

function seatText(v: number | null | undefined): NoteArg {
  return v === null || v === undefined ? note`ingen grense` : String(v);
}

export function setSeatRules(ctx: CoreContext, input: OpParsed<'allocation:setSeatRules'>): SeatRulesResult {
  const event = resolveEvent(ctx, input.eventId);
  const merged: SeatRules = { ...event.seatRules };
  const parts: Note[] = [];
  for (const kind of Object.keys(KIND_PLURAL) as OrgKind[]) {
    const given = input.seatRules[kind];
    if (given === undefined) continue;
    const next = given;
    const before = event.seatRules[kind] ?? null;
    if (next === null) delete merged[kind];
    else merged[kind] = next;
    if (next !== before) parts.push(note`${KIND_PLURAL[kind]} ${seatText(before)} → ${seatText(next)}`);
  }
  const capacity = input.capacity === undefined ? event.capacity : input.capacity;
  if (capacity !== event.capacity) parts.push(note`kapasitet ${seatText(event.capacity)} → ${seatText(capacity)}`);

  let change = null;
  if (parts.length) {
    const rec = new ChangeRecorder(ctx.db, 'allocation:setSeatRules', note`Endret plassreglene: ${noteList(parts)}${because(input.reason)}`, event.id);
    rec.update('events', event.id, { seat_rules: JSON.stringify(merged), capacity, updated_at: ctx.now().toISOString() });
    change = getChange(ctx, rec.changeId);
  }
  // Nobody loses a seat silently: organisations now over their limit show up as conflicts.
  const policy = { seatRules: merged, capacity, deadline: event.deadline };
  const rows = seatRowsOf(ctx.db, event.id);
  const orgs = new Map<number, SeatRow>();
  for (const r of rows) if (r.organisationId !== null && r.state === 'seated' && !orgs.has(r.organisationId)) orgs.set(r.organisationId, r);
  const overLimit: SeatRulesResult['overLimit'] = [];
  for (const [orgId, r] of orgs) {
    const limit = limitFor(policy, r.kind);
    const seated = rows.filter((x) => x.organisationId === orgId && x.state === 'seated').length;
    if (limit !== null && seated > limit) overLimit.push({ organisationId: orgId, name: r.organisationName ?? '', seats: limit, seated });
  }
  const seated = rows.filter((r) => r.state === 'seated').length;
  return {
    seatRules: merged,
    capacity,
    overLimit,
    overCapacity: capacity !== null && seated > capacity ? { capacity, seated } : null,
    change,
  };
}
