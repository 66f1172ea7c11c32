import { createHash } from 'node:crypto';
import type { ImportPreview, PreviewAttendee, PreviewMessage } from '../../api/ops/imports';
import type { Event } from '../../api/types';
import type { RowListener } from '../../db/changes';
import { stmt } from '../../db/stmt';
import { parseEmails } from '../email/parse';
import type { ParsedAttendee, ParsedMessage, ParseResult } from '../email/types';
import type { DB } from '../../db/connection';
import type { CoreContext } from '../context';
import { resolveEvent } from '../events';
import { currentLang, msg, t } from '../i18n';
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
 * adds thousands became quadratic. This keeps the event's sign-ups (the rows the query gives)
 * in memory, by e-mail and by folded name. When several rows match a name it asks the original
 * query, so which one is picked stays exactly as before. During an import, hand `touched` to the
 * ChangeRecorder (`rec.onRow`): it keeps the rows current from the rows the recorder writes
 * (every write of the import goes through it), so a look-up needs no query.
 */
export class ExistingIndex {
  /** The event's sign-ups as the MATCH query gives them; replaced, never changed in place. */
  private readonly rows = new Map<number, SignupMatch>();
  private readonly keys = new Map<number, MatchKeys>();
  private readonly byEmail = new Map<string, number>();
  private readonly byName = new Map<string, Set<number>>();
  /** Sign-up of each person at this event (one at most: UNIQUE (event_id, person_id)). */
  private readonly byPerson = new Map<number, number>();
  /** Name and e-mail of the people in `rows` and of people the batch wrote. */
  private readonly people = new Map<number, { name: string; email: string | null }>();

  constructor(
    private readonly ctx: CoreContext,
    readonly eventId: number,
  ) {
    const rows = stmt(ctx.db, `${MATCH} WHERE s.event_id = ?`).all(eventId) as SignupMatch[];
    for (const r of rows) {
      this.people.set(r.person_id, { name: r.name, email: r.email });
      this.add(r);
    }
  }

