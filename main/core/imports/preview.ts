import { createHash } from 'node:crypto';
import type { ImportPreview, PreviewAttendee, PreviewMessage } from '../../api/ops/imports';
import type { Event } from '../../api/types';
import type { TrackedTable } from '../../db/changes';
import { stmt } from '../../db/stmt';
import { parseEmails } from '../email/parse';
import type { ParsedAttendee, ParsedMessage } from '../email/types';
import type { CoreContext } from '../context';
import { resolveEvent } from '../events';
import { formatDateNb, isLate } from '../time';
import { parseContextFor } from './context';

/**
 * A reply's identity for "already imported": who sent it, when, and its own words with all
 * whitespace folded — so the same reply pasted again from another client (CRLF, non-breaking
 * spaces, a different amount of quoted text below) is recognised, and two different replies are not.
 */
export function messageHash(text: string, m: ParsedMessage): string {
  const body = text.slice(m.bodySpan.start, m.bodySpan.end).replace(/[\s\u00a0\u200b]+/g, ' ').trim().toLowerCase();
  return createHash('sha256')
    .update(`${m.from.email ?? ''}\n${m.sentAt ?? ''}\n${body}`)
    .digest('hex');
}

interface SignupMatch {
  id: number;
  person_id: number;
  state: string;
  name: string;
  email: string | null;
  organisation_id: number | null;
}

const MATCH = `SELECT s.id, s.person_id, s.state, p.name, p.email, s.organisation_id FROM signups s JOIN people p ON p.id = s.person_id`;

/** An existing sign-up for this person at this event: by e-mail, else by name within the county. */
export function findExisting(
  ctx: CoreContext,
  eventId: number,
  a: { name: string | null; email: string | null },
  organisationId: number | null,
  index?: ExistingIndex,
): SignupMatch | undefined {
  if (index && index.eventId === eventId) return index.find(a, organisationId);
  const base = `${MATCH} WHERE s.event_id = ?`;
  if (a.email) {
    const hit = stmt(ctx.db, `${base} AND p.email = ?`).get(eventId, a.email) as SignupMatch | undefined;
    if (hit) return hit;
  }
  if (a.name) return findByNameSql(ctx, eventId, a.name, organisationId);
  return undefined;
}

function findByNameSql(ctx: CoreContext, eventId: number, name: string, organisationId: number | null): SignupMatch | undefined {
  return stmt(ctx.db, `${MATCH} WHERE s.event_id = ? AND lower(p.name) = lower(?) AND (s.organisation_id IS ? OR ? IS NULL)`).get(
    eventId,
    name,
    organisationId,
    organisationId,
  ) as SignupMatch | undefined;
}

/**
 * SQLite's built-in lower(): ASCII letters only (no ICU), so "Ø" stays "Ø" as in the query above.
 * The same folding as COLLATE NOCASE (people.email).
 */
function sqliteLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** A sign-up's look-up keys, folded as the queries compare them. */
interface MatchKeys {
  name: string;
  email: string | null;
  organisationId: number | null;
}

/**
 * `findExisting` for many look-ups in one event (a preview, an import): the name query cannot use
 * an index (lower(name)), so each look-up read every sign-up of the event, and an import that
 * adds thousands became quadratic. This keeps the event's sign-ups by e-mail and by folded name
 * in memory and reads the one matching row by id. When several rows match a name it asks the
 * original query, so which one is picked stays exactly as before. During an import, hand
 * `touched` to the ChangeRecorder (`rec.onRow`) so rows written in the batch are seen.
 */
export class ExistingIndex {
  private readonly keys = new Map<number, MatchKeys>();
  private readonly byEmail = new Map<string, number>();
  private readonly byName = new Map<string, Set<number>>();

  constructor(
    private readonly ctx: CoreContext,
    readonly eventId: number,
  ) {
    const rows = stmt(ctx.db, `${MATCH} WHERE s.event_id = ?`).all(eventId) as SignupMatch[];
    for (const r of rows) this.add(r);
  }

