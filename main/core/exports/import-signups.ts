import { email as emailSchema, phone as phoneSchema } from '../../api/fields';
import type { DietCode, Event, SignupState } from '../../api/types';
import type { ChangeRecorder, SqlValue } from '../../db/changes';
import { stmt } from '../../db/stmt';
import { listSessions, orgsForMatching, signupsForMatching } from '../../db/repos/exports';
import type { CoreContext } from '../context';
import { analyseDiets, sortDiets } from '../email/diets';
import { proposeState, SeatRowCache } from '../seats';
import { upsertPerson } from '../signups';
import { personSortKey } from '../text';
import { msg, t } from '../i18n';
import { osloWallTime } from '../time';
import { OrgMatcher, dietByLabel, finish, key, type PlannedRow } from './import-common';
import { parseWallTime, parseYesNo, rowValues, splitList, type Mapping } from './mapping';
import type { RawCell } from './sheetread';
import { STATE_WORDS, inEveryLanguage } from './labels';

// Sign-ups from a sheet (a web form's export, a colleague's list). People are matched by e-mail
// (they are remembered across events), else by name within the event; a row that matches an
// existing sign-up updates it, so importing the same file twice changes nothing the second time.

export interface SignupData {
  name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  organisationId: number | null;
  receivedAt: string;
  receivedGiven: boolean;
  lunch: boolean | null;
  diets: DietCode[] | null;
  dietNote: string | null;
  sessionId: number | null;
  state: SignupState | null;
  notes: string | null;
}

// The states as our own lists write them, in any of the languages (a list exported in nynorsk
// reads back in), and as codes.
const STATES: Record<string, SignupState> = {};
for (const [code, word] of Object.entries(STATE_WORDS) as [SignupState, () => string][]) {
  for (const label of inEveryLanguage(word)) STATES[key(label)] = code;
  STATES[code] = code;
}
Object.assign(STATES, { påmeldt: 'seated', plass: 'seated', venteliste: 'waiting', avbud: 'cancelled', avmeldt: 'cancelled' });

/** Diet text as people write it → codes, and the text kept as a note when it says more than codes. */
function readDiets(text: string): { codes: DietCode[]; note: string | null } {
  if (!text.trim()) return { codes: [], note: null };
  const parts = splitList(text);
  const byLabel = parts.map(dietByLabel);
  if (byLabel.every(Boolean)) return { codes: sortDiets(byLabel as DietCode[]), note: null };
  const a = analyseDiets(text, true);
  if (a.none) return { codes: [], note: null };
  // What is left when the diet words and list punctuation are taken out decides if a note is needed.
  let rest = text;
  for (const m of [...a.mentions].sort((x, y) => y.start - x.start)) rest = rest.slice(0, m.start) + rest.slice(m.end);
  const leftover = rest.replace(/[\s,.;:/&+-]|\bog\b|\band\b|allergi\w*|intoleran\w*|\bfri\b/giu, '');
  return { codes: sortDiets(a.codes), note: a.codes.length === 0 || leftover.length > 2 ? text.trim() : null };
}

