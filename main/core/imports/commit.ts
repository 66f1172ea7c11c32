import { randomUUID } from 'node:crypto';
import type { OpParsed } from '../../api/contract';
import type { ImportResult, PreviewAttendee, PreviewMessage } from '../../api/ops/imports';
import type { Event, Signup } from '../../api/types';
import { ChangeRecorder } from '../../db/changes';
import { getSignup } from '../../db/repos/signups';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { resolveEvent } from '../events';
import { msg, note, t } from '../i18n';
import { proposeState, SeatRowCache } from '../seats';
import { signupsCreate, upsertPerson } from '../signups';
import { formatDateNb, osloWallTime } from '../time';
import { buildPreview, ExistingIndex, findExisting } from './preview';

type Input = OpParsed<'import:commit'>;
type Override = NonNullable<NonNullable<Input['messages']>[number]['attendees']>[number];

interface Step {
  message: PreviewMessage;
  attendee: PreviewAttendee & { include: boolean };
  receivedAt: string;
}

function applyOverride(a: PreviewAttendee, o: Override | undefined): PreviewAttendee & { include: boolean } {
  if (!o) return { ...a, include: true };
  return {
    ...a,
    include: o.include ?? true,
    name: o.name ?? a.name,
    email: o.email === undefined ? a.email : o.email,
    title: o.title === undefined ? a.title : o.title,
    phone: o.phone === undefined ? a.phone : o.phone,
    attending: o.attending ?? a.attending,
    organisationId: o.organisationId === undefined ? a.organisationId : o.organisationId,
    diets: o.diets ?? a.diets,
    dietNote: o.dietNote === undefined ? a.dietNote : o.dietNote,
  };
}

/**
 * Stores a confirmed paste, all or nothing (invoke runs this in one transaction): each new reply
 * as an imported message with its raw text, and its people as sign-ups created, updated or
 * cancelled. The text is parsed again here — the preview the user saw is derived from the same
 * text and the same registry, and her corrections come as overrides by index. Replies already
 * imported are skipped, so pasting the same pile twice changes nothing. One change-log entry:
 * one undo takes the whole import back.
 */
export function commitImport(ctx: CoreContext, input: Input): ImportResult {
  const event = resolveEvent(ctx, input.eventId);
  // Look-ups of existing sign-ups and seat rows are served from memory for the whole import,
  // kept current by the recorder below (each used to re-read the event: quadratic in the paste).
  const batch: Batch = { event, existing: new ExistingIndex(ctx, event.id), seats: new SeatRowCache(ctx.db) };
  const preview = buildPreview(ctx, input.text, event.id, batch.existing);
  if (preview.messages.length === 0) throw new AppError('nothing_found', t('Fant ingen e-poster å importere i teksten.'));
  const choices = new Map((input.messages ?? []).map((m) => [m.index, m]));
  for (const c of choices.keys())
    if (c >= preview.messages.length) throw new AppError('invalid_input', msg`E-post nummer ${c + 1} finnes ikke i teksten.`);

  const batchId = randomUUID();
  const rec = new ChangeRecorder(ctx.db, 'import:commit', note`Importerte e-post`, event.id);
  rec.onRow(batch.existing.touched);
  rec.onRow(batch.seats.touched);
  const result: ImportResult = { batch: batchId, changeId: rec.changeId, imported: 0, skipped: 0, created: [], updated: [], cancelled: [], messages: [] };
  const now = ctx.now().toISOString();
  const steps: Step[] = [];
  const messageIds = new Map<number, number>();

  for (const m of preview.messages) {
    const choice = choices.get(m.index);
    if (choice?.include === false) {
      result.messages.push({ index: m.index, status: 'excluded', messageId: null });
      continue;
    }
    if (m.alreadyImported) {
      result.skipped++;
      result.messages.push({ index: m.index, status: 'already_imported', messageId: null });
      continue;
    }
    const overrides = new Map((choice?.attendees ?? []).map((a) => [a.index, a]));
    const attendees = m.attendees.map((a) => applyOverride(a, overrides.get(a.index)));
    for (const a of attendees) {
      if (a.include && !a.name)
        throw new AppError('invalid_input', msg`E-post ${m.index + 1}: en person mangler navn. Skriv inn navnet eller ta personen ut.`);
    }
    const messageId = rec.insert('imported_messages', {
      event_id: event.id,
      batch: batchId,
      raw: input.text.slice(m.span.start, m.span.end),
      hash: m.hash,
      sender_name: m.from.name,
      sender_email: m.from.email,
      sent_at: m.sentAt,
      subject: m.subject,
      parsed: JSON.stringify({ kind: m.kind, attendees: attendees.map(({ spans: _s, ...rest }) => rest), warnings: m.warnings }),
      imported_at: now,
    });
    messageIds.set(m.index, messageId);
    result.imported++;
    result.messages.push({ index: m.index, status: 'imported', messageId });
    const receivedAt = m.sentAt ?? osloWallTime(ctx.now());
    for (const a of attendees) if (a.include) steps.push({ message: m, attendee: a, receivedAt });
  }

  // Seats go by received time: apply the replies in the order they were sent, and within one
  // reply the withdrawals first, so a replacement can take the seat the other person frees.
  steps.sort((x, y) =>
    x.receivedAt !== y.receivedAt
      ? x.receivedAt < y.receivedAt ? -1 : 1
      : Number(x.attendee.attending) - Number(y.attendee.attending),
  );
  const freed: FreedSeats = new Map();
  for (const step of steps) applyStep(ctx, rec, event.id, step, messageIds.get(step.message.index) ?? null, result, freed, batch);

  const n = result.created.length + result.updated.length + result.cancelled.length;
  const mails = result.imported === 1 ? note`${1} e-post` : note`${result.imported} e-poster`;
  const created = result.created.length === 1 ? note`${1} ny` : note`${result.created.length} nye`;
  rec.setSummary(note`Importerte ${mails}: ${created}, ${result.updated.length} endret, ${result.cancelled.length} avmeldt`);
  if (result.imported === 0 && n === 0) result.changeId = null;
  return result;
}