  find(a: { name: string | null; email: string | null }, organisationId: number | null): SignupMatch | undefined {
    if (a.email) {
      // people.email is unique (COLLATE NOCASE: ASCII case folded, like sqliteLower), and a
      // person signs up once per event: at most one row.
      const id = this.byEmail.get(sqliteLower(a.email));
      const hit = id === undefined ? undefined : this.byId(id);
      if (hit) return hit;
    }
    if (!a.name) return undefined;
    const ids = this.byName.get(sqliteLower(a.name));
    if (!ids) return undefined;
    let only: number | undefined;
    let n = 0;
    for (const id of ids) {
      if (organisationId !== null && this.keys.get(id)?.organisationId !== organisationId) continue;
      only = id;
      n++;
    }
    if (n === 0 || only === undefined) return undefined;
    return n === 1 ? this.byId(only) : findByNameSql(this.ctx, this.eventId, a.name, organisationId);
  }

  readonly touched = (table: TrackedTable, id: number): void => {
    if (table === 'signups') this.refresh(id);
    else if (table === 'people') {
      const r = stmt(this.ctx.db, 'SELECT id FROM signups WHERE event_id = ? AND person_id = ?').get(this.eventId, id) as
        | { id: number }
        | undefined;
      if (r) this.refresh(r.id);
    }
  };

  private byId(id: number): SignupMatch | undefined {
    return stmt(this.ctx.db, `${MATCH} WHERE s.id = ? AND s.event_id = ?`).get(id, this.eventId) as SignupMatch | undefined;
  }

  private refresh(id: number): void {
    const old = this.keys.get(id);
    if (old) {
      this.keys.delete(id);
      if (old.email !== null && this.byEmail.get(old.email) === id) this.byEmail.delete(old.email);
      const set = this.byName.get(old.name);
      set?.delete(id);
      if (set?.size === 0) this.byName.delete(old.name);
    }
    const row = this.byId(id);
    if (row) this.add(row);
  }

  private add(r: SignupMatch): void {
    const k: MatchKeys = { name: sqliteLower(r.name), email: r.email === null ? null : sqliteLower(r.email), organisationId: r.organisation_id };
    this.keys.set(r.id, k);
    if (k.email !== null) this.byEmail.set(k.email, r.id);
    let set = this.byName.get(k.name);
    if (!set) this.byName.set(k.name, (set = new Set()));
    set.add(r.id);
  }
}

function countyOrg(ctx: CoreContext, countyNumber: string | null): { id: number; name: string } | undefined {
  if (!countyNumber) return undefined;
  return stmt(ctx.db, `SELECT id, name FROM organisations WHERE kind = 'county' AND number = ?`).get(countyNumber) as
    | { id: number; name: string }
    | undefined;
}

function seatHolder(ctx: CoreContext, eventId: number, organisationId: number, exceptPersonId: number | null): string | undefined {
  const r = stmt(
    ctx.db,
    `SELECT p.name FROM signups s JOIN people p ON p.id = s.person_id
       WHERE s.event_id = ? AND s.organisation_id = ? AND s.state = 'seated' AND p.id IS NOT ? ORDER BY s.received_at LIMIT 1`,
  ).get(eventId, organisationId, exceptPersonId) as { name: string } | undefined;
  return r?.name;
}

