import type { OpParsed } from '../../api/contract';
import type { ChaseItem, ChaseList } from '../../api/ops/allocation';
import type { Event, OrgKind } from '../../api/types';
import type { CoreContext } from '../context';
import { resolveEvent } from '../events';
import { formatDateNb, formatTimeNb, osloWallTime } from '../time';
import { allocationGet } from './view';
import { loadAllocOrgs } from '../../db/repos/allocation';

// The chase list (purreliste): who has not got a seated person yet, where to write, and what.

const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

/** '2015-09-24' → 'torsdag 24.09.2015' */
export function dayNb(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const wd = WEEKDAYS[new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay()] ?? '';
  return `${wd} ${formatDateNb(iso)}`;
}

const KIND_EACH: Record<OrgKind, string> = {
  county: 'Hver fylkeskommune',
  region: 'Hver byregion',
  municipality: 'Hver kommune',
  other: 'Hver organisasjon',
};

function seatsText(kind: OrgKind, seats: number | null): string {
  if (seats === null) return '';
  const n = seats === 1 ? 'én deltaker' : `inntil ${seats} deltakere`;
  return `${KIND_EACH[kind]} kan melde på ${n}.`;
}

function eventLine(e: Event): string {
  const place = [e.venue, e.address, e.city].filter(Boolean).join(', ');
  return `«${e.title}» ${dayNb(e.startsAt)} kl. ${formatTimeNb(e.startsAt)}–${formatTimeNb(e.endsAt)}${place ? ` i ${place}` : ''}`;
}

export function reminderSubject(e: Event): string {
  return `Påminnelse: påmelding til ${e.shortTitle ?? e.title} ${formatDateNb(e.startsAt)}`;
}

/** The reminder's text, filled with the event's data; `to` is the organisation's full name. */
export function reminderBody(e: Event, to: string | null, seats: string, today: string): string {
  const deadline = e.deadline
    ? today > e.deadline
      ? `Fristen for påmelding var ${formatDateNb(e.deadline)}, men vi tar gjerne imot påmeldingen så snart som mulig.`
      : `Fristen for påmelding er ${dayNb(e.deadline)}.`
    : 'Vi ber om påmelding så snart som mulig.';
  const from = [e.organiserName, [e.organiserTitle, e.organiserOrg].filter(Boolean).join(', ')].filter(Boolean);
  return [
    'Hei,',
    '',
    `Vi minner om ${eventLine(e)}.`,
    '',
    [to ? `Vi har ennå ikke fått påmelding fra ${to}.` : 'Vi har ennå ikke fått påmelding fra dere.', seats, deadline]
      .filter(Boolean)
      .join(' '),
    '',
    'Svar gjerne på denne e-posten med navn, stilling, e-postadresse og telefonnummer til den som skal delta, og eventuelle allergier eller matpreferanser.',
    ...(e.lunchNote || e.travelNote ? ['', [e.lunchNote, e.travelNote].filter(Boolean).join(' ')] : []),
    '',
    'Vennlig hilsen',
    ...from,
  ].join('\n');
}

/** RFC 6068: spaces as %20 and line breaks as %0D%0A, so every mail program reads it alike. */
export function mailtoUrl(to: string[], subject: string, body: string, bcc = false): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  const addr = bcc ? '' : to.map(encodeURIComponent).join(',');
  const bccPart = bcc ? `bcc=${to.map(encodeURIComponent).join(',')}&` : '';
  return `mailto:${addr}?${bccPart}subject=${enc(subject)}&body=${enc(body)}`;
}

export function chaseList(ctx: CoreContext, input: OpParsed<'chase:list'>): ChaseList {
  const event = resolveEvent(ctx, input.eventId);
  const view = allocationGet(ctx, { eventId: event.id });
  const today = osloWallTime(ctx.now()).slice(0, 10);
  const orgs = new Map(loadAllocOrgs(ctx.db, ['county', 'region'], []).map((o) => [o.id, o]));
  const subject = reminderSubject(event);
  const items: ChaseItem[] = view.organisations
    .filter((o) => (o.kind === 'county' || o.kind === 'region') && o.seats !== null && o.seats > 0 && o.seated.length === 0)
    .map((o) => {
      const row = orgs.get(o.organisationId);
      const domains = row ? (JSON.parse(row.email_domains) as string[]) : [];
      const guess = !row?.postmottak && domains[0] ? `postmottak@${domains[0]}` : null;
      const mailbox = row?.postmottak ?? guess;
      const body = reminderBody(event, row?.administration ?? o.name, seatsText(o.kind, o.seats), today);
      return {
        organisationId: o.organisationId,
        number: o.number,
        name: row?.administration ?? o.name,
        kind: o.kind,
        mailbox,
        mailboxGuessed: guess !== null,
        waiting: o.waiting.length,
        late: o.late.length,
        subject,
        body,
        mailto: mailbox ? mailtoUrl([mailbox], subject, body) : null,
      };
    });
  const kinds = [...new Set(items.map((i) => i.kind))];
  const allBody = reminderBody(event, null, kinds.map((k) => seatsText(k, view.seatRules[k] ?? null)).join(' '), today);
  const boxes = items.map((i) => i.mailbox).filter((m): m is string => m !== null);
  const lines = items.map(
    (i) =>
      `${i.number ? `${i.number} ` : ''}${i.name} – ${i.mailbox ?? 'mangler adresse'}${i.mailboxGuessed ? ' (gjettet, ikke kontrollert)' : ''}` +
      (i.waiting + i.late > 0 ? ` – ${i.waiting + i.late} på venteliste` : ''),
  );
  const text = [
    `Purreliste – ${event.shortTitle ?? event.title}${event.deadline ? ` (frist ${formatDateNb(event.deadline)})` : ''}`,
    `${items.length} uten plass:`,
    ...lines,
    '',
    `Emne: ${subject}`,
    '',
    allBody,
  ].join('\n');
  return {
    eventId: event.id,
    items,
    subject,
    body: allBody,
    mailtoAll: boxes.length ? mailtoUrl(boxes, subject, allBody, true) : null,
    text,
  };
}
