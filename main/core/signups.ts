import type { OpParsed } from '../api/contract';
import type { PersonHit, Signup, SignupList, SignupState } from '../api/types';
import { ChangeRecorder, type SqlValue } from '../db/changes';
import { getOrgRow } from '../db/repos/orgs';
import {
  findPersonByEmail,
  getPersonRow,
  getSignup,
  getSignupRow,
  listSignups,
  searchPeople,
  signupForPerson,
} from '../db/repos/signups';
import type { CoreContext } from './context';
import { resolveEvent } from './events';
import { AppError, notFound } from './errors';
import { proposeState, type SeatRowCache } from './seats';
import { nbSortKey, personSearchKey, personSortKey } from './text';
import { osloWallTime } from './time';
import { msg, note, t, type Note } from './i18n';

export const STATE_NB: Record<SignupState, string> = {
  seated: 'har plass',
  waiting: 'venteliste',
  cancelled: 'avmeldt',
  declined: 'avvist',
};

/** The same words as STATE_NB, as notes for the change log (shown in the reader's language). */
const STATE_NOTE: Record<SignupState, Note> = {
  seated: note`har plass`,
  waiting: note`venteliste`,
  cancelled: note`avmeldt`,
  declined: note`avvist`,
};

export function signupsList(ctx: CoreContext, input: OpParsed<'signups:list'>): SignupList {
  const event = resolveEvent(ctx, input.eventId);
  // Organisation names are matched here, with Norwegian case folding, and passed to the query
  // as ids: SQLite's LIKE folds only ASCII letters.
  const key = input.q ? nbSortKey(input.q) : undefined;
  const orgIds = key
    ? (ctx.db.prepare('SELECT id, name FROM organisations').all() as { id: number; name: string }[])
        .filter((o) => nbSortKey(o.name).includes(key))
        .map((o) => o.id)
    : [];
  return listSignups(ctx.db, { ...input, q: key, orgIds, eventId: event.id });
}

export function signupsGet(ctx: CoreContext, input: { id: number }): Signup {
  const s = getSignup(ctx.db, input.id);
  if (!s) throw notFound(t('påmeldingen'), input.id);
  return s;
}

export function peopleSearch(ctx: CoreContext, input: OpParsed<'people:search'>): PersonHit[] {
  return input.q ? searchPeople(ctx.db, nbSortKey(input.q)) : [];
}

function checkRefs(ctx: CoreContext, eventId: number, organisationId?: number | null, sessionId?: number | null): void {
  if (organisationId && !getOrgRow(ctx.db, organisationId))
    throw new AppError('invalid_input', t('Organisasjonen som er valgt, finnes ikke.'), { organisationId: t('Velg en organisasjon fra listen.') });
  if (sessionId) {
    const s = ctx.db.prepare('SELECT event_id FROM group_sessions WHERE id = ?').get(sessionId) as { event_id: number } | undefined;
    if (!s || s.event_id !== eventId)
      throw new AppError('invalid_input', t('Gruppesamlingen som er valgt, hører ikke til denne samlingen.'), {
        sessionId: t('Velg en gruppesamling fra listen.'),
      });
  }
}

interface PersonFields {
  name: string;
  email: string | null;
  phone?: string | null;
  title?: string | null;
  organisationId?: number | null;
}

/** Finds the person by e-mail (people are remembered across events) or creates one. */
export function upsertPerson(ctx: CoreContext, rec: ChangeRecorder, p: PersonFields): number {
  const now = ctx.now().toISOString();
  const existing = p.email ? findPersonByEmail(ctx.db, p.email) : undefined;
  const title = p.title ?? existing?.title ?? null;
  const cols: Record<string, SqlValue> = {
    name: p.name,
    sort_key: personSortKey(p.name),
    search_key: personSearchKey({ name: p.name, email: p.email ?? existing?.email, title }),
  };
  if (p.phone !== undefined && p.phone !== null) cols.phone = p.phone;
  if (p.title !== undefined && p.title !== null) cols.title = p.title;
  if (p.organisationId !== undefined && p.organisationId !== null) cols.organisation_id = p.organisationId;
  if (existing) {
    rec.update('people', existing.id, cols);
    return existing.id;
  }
  return rec.insert('people', { ...cols, email: p.email, created_at: now, updated_at: now });
}

/**
 * Registers a sign-up. Imports pass their own recorder so that a whole import is one change in
 * the log (one undo), and their source and message; and their seat rows kept in memory (`seats`,
 * current through that recorder) so that each new sign-up does not re-read its organisation's.
 */