function previewAttendee(
  ctx: CoreContext,
  event: Event,
  m: ParsedMessage,
  a: ParsedAttendee,
  index: number,
  existingIndex: ExistingIndex,
): PreviewAttendee {
  const org = countyOrg(ctx, a.countyNumber);
  const existing = existingIndex.find(a, org?.id ?? null);
  const warnings: string[] = [];
  if (!a.name) warnings.push('Fant ikke navnet. Skriv det inn før du lagrer.');
  if (!a.email) warnings.push('Mangler e-postadresse.');
  if (!org) warnings.push('Fant ikke fylket. Velg organisasjon.');
  let action: PreviewAttendee['action'];
  if (a.attending) {
    action = !existing ? 'create' : existing.state === 'seated' || existing.state === 'waiting' ? 'unchanged' : 'update';
    if (existing && action === 'unchanged') warnings.push(`Allerede påmeldt (${existing.state === 'seated' ? 'har plass' : 'venteliste'}).`);
    if (org && action !== 'unchanged') {
      const holder = seatHolder(ctx, event.id, org.id, existing?.person_id ?? null);
      if (holder && event.seatRules.county !== null && event.seatRules.county !== undefined)
        warnings.push(`${org.name} har allerede plass (${holder}). Kommer på venteliste.`);
    }
  } else {
    action = existing ? (existing.state === 'cancelled' ? 'unchanged' : 'cancel') : 'create';
    if (!existing) warnings.push('Meldte avbud uten å være påmeldt. Lagres som avmeldt.');
  }
  return {
    index,
    name: a.name,
    email: a.email,
    title: a.title,
    phone: a.phone,
    attending: a.attending,
    diets: a.diets,
    dietNote: a.dietNote,
    organisationId: org?.id ?? null,
    organisationName: org?.name ?? null,
    countyNumber: a.countyNumber,
    spans: a.spans,
    action,
    existingSignupId: existing?.id ?? null,
    warnings,
  };
}

/** `existing`: the commit passes the index it keeps current while it writes (see ExistingIndex). */
export function buildPreview(ctx: CoreContext, text: string, eventId?: number, existing?: ExistingIndex): ImportPreview {
  const event = resolveEvent(ctx, eventId);
  const warnings: string[] = [];
  if (text.trim() === '') {
    return { eventId: event.id, messages: [], warnings: ['Lim inn en eller flere e-poster for å se hva Samling finner.'], counts: zero() };
  }
  const result = parseEmails(text, parseContextFor(ctx, event));
  warnings.push(...result.warnings.map((w) => w.message));
  const known = stmt(ctx.db, 'SELECT 1 FROM imported_messages WHERE event_id = ? AND hash = ?');
  const existingIndex = existing && existing.eventId === event.id ? existing : new ExistingIndex(ctx, event.id);
  const messages: PreviewMessage[] = result.messages.map((m, index) => {
    const hash = messageHash(text, m);
    const alreadyImported = known.get(event.id, hash) !== undefined;
    const late = m.sentAt !== null && isLate(m.sentAt, event.deadline);
    const mw = m.warnings.map((w) => w.message);
    if (alreadyImported) mw.unshift('Denne e-posten er allerede importert. Den lagres ikke på nytt.');
    if (late && event.deadline) mw.push(`Kom etter fristen ${formatDateNb(event.deadline)}.`);
    if (!m.sentAt) mw.push('Fant ikke når e-posten ble sendt. Tidspunktet for importen brukes.');
    return {
      index,
      hash,
      alreadyImported,
      late,
      kind: m.kind,
      from: m.from,
      sentAt: m.sentAt,
      subject: m.subject,
      span: m.span,
      bodySpan: m.bodySpan,
      quotedSpans: m.quotedSpans,
      spans: m.spans,
      warnings: mw,
      attendees: m.attendees.map((a, i) => previewAttendee(ctx, event, m, a, i, existingIndex)),
    };
  });
  const counts = zero();
  counts.messages = messages.length;
  for (const m of messages) {
    if (m.alreadyImported) counts.alreadyImported++;
    for (const a of m.attendees) {
      counts.attendees++;
      if (m.alreadyImported) continue;
      if (a.action === 'create') counts.create++;
      else if (a.action === 'update') counts.update++;
      else if (a.action === 'cancel') counts.cancel++;
    }
  }
  if (messages.length === 0 && warnings.length === 0) warnings.push('Fant ingen e-poster i teksten.');
  return { eventId: event.id, messages, warnings, counts };
}

function zero(): ImportPreview['counts'] {
  return { messages: 0, attendees: 0, alreadyImported: 0, create: 0, update: 0, cancel: 0 };
}
