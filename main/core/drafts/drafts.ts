import type { OpParsed } from '../../api/contract';
import type { Draft, DraftKind } from '../../api/ops/drafts';
import type { Event, OrgKind, Signup } from '../../api/types';
import { dayNb, mailtoUrl, reminderBody, reminderSubject } from '../allocation/chase';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { resolveEvent } from '../events';
import { DIET_CODES, DIET_LABELS_NB } from '../exports/labels';
import { orgsGet } from '../orgs';
import { signupsGet } from '../signups';
import { splitName } from '../text';
import { formatDateNb, formatTimeNb, osloWallTime } from '../time';
import { buildEml, emlFileName } from './eml';

// The organiser's letters, in Norwegian, filled with the person's and the event's data. The
// wording follows the invitation: one seat per county, first come first served, lunch on us.

const KIND_TITLE: Record<DraftKind, string> = {
  confirmation: 'Bekreftelse',
  waiting: 'Venteliste',
  reminder: 'Påminnelse',
  declined: 'Svar på påmelding',
};

function short(e: Event): string {
  return e.shortTitle ?? e.title;
}

function place(e: Event): string {
  return [e.venue, e.address, e.city].filter(Boolean).join(', ');
}

function when(e: Event): string {
  return `${dayNb(e.startsAt)} kl. ${formatTimeNb(e.startsAt)}–${formatTimeNb(e.endsAt)}`;
}

function signature(e: Event): string[] {
  const role = [e.organiserTitle, e.organiserOrg].filter(Boolean).join(', ');
  return ['Vennlig hilsen', ...[e.organiserName, role, e.organiserEmail].filter((s): s is string => Boolean(s))];
}

function greeting(s: Signup): string {
  const given = splitName(s.name).given.split(' ')[0] || s.name;
  return `Hei ${given},`;
}

function dietLine(s: Signup): string | null {
  if (!s.lunch) return 'Vi har notert at du ikke skal ha lunsj.';
  const set = new Set(s.diets);
  const labels = DIET_CODES.filter((c) => set.has(c)).map((c) => DIET_LABELS_NB[c].toLowerCase());
  const all = [...labels, ...(s.dietNote ? [s.dietNote] : [])];
  return all.length ? `Vi har notert dette om mat og allergier: ${all.join(', ')}. Gi beskjed hvis noe er feil.` : null;
}

function orgPhrase(s: Signup): string {
  return s.organisationName ? ` fra ${s.organisationName}` : '';
}

function signupText(kind: DraftKind, e: Event, s: Signup, today: string): { subject: string; body: string[] } {
  const date = formatDateNb(e.startsAt);
  switch (kind) {
    case 'confirmation':
      return {
        subject: `Bekreftelse: du har plass på ${short(e)} ${date}`,
        body: [
          greeting(s),
          '',
          `Takk for påmeldingen${orgPhrase(s)}. Vi bekrefter at du har plass på «${e.title}» ${when(e)}${place(e) ? ` i ${place(e)}` : ''}.`,
          ...(e.lunch ? ['', e.lunchNote ?? 'Vi spanderer lunsj.'] : []),
          ...[dietLine(s)].filter((l): l is string => l !== null).flatMap((l) => ['', l]),
          ...(e.travelNote ? ['', e.travelNote] : []),
          '',
          'Gi beskjed så snart som mulig hvis du får forfall, så kan plassen gå til en annen.',
        ],
      };
    case 'waiting':
      return {
        subject: `Venteliste: ${short(e)} ${date}`,
        body: [
          greeting(s),
          '',
          `Takk for påmeldingen til «${e.title}» ${when(e)}.`,
          '',
          s.organisationName
            ? `${s.organisationName} har allerede fått plassen sin, og vi har derfor satt deg på venteliste. Vi gir beskjed så snart det blir en ledig plass.`
            : 'Samlingen er full, og vi har derfor satt deg på venteliste. Vi gir beskjed så snart det blir en ledig plass.',
          ...(e.deadline && s.receivedAt.slice(0, 10) > e.deadline
            ? ['', `Påmeldingen kom etter fristen ${formatDateNb(e.deadline)}.`]
            : []),
        ],
      };
    case 'declined':
      return {
        subject: `Påmelding til ${short(e)} ${date}`,
        body: [
          greeting(s),
          '',
          `Takk for interessen for «${e.title}» ${when(e)}.`,
          '',
          `Vi har dessverre ikke plass til deg denne gangen${s.stateReason ? `: ${s.stateReason.replace(/\.$/, '')}` : ''}.`,
          '',
          'Ta gjerne kontakt hvis du har spørsmål.',
        ],
      };
    case 'reminder':
      return {
        subject: `Påminnelse: ${short(e)} ${dayNb(e.startsAt)}`,
        body: [
          greeting(s),
          '',
          today < e.startsAt.slice(0, 10)
            ? `Vi minner om «${e.title}» ${when(e)}${place(e) ? ` i ${place(e)}` : ''}. Du er påmeldt og har plass.`
            : `Vi minner om «${e.title}» ${when(e)}${place(e) ? ` i ${place(e)}` : ''}.`,
          ...[dietLine(s)].filter((l): l is string => l !== null).flatMap((l) => ['', l]),
          ...(e.travelNote ? ['', e.travelNote] : []),
          '',
          'Gi beskjed så snart som mulig hvis du får forfall.',
        ],
      };
  }
}

const SEATS_EACH: Record<OrgKind, string> = {
  county: 'Hver fylkeskommune',
  region: 'Hver byregion',
  municipality: 'Hver kommune',
  other: 'Hver organisasjon',
};

function finish(kind: DraftKind, to: { name: string | null; email: string | null }, guessed: boolean, subject: string, body: string, now: Date): Draft {
  const emails = to.email ? [to.email] : [];
  return {
    kind,
    to: emails,
    toName: to.name,
    subject,
    body,
    mailto: mailtoUrl(emails, subject, body),
    eml: buildEml({ to: emails.map((email) => ({ name: to.name, email })), subject, body, date: now }),
    fileName: emlFileName(`${KIND_TITLE[kind]} – ${to.name ?? subject}`),
    guessed,
  };
}

export function draftsMake(ctx: CoreContext, input: OpParsed<'drafts:make'>): Draft {
  const today = osloWallTime(ctx.now()).slice(0, 10);
  if (input.signupId !== undefined) {
    const s = signupsGet(ctx, { id: input.signupId });
    const e = resolveEvent(ctx, s.eventId);
    const t = signupText(input.kind, e, s, today);
    const body = [...t.body, '', ...signature(e)].join('\n');
    return finish(input.kind, { name: s.name, email: s.email }, false, t.subject, body, ctx.now());
  }
  if (input.kind !== 'reminder') {
    throw new AppError('invalid_input', 'Til en organisasjon kan Samling bare lage en påminnelse om å melde seg på.', {
      kind: 'Velg påminnelse.',
    });
  }
  const org = orgsGet(ctx, { id: input.organisationId ?? 0 });
  const e = resolveEvent(ctx);
  const seats = e.seatRules[org.kind];
  const seatsLine =
    typeof seats === 'number' && seats > 0 ? `${SEATS_EACH[org.kind]} kan melde på ${seats === 1 ? 'én deltaker' : `inntil ${seats} deltakere`}.` : '';
  const guess = !org.postmottak && org.emailDomains[0] ? `postmottak@${org.emailDomains[0]}` : null;
  const name = org.administration ?? org.name;
  const body = reminderBody(e, name, seatsLine, today);
  return finish('reminder', { name, email: org.postmottak ?? guess }, guess !== null, reminderSubject(e), body, ctx.now());
}