export function planSignups(ctx: CoreContext, event: Event, mapping: Mapping, rows: RawCell[][]): PlannedRow<SignupData>[] {
  const orgs = new OrgMatcher(orgsForMatching(ctx.db));
  const sessions = listSessions(ctx.db, event.id);
  const existing = signupsForMatching(ctx.db, event.id);
  const byEmail = new Map(existing.filter((s) => s.email).map((s) => [s.email!.toLowerCase(), s]));
  // Rows without an e-mail are matched by name: the event's sign-ups by name key, in their order.
  const byName = new Map<string, typeof existing>();
  for (const s of existing) {
    const k = key(s.name);
    const list = byName.get(k);
    if (list) list.push(s);
    else byName.set(k, [s]);
  }
  const seenEmail = new Map<string, number>();
  const now = osloWallTime(ctx.now());

  return rows.map((cells, i) => {
    const row = i + 2;
    const { text: v, raw } = rowValues('signups', mapping, cells);
    const problems: string[] = [];
    const notes: string[] = [];
    const name = (v.name || [v.givenName, v.surname].filter(Boolean).join(' ')).replace(/\s+/g, ' ').trim();
    if (!name) problems.push(t('Mangler navn.'));
    else if (name.length > 200) problems.push(t('Navnet er lengre enn 200 tegn.'));

    let email: string | null = null;
    if (v.email) {
      const e = emailSchema.safeParse(v.email);
      if (e.success) email = e.data;
      else problems.push(msg`Ugyldig e-postadresse «${v.email}».`);
    } else notes.push(t('Mangler e-post; personen kjennes igjen på navn.'));
    if (email) {
      const first = seenEmail.get(email);
      if (first !== undefined) problems.push(msg`Samme e-postadresse som rad ${first}.`);
      else seenEmail.set(email, row);
    }

    let phone: string | null = null;
    if (v.phone) {
      const p = phoneSchema.safeParse(v.phone);
      if (p.success) phone = p.data;
      else notes.push(msg`Telefonnummeret «${v.phone}» ble ikke forstått og tas ikke med.`);
    }

    let organisationId: number | null = null;
    if (v.organisation) {
      const o = orgs.find(v.organisation);
      if (o) organisationId = o.id;
      else problems.push(msg`Fant ikke organisasjonen «${v.organisation}» i registeret. Rett navnet eller legg organisasjonen til først.`);
    } else if (email) {
      const o = orgs.byEmailDomain(email);
      if (o) {
        organisationId = o.id;
        notes.push(msg`Organisasjon funnet fra e-postdomenet: ${o.administration ?? o.name}.`);
      } else notes.push(t('Uten organisasjon.'));
    }

    let receivedAt = now;
    let receivedGiven = false;
    if (v.receivedAt) {
      const t = parseWallTime(raw.receivedAt ?? null);
      if (t) {
        receivedAt = t;
        receivedGiven = true;
      } else problems.push(msg`Forstår ikke tidspunktet «${v.receivedAt}». Skriv det som 24.08.2015 13:45.`);
    }

    let lunch: boolean | null = null;
    if (v.lunch) {
      lunch = parseYesNo(v.lunch);
      if (lunch === null) problems.push(msg`Forstår ikke «${v.lunch}» i lunsj-kolonnen. Skriv ja eller nei.`);
    }

    let diets: DietCode[] | null = null;
    let dietNote: string | null = v.dietNote || null;
    if (mapping.diets !== null && mapping.diets !== undefined) {
      const d = readDiets(v.diets);
      diets = d.codes;
      if (d.note) dietNote = dietNote ? `${d.note} ${dietNote}` : d.note;
    }

    let sessionId: number | null = null;
    if (v.session) {
      const s = sessions.find((x) => key(x.title) === key(v.session) || key(x.title).startsWith(key(v.session)));
      if (s) sessionId = s.id;
      else problems.push(msg`Fant ikke gruppesamlingen «${v.session}» i denne samlingen.`);
    }

    let state: SignupState | null = null;
    if (v.state) {
      state = STATES[key(v.state)] ?? null;
      if (!state) problems.push(msg`Ukjent status «${v.state}». Bruk har plass, venteliste, avmeldt eller avvist.`);
    }

    const match = email
      ? byEmail.get(email)
      : byName.get(key(name))?.find((s) => organisationId === null || s.organisation_id === organisationId);
    return finish<SignupData>({
      row,
      label: name || msg`Rad ${row}`,
      values: v,
      problems,
      notes,
      data: { name, email, phone, title: v.title || null, organisationId, receivedAt, receivedGiven, lunch, diets, dietNote, sessionId, state, notes: v.notes || null },
      existingId: match ? match.id : null,
    });
  });
}

export function commitSignups(ctx: CoreContext, rec: ChangeRecorder, event: Event, rows: PlannedRow<SignupData>[]): { created: number; updated: number } {
  let created = 0;
  let updated = 0;
  const stamp = ctx.now().toISOString();
  // The seat rules look at the sign-ups already there (proposeState). They are read once and kept
  // current through the recorder, which reports every row this import writes: reading them
  // again for each new row made a large sheet quadratic.
  const seats = new SeatRowCache(ctx.db);
  rec.onRow(seats.touched);
  // New sign-ups in the order they were received, so the first in line gets the seat.
  const ordered = [...rows].sort((a, b) => (a.data?.receivedAt ?? '').localeCompare(b.data?.receivedAt ?? '') || a.row - b.row);
  for (const r of ordered) {
    const d = r.data;
    if (!d || r.action === 'invalid') continue;
    if (r.existingId !== null) {
      const s = stmt(ctx.db, 'SELECT person_id FROM signups WHERE id = ?').get(r.existingId) as { person_id: number };
      const person: Record<string, SqlValue> = { name: d.name, sort_key: personSortKey(d.name) };
      if (d.phone) person.phone = d.phone;
      if (d.title) person.title = d.title;
      if (d.organisationId) person.organisation_id = d.organisationId;
      if (rec.update('people', s.person_id, person)) rec.update('people', s.person_id, { updated_at: stamp });
      const patch: Record<string, SqlValue> = {};
      if (d.organisationId !== null) patch.organisation_id = d.organisationId;
      if (d.receivedGiven) patch.received_at = d.receivedAt;
      if (d.lunch !== null) patch.lunch = d.lunch ? 1 : 0;
      if (d.diets !== null) patch.diets = JSON.stringify(d.diets);
      if (d.dietNote !== null) patch.diet_note = d.dietNote;
      if (d.sessionId !== null) patch.session_id = d.sessionId;
      if (d.state !== null) patch.state = d.state;
      if (d.notes !== null) patch.notes = d.notes;
      if (rec.update('signups', r.existingId, patch)) rec.update('signups', r.existingId, { updated_at: stamp });
      updated++;
      continue;
    }
    const personId = upsertPerson(ctx, rec, { name: d.name, email: d.email, phone: d.phone, title: d.title, organisationId: d.organisationId });
    rec.insert('signups', {
      event_id: event.id,
      person_id: personId,
      organisation_id: d.organisationId,
      state: d.state ?? proposeState(ctx.db, event, d.organisationId, d.receivedAt, null, seats),
      received_at: d.receivedAt,
      source: 'spreadsheet',
      lunch: d.lunch === false ? 0 : 1,
      diets: JSON.stringify(d.diets ?? []),
      diet_note: d.dietNote,
      session_id: d.sessionId,
      notes: d.notes,
      created_at: stamp,
      updated_at: stamp,
    });
    created++;
  }
  return { created, updated };
}