/** What the import keeps in memory while it writes. */
interface Batch {
  /** The import's event (no step changes it). */
  event: Event;
  existing: ExistingIndex;
  seats: SeatRowCache;
}

/** Seats given up in a reply, by message index: a replacement named in the same reply takes them. */
type FreedSeats = Map<number, { organisationId: number | null; name: string }[]>;

function takeFreedSeat(freed: FreedSeats, step: Step, organisationId: number | null): string | undefined {
  const list = freed.get(step.message.index);
  const i = list?.findIndex((f) => f.organisationId === organisationId) ?? -1;
  if (!list || i < 0) return undefined;
  return list.splice(i, 1)[0]?.name;
}

function applyStep(
  ctx: CoreContext,
  rec: ChangeRecorder,
  eventId: number,
  step: Step,
  messageId: number | null,
  result: ImportResult,
  freed: FreedSeats,
  batch: Batch,
): void {
  const a = step.attendee;
  const name = a.name ?? '';
  const existing = findExisting(ctx, eventId, a, a.organisationId, batch.existing);
  const stamp = new Date(ctx.now()).toISOString();
  if (!a.attending) {
    if (existing) {
      if (existing.state === 'cancelled') return;
      if (existing.state === 'seated') {
        const list = freed.get(step.message.index) ?? [];
        list.push({ organisationId: existing.organisation_id, name: existing.name });
        freed.set(step.message.index, list);
      }
      rec.update('signups', existing.id, {
        state: 'cancelled',
        // Stored as text, like a reason the organiser writes: in the language of the import.
        state_reason: msg`Meldte avbud per e-post ${formatDateNb(step.receivedAt)}`,
        message_id: messageId,
        updated_at: stamp,
      });
      result.cancelled.push(getSignup(ctx.db, existing.id)!);
      return;
    }
    result.cancelled.push(
      signupsCreate(
        ctx,
        { eventId, name, email: a.email, phone: a.phone, title: a.title, organisationId: a.organisationId, state: 'cancelled', receivedAt: step.receivedAt, diets: a.diets, dietNote: a.dietNote, notes: null },
        'email',
        messageId,
        rec,
        batch.seats,
      ),
    );
    return;
  }
  if (existing) {
    upsertPerson(ctx, rec, { name, email: a.email ?? existing.email, phone: a.phone, title: a.title, organisationId: a.organisationId });
    const patch: Record<string, string | number | null> = { message_id: messageId, updated_at: stamp };
    if (a.diets.length) patch.diets = JSON.stringify(a.diets);
    if (a.dietNote) patch.diet_note = a.dietNote;
    if (a.organisationId && !existing.organisation_id) patch.organisation_id = a.organisationId;
    if (existing.state === 'cancelled' || existing.state === 'declined') {
      // Signing up again after withdrawing: a new place in the queue, from this reply's time.
      patch.state = proposeState(ctx.db, batch.event, a.organisationId ?? existing.organisation_id, step.receivedAt, existing.id, batch.seats);
      patch.received_at = step.receivedAt;
      patch.state_reason = null;
    }
    rec.update('signups', existing.id, patch);
    result.updated.push(getSignup(ctx.db, existing.id)! satisfies Signup);
    return;
  }
  // A person sent in place of one who held a seat takes that seat over, even after the
  // deadline: it is the same seat, not a new one (the organiser can still change it).
  const replaces = takeFreedSeat(freed, step, a.organisationId);
  const created = signupsCreate(
    ctx,
    {
      eventId,
      name,
      email: a.email,
      phone: a.phone,
      title: a.title,
      organisationId: a.organisationId,
      receivedAt: step.receivedAt,
      diets: a.diets,
      dietNote: a.dietNote,
      notes: null,
      ...(replaces ? { state: 'seated' as const } : {}),
    },
    'email',
    messageId,
    rec,
    batch.seats,
  );
  if (replaces) {
    rec.update('signups', created.id, { state_reason: msg`Erstatter ${replaces}`, late_accepted: created.late ? 1 : 0 });
    result.created.push(getSignup(ctx.db, created.id)!);
  } else {
    result.created.push(created);
  }
}