export function signupsCreate(
  ctx: CoreContext,
  input: OpParsed<'signups:create'>,
  source: 'manual' | 'email' | 'spreadsheet' = 'manual',
  messageId: number | null = null,
  recorder?: ChangeRecorder,
  seats?: SeatRowCache,
): Signup {
  const event = resolveEvent(ctx, input.eventId);
  checkRefs(ctx, event.id, input.organisationId, input.sessionId);
  const receivedAt = input.receivedAt ?? osloWallTime(ctx.now());
  const rec = recorder ?? new ChangeRecorder(ctx.db, 'signups:create', note`Registrerte påmelding for ${input.name}`, event.id);
  const personId = upsertPerson(ctx, rec, input);
  const dup = signupForPerson(ctx.db, event.id, personId);
  if (dup) {
    const who = getPersonRow(ctx.db, personId);
    throw new AppError(
      'duplicate',
      msg`${who?.name ?? input.name} (${who?.email ?? t('uten e-post')}) er allerede påmeldt denne samlingen. Endre den eksisterende påmeldingen i stedet.`,
      { email: t('Allerede påmeldt.') },
    );
  }
  const organisationId = input.organisationId ?? null;
  const state = input.state ?? proposeState(ctx.db, event, organisationId, receivedAt, null, seats);
  const now = ctx.now().toISOString();
  const id = rec.insert('signups', {
    event_id: event.id,
    person_id: personId,
    organisation_id: organisationId,
    state,
    received_at: receivedAt,
    source,
    message_id: messageId,
    lunch: input.lunch === false ? 0 : 1,
    diets: JSON.stringify([...new Set(input.diets ?? [])]),
    diet_note: input.dietNote,
    session_id: input.sessionId ?? null,
    notes: input.notes,
    created_at: now,
    updated_at: now,
  });
  if (!recorder) rec.setSummary(note`Registrerte påmelding for ${input.name} (${STATE_NOTE[state]})`);
  return signupsGet(ctx, { id });
}

export function signupsUpdate(ctx: CoreContext, input: OpParsed<'signups:update'>): Signup {
  const row = getSignupRow(ctx.db, input.id);
  if (!row) throw notFound(t('påmeldingen'), input.id);
  if (input.eventId !== undefined && input.eventId !== row.event_id)
    throw new AppError('invalid_input', t('En påmelding kan ikke flyttes til en annen samling. Registrer en ny påmelding der.'), {
      eventId: t('Kan ikke endres.'),
    });
  checkRefs(ctx, row.event_id, input.organisationId, input.sessionId);
  const person = getPersonRow(ctx.db, row.person_id)!;
  const name = input.name ?? person.name;
  const rec = new ChangeRecorder(ctx.db, 'signups:update', note`Endret påmeldingen til ${name}`, row.event_id);

  // A changed e-mail that belongs to another person would merge two people: refuse instead.
  if (input.email !== undefined && input.email !== person.email && input.email) {
    const other = findPersonByEmail(ctx.db, input.email);
    if (other && other.id !== person.id)
      throw new AppError('duplicate', msg`E-postadressen ${input.email} tilhører ${other.name}.`, { email: t('Tilhører en annen person.') });
  }
  const pcols: Record<string, SqlValue> = {};
  if (input.name !== undefined) {
    pcols.name = input.name;
    pcols.sort_key = personSortKey(input.name);
  }
  if (input.email !== undefined) pcols.email = input.email;
  if (input.phone !== undefined) pcols.phone = input.phone;
  if (input.title !== undefined) pcols.title = input.title;
  if (Object.keys(pcols).length) {
    pcols.search_key = personSearchKey({
      name,
      email: input.email === undefined ? person.email : input.email,
      title: input.title === undefined ? person.title : input.title,
    });
  }
  if (Object.keys(pcols).length) rec.update('people', person.id, { ...pcols, updated_at: ctx.now().toISOString() });

  const s: Record<string, SqlValue> = {};
  if (input.organisationId !== undefined) s.organisation_id = input.organisationId;
  if (input.state !== undefined) s.state = input.state;
  if (input.receivedAt !== undefined) s.received_at = input.receivedAt;
  if (input.lunch !== undefined) s.lunch = input.lunch ? 1 : 0;
  if (input.diets !== undefined) s.diets = JSON.stringify([...new Set(input.diets)]);
  if (input.dietNote !== undefined) s.diet_note = input.dietNote;
  if (input.sessionId !== undefined) s.session_id = input.sessionId;
  if (input.notes !== undefined) s.notes = input.notes;
  if (Object.keys(s).length) rec.update('signups', row.id, { ...s, updated_at: ctx.now().toISOString() });
  return signupsGet(ctx, { id: row.id });
}

export function signupsSetState(ctx: CoreContext, input: OpParsed<'signups:setState'>): Signup {
  const row = getSignupRow(ctx.db, input.id);
  if (!row) throw notFound(t('påmeldingen'), input.id);
  const person = getPersonRow(ctx.db, row.person_id)!;
  const rec = new ChangeRecorder(
    ctx.db,
    'signups:setState',
    input.reason
      ? note`${person.name}: ${STATE_NOTE[row.state]} → ${STATE_NOTE[input.state]} (${input.reason})`
      : note`${person.name}: ${STATE_NOTE[row.state]} → ${STATE_NOTE[input.state]}`,
    row.event_id,
  );
  rec.update('signups', row.id, {
    state: input.state,
    state_reason: input.reason,
    updated_at: ctx.now().toISOString(),
  });
  return signupsGet(ctx, { id: row.id });
}

export function signupsDelete(ctx: CoreContext, input: { id: number }): { id: number } {
  const row = getSignupRow(ctx.db, input.id);
  if (!row) throw notFound(t('påmeldingen'), input.id);
  const person = getPersonRow(ctx.db, row.person_id)!;
  const rec = new ChangeRecorder(ctx.db, 'signups:delete', note`Slettet påmeldingen til ${person.name}`, row.event_id);
  rec.remove('signups', row.id);
  return { id: row.id };
}