  find(a: { name: string | null; email: string | null }, organisationId: number | null): SignupMatch | undefined {
    if (a.email) {
      // people.email is unique (COLLATE NOCASE: ASCII case folded, like sqliteLower), and a
      // person signs up once per event: at most one row.
      const id = this.byEmail.get(sqliteLower(a.email));
      const hit = id === undefined ? undefined : this.rows.get(id);
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
    return n === 1 ? this.rows.get(only) : findByNameSql(this.ctx, this.eventId, a.name, organisationId);
  }

  readonly touched: RowListener = (table, id, _before, after) => {
    if (table === 'signups') {
      this.remove(id);
      if (after && after.event_id === this.eventId) {
        const personId = after.person_id as number;
        const p = this.person(personId);
        if (p)
          this.add({
            id,
            person_id: personId,
            state: after.state as string,
            name: p.name,
            email: p.email,
            organisation_id: after.organisation_id as number | null,
          });
      }
    } else if (table === 'people') {
      // A new person has no sign-up yet (foreign key); a changed one: its row here shows name and e-mail.
      if (!after) this.people.delete(id);
      else this.people.set(id, { name: after.name as string, email: after.email as string | null });
      const sid = this.byPerson.get(id);
      const row = sid === undefined ? undefined : this.rows.get(sid);
      if (row && after && (row.name !== after.name || row.email !== after.email))
        this.add({ ...row, name: after.name as string, email: after.email as string | null });
      else if (row && !after) this.remove(row.id);
    }
  };

  private person(id: number): { name: string; email: string | null } | undefined {
    let p = this.people.get(id);
    if (!p) {
      p = stmt(this.ctx.db, 'SELECT name, email FROM people WHERE id = ?').get(id) as { name: string; email: string | null } | undefined;
      if (p) this.people.set(id, p);
    }
    return p;
  }

  private remove(id: number): void {
    const old = this.keys.get(id);
    if (!old) return;
    this.keys.delete(id);
    const row = this.rows.get(id);
    this.rows.delete(id);
    if (row && this.byPerson.get(row.person_id) === id) this.byPerson.delete(row.person_id);
    if (old.email !== null && this.byEmail.get(old.email) === id) this.byEmail.delete(old.email);
    const set = this.byName.get(old.name);
    set?.delete(id);
    if (set?.size === 0) this.byName.delete(old.name);
  }

  private add(r: SignupMatch): void {
    this.remove(r.id);
    const k: MatchKeys = { name: sqliteLower(r.name), email: r.email === null ? null : sqliteLower(r.email), organisationId: r.organisation_id };
    this.rows.set(r.id, r);
    this.keys.set(r.id, k);
    this.byPerson.set(r.person_id, r.id);
    if (k.email !== null) this.byEmail.set(k.email, r.id);
    let set = this.byName.get(k.name);
    if (!set) this.byName.set(k.name, (set = new Set()));
    set.add(r.id);
  }
}

/** The county organisation for a county number, read once per number for one preview. */
function countyOrgs(ctx: CoreContext): (countyNumber: string | null) => { id: number; name: string } | undefined {
  const seen = new Map<string, { id: number; name: string } | undefined>();
  const q = stmt(ctx.db, `SELECT id, name FROM organisations WHERE kind = 'county' AND number = ?`);
  return (countyNumber) => {
    if (!countyNumber) return undefined;
    if (!seen.has(countyNumber)) seen.set(countyNumber, q.get(countyNumber) as { id: number; name: string } | undefined);
    return seen.get(countyNumber);
  };
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
  countyOrg: (countyNumber: string | null) => { id: number; name: string } | undefined,
): PreviewAttendee {
  const org = countyOrg(a.countyNumber);
  const existing = existingIndex.find(a, org?.id ?? null);
  const warnings: string[] = [];
  if (!a.name) warnings.push(t('Fant ikke navnet. Skriv det inn før du lagrer.'));
  if (!a.email) warnings.push(t('Mangler e-postadresse.'));
  if (!org) warnings.push(t('Fant ikke fylket. Velg organisasjon.'));
  let action: PreviewAttendee['action'];
  if (a.attending) {
    action = !existing ? 'create' : existing.state === 'seated' || existing.state === 'waiting' ? 'unchanged' : 'update';
    if (existing && action === 'unchanged')
      warnings.push(existing.state === 'seated' ? t('Allerede påmeldt (har plass).') : t('Allerede påmeldt (venteliste).'));
    if (org && action !== 'unchanged') {
      const holder = seatHolder(ctx, event.id, org.id, existing?.person_id ?? null);
      if (holder && event.seatRules.county !== null && event.seatRules.county !== undefined)
        warnings.push(msg`${org.name} har allerede plass (${holder}). Kommer på venteliste.`);
    }
  } else {
    action = existing ? (existing.state === 'cancelled' ? 'unchanged' : 'cancel') : 'create';
    if (!existing) warnings.push(t('Meldte avbud uten å være påmeldt. Lagres som avmeldt.'));
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

/**
 * The last paste parsed on a connection: the organiser previews a paste and then imports the
 * same text, and the import need not parse it again (≈1 s for 10 000 replies). Kept with the
 * parser's view of the registry, so a registry edited in between parses again. The import takes
 * it out (only the preview-then-import step saves anything). Its objects are frozen: a preview
 * hands some of them (spans, diets) to its caller, and a later preview must see them unchanged.
 */
const lastParse = new WeakMap<DB, { text: string; context: string; result: ParseResult }>();

function parseOnce(ctx: CoreContext, text: string, event: Event, forCommit: boolean): ParseResult {
  const context = parseContextFor(ctx, event);
  // The parser's warnings are written in the language of the call: a paste previewed in one
  // language and imported in another is parsed again.
  const key = `${currentLang()}\n${JSON.stringify(context)}`;
  const last = lastParse.get(ctx.db);
  if (forCommit) lastParse.delete(ctx.db);
  if (last && last.context === key && last.text === text) return last.result;
  const result = parseEmails(text, context);
  if (!forCommit) lastParse.set(ctx.db, { text, context: key, result: deepFreeze(result) });
  return result;
}

function deepFreeze<T>(v: T): T {
  if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return v;
  Object.freeze(v);
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) deepFreeze(v[i]);
  else for (const k in v) deepFreeze((v as Record<string, unknown>)[k]);
  return v;
}

/** `existing`: the commit passes the index it keeps current while it writes (see ExistingIndex). */
export function buildPreview(ctx: CoreContext, text: string, eventId?: number, existing?: ExistingIndex): ImportPreview {
  const event = resolveEvent(ctx, eventId);
  const warnings: string[] = [];
  if (text.trim() === '') {
    return { eventId: event.id, messages: [], warnings: [t('Lim inn en eller flere e-poster for å se hva Samling finner.')], counts: zero() };
  }
  const result = parseOnce(ctx, text, event, existing !== undefined);
  warnings.push(...result.warnings.map((w) => w.message));
  const existingIndex = existing && existing.eventId === event.id ? existing : new ExistingIndex(ctx, event.id);
  const countyOrg = countyOrgs(ctx);
  const hashes = result.messages.map((m) => messageHash(text, m));
  // Which of them are stored already: one look-up for the whole paste (index on event_id, hash).
  const known = new Set(
    (
      stmt(ctx.db, 'SELECT hash FROM imported_messages WHERE event_id = ? AND hash IN (SELECT value FROM json_each(?))').all(
        event.id,
        JSON.stringify(hashes),
      ) as { hash: string }[]
    ).map((r) => r.hash),
  );
  const messages: PreviewMessage[] = result.messages.map((m, index) => {
    const hash = hashes[index]!;
    const alreadyImported = known.has(hash);
    const late = m.sentAt !== null && isLate(m.sentAt, event.deadline);
    const mw = m.warnings.map((w) => w.message);
    if (alreadyImported) mw.unshift(t('Denne e-posten er allerede importert. Den lagres ikke på nytt.'));
    if (late && event.deadline) mw.push(msg`Kom etter fristen ${formatDateNb(event.deadline)}.`);
    if (!m.sentAt) mw.push(t('Fant ikke når e-posten ble sendt. Tidspunktet for importen brukes.'));
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
      attendees: m.attendees.map((a, i) => previewAttendee(ctx, event, m, a, i, existingIndex, countyOrg)),
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
  if (messages.length === 0 && warnings.length === 0) warnings.push(t('Fant ingen e-poster i teksten.'));
  return { eventId: event.id, messages, warnings, counts };
}

function zero(): ImportPreview['counts'] {
  return { messages: 0, attendees: 0, alreadyImported: 0, create: 0, update: 0, cancel: 0 };
}
