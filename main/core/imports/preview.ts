import { createHash } from 'node:crypto';
import type { ImportPreview, PreviewAttendee, PreviewMessage } from '../../api/ops/imports';
import type { Event } from '../../api/types';
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

/** An existing sign-up for this person at this event: by e-mail, else by name within the county. */
export function findExisting(ctx: CoreContext, eventId: number, a: { name: string | null; email: string | null }, organisationId: number | null): SignupMatch | undefined {
  const base = `SELECT s.id, s.person_id, s.state, p.name, p.email, s.organisation_id FROM signups s JOIN people p ON p.id = s.person_id WHERE s.event_id = ?`;
  if (a.email) {
    const hit = ctx.db.prepare(`${base} AND p.email = ?`).get(eventId, a.email) as SignupMatch | undefined;
    if (hit) return hit;
  }
  if (a.name) {
    return ctx.db
      .prepare(`${base} AND lower(p.name) = lower(?) AND (s.organisation_id IS ? OR ? IS NULL)`)
      .get(eventId, a.name, organisationId, organisationId) as SignupMatch | undefined;
  }
  return undefined;
}

function countyOrg(ctx: CoreContext, countyNumber: string | null): { id: number; name: string } | undefined {
  if (!countyNumber) return undefined;
  return ctx.db.prepare(`SELECT id, name FROM organisations WHERE kind = 'county' AND number = ?`).get(countyNumber) as
    | { id: number; name: string }
    | undefined;
}

function seatHolder(ctx: CoreContext, eventId: number, organisationId: number, exceptPersonId: number | null): string | undefined {
  const r = ctx.db
    .prepare(
      `SELECT p.name FROM signups s JOIN people p ON p.id = s.person_id
       WHERE s.event_id = ? AND s.organisation_id = ? AND s.state = 'seated' AND p.id IS NOT ? ORDER BY s.received_at LIMIT 1`,
    )
    .get(eventId, organisationId, exceptPersonId) as { name: string } | undefined;
  return r?.name;
}

function previewAttendee(ctx: CoreContext, event: Event, m: ParsedMessage, a: ParsedAttendee, index: number): PreviewAttendee {
  const org = countyOrg(ctx, a.countyNumber);
  const existing = findExisting(ctx, event.id, a, org?.id ?? null);
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

export function buildPreview(ctx: CoreContext, text: string, eventId?: number): ImportPreview {
  const event = resolveEvent(ctx, eventId);
  const warnings: string[] = [];
  if (text.trim() === '') {
    return { eventId: event.id, messages: [], warnings: ['Lim inn en eller flere e-poster for å se hva Samling finner.'], counts: zero() };
  }
  const result = parseEmails(text, parseContextFor(ctx, event));
  warnings.push(...result.warnings.map((w) => w.message));
  const known = ctx.db.prepare('SELECT 1 FROM imported_messages WHERE event_id = ? AND hash = ?');
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
      attendees: m.attendees.map((a, i) => previewAttendee(ctx, event, m, a, i)),
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
