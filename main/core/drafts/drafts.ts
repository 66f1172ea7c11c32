import type { OpParsed } from '../../api/contract';
import type { Draft, DraftKind } from '../../api/ops/drafts';
import type { Event, Signup } from '../../api/types';
import { dayText, mailtoUrl, reminderBody, reminderSubject, seatsText, whenText } from '../allocation/chase';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { resolveEvent } from '../events';
import { DIET_WORDS } from '../diet-words';
import { DIET_CODES } from '../exports/labels';
import { orgsGet } from '../orgs';
import { signupsGet } from '../signups';
import { splitName } from '../text';
import { formatDateNb, osloWallTime } from '../time';
import { buildEml, emlFileName } from './eml';
import { msg, t } from '../i18n';

// The organiser's letters, in the current language (bokmål, nynorsk or English; main/core/i18n),
// filled with the person's and the event's data. The wording follows the invitation: one seat
// per county, first come first served, lunch on us.

const KIND_TITLE: Record<DraftKind, () => string> = {
  confirmation: () => t('Bekreftelse'),
  waiting: () => t('Venteliste'),
  reminder: () => t('Påminnelse'),
  declined: () => t('Svar på påmelding'),
};

function short(e: Event): string {
  return e.shortTitle ?? e.title;
}

function place(e: Event): string {
  return [e.venue, e.address, e.city].filter(Boolean).join(', ');
}

const when = whenText;

function signature(e: Event): string[] {
  const role = [e.organiserTitle, e.organiserOrg].filter(Boolean).join(', ');
  return [t('Vennlig hilsen'), ...[e.organiserName, role, e.organiserEmail].filter((s): s is string => Boolean(s))];
}

function greeting(s: Signup): string {
  const given = splitName(s.name).given.split(' ')[0] || s.name;
  return msg`Hei ${given},`;
}

function dietLine(s: Signup): string | null {
  if (!s.lunch) return t('Vi har notert at du ikke skal ha lunsj.');
  const set = new Set(s.diets);
  const labels = DIET_CODES.filter((c) => set.has(c)).map((c) => DIET_WORDS[c]().toLowerCase());
  const all = [...labels, ...(s.dietNote ? [s.dietNote] : [])];
  return all.length ? msg`Vi har notert dette om mat og allergier: ${all.join(', ')}. Gi beskjed hvis noe er feil.` : null;
}

function signupText(kind: DraftKind, e: Event, s: Signup, today: string): { subject: string; body: string[] } {
  const date = formatDateNb(e.startsAt);
  switch (kind) {
    case 'confirmation':
      return {
        subject: msg`Bekreftelse: du har plass på ${short(e)} ${date}`,
        body: [
          greeting(s),
          '',
          [
            s.organisationName ? msg`Takk for påmeldingen fra ${s.organisationName}.` : t('Takk for påmeldingen.'),
            place(e) ? msg`Vi bekrefter at du har plass på «${e.title}» ${when(e)} i ${place(e)}.` : msg`Vi bekrefter at du har plass på «${e.title}» ${when(e)}.`,
          ].join(' '),
          ...(e.lunch ? ['', e.lunchNote ?? t('Vi spanderer lunsj.')] : []),
          ...[dietLine(s)].filter((l): l is string => l !== null).flatMap((l) => ['', l]),
          ...(e.travelNote ? ['', e.travelNote] : []),
          '',
          t('Gi beskjed så snart som mulig hvis du får forfall, så kan plassen gå til en annen.'),
        ],
      };
    case 'waiting':
      return {
        subject: msg`Venteliste: ${short(e)} ${date}`,
        body: [
          greeting(s),
          '',
          msg`Takk for påmeldingen til «${e.title}» ${when(e)}.`,
          '',
          s.organisationName
            ? msg`${s.organisationName} har allerede fått plassen sin, og vi har derfor satt deg på venteliste. Vi gir beskjed så snart det blir en ledig plass.`
            : t('Samlingen er full, og vi har derfor satt deg på venteliste. Vi gir beskjed så snart det blir en ledig plass.'),
          ...(e.deadline && s.receivedAt.slice(0, 10) > e.deadline
            ? ['', msg`Påmeldingen kom etter fristen ${formatDateNb(e.deadline)}.`]
            : []),
        ],
      };
    case 'declined':
      return {
        subject: msg`Påmelding til ${short(e)} ${date}`,
        body: [
          greeting(s),
          '',
          msg`Takk for interessen for «${e.title}» ${when(e)}.`,
          '',
          s.stateReason
            ? msg`Vi har dessverre ikke plass til deg denne gangen: ${s.stateReason.replace(/\.$/, '')}.`
            : t('Vi har dessverre ikke plass til deg denne gangen.'),
          '',
          t('Ta gjerne kontakt hvis du har spørsmål.'),
        ],
      };
    case 'reminder':
      return {
        subject: msg`Påminnelse: ${short(e)} ${dayText(e.startsAt)}`,
        body: [
          greeting(s),
          '',
          [
            place(e) ? msg`Vi minner om «${e.title}» ${when(e)} i ${place(e)}.` : msg`Vi minner om «${e.title}» ${when(e)}.`,
            ...(today < e.startsAt.slice(0, 10) ? [t('Du er påmeldt og har plass.')] : []),
          ].join(' '),
          ...[dietLine(s)].filter((l): l is string => l !== null).flatMap((l) => ['', l]),
          ...(e.travelNote ? ['', e.travelNote] : []),
          '',
          t('Gi beskjed så snart som mulig hvis du får forfall.'),
        ],
      };
  }
}

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
    fileName: emlFileName(`${KIND_TITLE[kind]()} – ${to.name ?? subject}`),
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
    throw new AppError('invalid_input', t('Til en organisasjon kan Samling bare lage en påminnelse om å melde seg på.'), {
      kind: t('Velg påminnelse.'),
    });
  }
  const org = orgsGet(ctx, { id: input.organisationId ?? 0 });
  const e = resolveEvent(ctx);
  const seats = e.seatRules[org.kind];
  const seatsLine = typeof seats === 'number' && seats > 0 ? seatsText(org.kind, seats) : '';
  const guess = !org.postmottak && org.emailDomains[0] ? `postmottak@${org.emailDomains[0]}` : null;
  const name = org.administration ?? org.name;
  const body = reminderBody(e, name, seatsLine, today);
  return finish('reminder', { name, email: org.postmottak ?? guess }, guess !== null, reminderSubject(e), body, ctx.now());
}
