import type { OpParsed } from '../../api/contract';
import type { ChaseItem, ChaseList } from '../../api/ops/allocation';
import type { Event, OrgKind } from '../../api/types';
import type { CoreContext } from '../context';
import { resolveEvent } from '../events';
import { msg, t } from '../i18n';
import { formatDateNb, formatTimeNb, osloWallTime } from '../time';
import { allocationGet } from './view';
import { loadAllocOrgs } from '../../db/repos/allocation';

// The chase list (purreliste): who has not got a seated person yet, where to write, and what.
// The texts are in the current language (main/core/i18n); dates keep the form 24.09.2015.

const WEEKDAYS: readonly (() => string)[] = [
  () => t('søndag'),
  () => t('mandag'),
  () => t('tirsdag'),
  () => t('onsdag'),
  () => t('torsdag'),
  () => t('fredag'),
  () => t('lørdag'),
];

/** '2015-09-24' → 'torsdag 24.09.2015' (the weekday in the current language) */
export function dayText(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const wd = WEEKDAYS[new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay()]?.() ?? '';
  return `${wd} ${formatDateNb(iso)}`;
}

const KIND_EACH: Record<OrgKind, () => string> = {
  county: () => t('Hver fylkeskommune'),
  region: () => t('Hver byregion'),
  municipality: () => t('Hver kommune'),
  other: () => t('Hver organisasjon'),
};

/** 'Hver fylkeskommune kan melde på én deltaker.'; '' without a limit. */
export function seatsText(kind: OrgKind, seats: number | null): string {
  if (seats === null) return '';
  const each = KIND_EACH[kind]();
  return seats === 1 ? msg`${each} kan melde på én deltaker.` : msg`${each} kan melde på inntil ${seats} deltakere.`;
}

/** '10:00–15:30' → 'torsdag 24.09.2015 kl. 10:00–15:30' */
export function whenText(e: Event): string {
  return msg`${dayText(e.startsAt)} kl. ${formatTimeNb(e.startsAt)}–${formatTimeNb(e.endsAt)}`;
}

function eventLine(e: Event): string {
  const place = [e.venue, e.address, e.city].filter(Boolean).join(', ');
  return place ? msg`«${e.title}» ${whenText(e)} i ${place}` : msg`«${e.title}» ${whenText(e)}`;
}

export function reminderSubject(e: Event): string {
  return msg`Påminnelse: påmelding til ${e.shortTitle ?? e.title} ${formatDateNb(e.startsAt)}`;
}

/** The reminder's text, filled with the event's data; `to` is the organisation's full name. */
export function reminderBody(e: Event, to: string | null, seats: string, today: string): string {
  const deadline = e.deadline
    ? today > e.deadline
      ? msg`Fristen for påmelding var ${formatDateNb(e.deadline)}, men vi tar gjerne imot påmeldingen så snart som mulig.`
      : msg`Fristen for påmelding er ${dayText(e.deadline)}.`
    : t('Vi ber om påmelding så snart som mulig.');
  const from = [e.organiserName, [e.organiserTitle, e.organiserOrg].filter(Boolean).join(', ')].filter(Boolean);
  return [
    t('Hei,'),
    '',
    msg`Vi minner om ${eventLine(e)}.`,
    '',
    [to ? msg`Vi har ennå ikke fått påmelding fra ${to}.` : t('Vi har ennå ikke fått påmelding fra dere.'), seats, deadline]
      .filter(Boolean)
      .join(' '),
    '',
    t(
      'Svar gjerne på denne e-posten med navn, stilling, e-postadresse og telefonnummer til den som skal delta, og eventuelle allergier eller matpreferanser.',
    ),
    ...(e.lunchNote || e.travelNote ? ['', [e.lunchNote, e.travelNote].filter(Boolean).join(' ')] : []),
    '',
    t('Vennlig hilsen'),
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
      `${i.number ? `${i.number} ` : ''}${i.name} – ${i.mailbox ?? t('mangler adresse')}${i.mailboxGuessed ? ' ' + t('(gjettet, ikke kontrollert)') : ''}` +
      (i.waiting + i.late > 0 ? ' – ' + msg`${i.waiting + i.late} på venteliste` : ''),
  );
  const title = event.shortTitle ?? event.title;
  const text = [
    event.deadline ? msg`Purreliste – ${title} (frist ${formatDateNb(event.deadline)})` : msg`Purreliste – ${title}`,
    msg`${items.length} uten plass:`,
    ...lines,
    '',
    msg`Emne: ${subject}`,
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
