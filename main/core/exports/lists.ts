import type { DietCode, Event } from '../../api/types';
import {
  chaseRows,
  countLunches,
  countOrgsOfKinds,
  countSignups,
  dietCounts,
  dietRows,
  fullSignupRows,
  listSessions,
  orgLabels,
  registryMemberships,
  registryOrgs,
  registryThemes,
  sessionMemberRows,
  sessionTitles,
  venueRows,
  type FullSignupRow,
  type OrgLabels,
  type SessionMemberRow,
} from '../../db/repos/exports';
import type { CoreContext } from '../context';
import { resolveEvent } from '../events';
import { splitName } from '../text';
import { DIET_CODES, DIET_LABELS_NB, KIND_LABELS_NB, SOURCE_LABELS_NB, STATE_LABELS_NB, dietLabels, yesNo } from './labels';
import { LIST_TITLES_NB, dateCell, utcToWall, type Cell, type Column, type ExportList, type ListPlan, type SheetPlan } from './plan';

// The five lists of issue #5, each defined once as a plan (plan.ts) that the .xlsx and CSV
// writers and the preview share.

const text = (header: string, maxWidth?: number): Column => ({ header, kind: 'text', ...(maxWidth ? { maxWidth } : {}) });
const num = (header: string): Column => ({ header, kind: 'number' });

function diets(json: string): DietCode[] {
  return JSON.parse(json) as DietCode[];
}

// The sign-up lists are read when their rows are written (rows() is lazy), each with its own
// query of just the columns it shows (main/db/repos/exports.ts); the organisations' names,
// counties and regions come from one small map per list rather than a join on every row.

type Orgs = Map<number, OrgLabels>;

function orgOf(orgs: Orgs, id: number | null): OrgLabels | undefined {
  return id === null ? undefined : orgs.get(id);
}

function base(event: Event, list: ExportList): Omit<ListPlan, 'sheets' | 'csv' | 'counts'> {
  return {
    list,
    title: LIST_TITLES_NB[list],
    eventTitle: event.title,
    eventShort: event.shortTitle ?? event.title,
    eventDate: event.startsAt.slice(0, 10),
  };
}

export function planList(ctx: CoreContext, list: ExportList, eventId?: number): ListPlan {
  const event = resolveEvent(ctx, eventId);
  switch (list) {
    case 'catering':
      return cateringPlan(ctx, event);
    case 'venue':
      return venuePlan(ctx, event);
    case 'sessions':
      return sessionsPlan(ctx, event);
    case 'chase':
      return chasePlan(ctx, event);
    case 'full':
      return fullPlan(ctx, event);
  }
}

/** For the caterer: how many lunches, how many of each diet, and who needs what. */
function cateringPlan(ctx: CoreContext, event: Event): ListPlan {
  const lunches = countLunches(ctx.db, event.id);
  const perDiet = new Map(dietCounts(ctx.db, event.id).map((d) => [d.code, d.n]));
  const needs = countSignups(ctx.db, event.id, { kind: 'needs' });
  const notes = countSignups(ctx.db, event.id, { kind: 'notes' });
  const dietLines: Cell[][] = DIET_CODES.filter((c) => (perDiet.get(c) ?? 0) > 0).map((c) => [DIET_LABELS_NB[c], perDiet.get(c) ?? 0, null]);
  const where = [event.venue, event.address, event.city].filter(Boolean).join(', ');
  const head: Cell[][] = [
    ['Samling', event.title, null],
    ['Dato', dateCell(event.startsAt, 'date'), `${event.startsAt.slice(11, 16)}–${event.endsAt.slice(11, 16)}`],
    ['Sted', where, null],
    ['Lunsjer i alt', lunches, 'Deltakere med plass som skal ha lunsj'],
  ];
  const summary: SheetPlan = {
    name: 'Sammendrag',
    columns: [text('Hva'), text('Verdi', 60), text('Merknad', 70)],
    count: head.length + dietLines.length + notes,
    rows: function* () {
      yield* head;
      yield* dietLines;
      const orgs = orgLabels(ctx.db);
      for (const [, name, organisationId, , dietNote] of dietRows(ctx.db, event.id, 'notes')) {
        const orgName = orgOf(orgs, organisationId)?.name;
        yield [`Merknad fra ${name}`, null, `${dietNote ?? ''}${orgName ? ` (${orgName})` : ''}`];
      }
    },
    landscape: false,
  };
  const detail: SheetPlan = {
    name: 'Allergier og hensyn',
    columns: [text('Navn'), text('Organisasjon'), text('Kosthold', 50), text('Merknad om mat', 70)],
    count: needs,
    rows: function* () {
      const orgs = orgLabels(ctx.db);
      for (const [, name, organisationId, dietCodes, dietNote] of dietRows(ctx.db, event.id, 'needs'))
        yield [name, orgOf(orgs, organisationId)?.name ?? null, dietLabels(diets(dietCodes)), dietNote];
    },
    landscape: false,
    filter: true,
  };
  return {
    ...base(event, 'catering'),
    sheets: [summary, detail],
    csv: detail,
    counts: [
      { label: 'Lunsjer', value: lunches },
      { label: 'Med allergier eller hensyn', value: needs },
      ...DIET_CODES.filter((c) => (perDiet.get(c) ?? 0) > 0).map((c) => ({ label: DIET_LABELS_NB[c], value: perDiet.get(c) ?? 0 })),
    ],
  };
}

/** For the venue's reception desk and name badges: everyone with a seat, by surname. */
function venuePlan(ctx: CoreContext, event: Event): ListPlan {
  const seated = countSignups(ctx.db, event.id, { kind: 'seated' });
  const sheet: SheetPlan = {
    name: 'Deltakere',
    columns: [
      text('Etternavn'),
      text('Fornavn'),
      text('Stilling', 40),
      text('Organisasjon', 40),
      text('Fylke'),
      text('Byregion', 40),
      text('Gruppesamling', 40),
      text('E-post'),
      text('Telefon'),
      { header: 'Møtt', kind: 'tick' },
    ],
    count: seated,
    rows: function* () {
      const orgs = orgLabels(ctx.db);
      const sessions = sessionTitles(ctx.db);
      for (const [, name, title, email, phone, organisationId, sessionId] of venueRows(ctx.db, event.id)) {
        const { given, surname } = splitName(name);
        const org = orgOf(orgs, organisationId);
        const session = sessionId === null ? null : (sessions.get(sessionId) ?? null);
        yield [surname, given, title, org?.name ?? null, org?.county_name ?? null, org?.region_names ?? null, session, email, phone, null];
      }
    },
    landscape: true,
    rowHeight: 20,
    filter: true,
  };
  return { ...base(event, 'venue'), sheets: [sheet], csv: sheet, counts: [{ label: 'Deltakere med plass', value: seated }] };
}

const sessionColumns: Column[] = [text('Navn'), text('Stilling', 40), text('Organisasjon', 40), text('Fylke'), text('E-post'), { header: 'Møtt', kind: 'tick' }];

function sessionRow(orgs: Orgs, [, name, title, email, organisationId]: SessionMemberRow): Cell[] {
  const org = orgOf(orgs, organisationId);
  return [name, title, org?.name ?? null, org?.county_name ?? null, email, null];
}

/** The seated people of one group session (or, with null, those without one) as sessionColumns. */
function sessionRows(ctx: CoreContext, event: Event, sessionId: number | null): () => Iterable<Cell[]> {
  return function* () {
    const orgs = orgLabels(ctx.db);
    for (const r of sessionMemberRows(ctx.db, event.id, sessionId)) yield sessionRow(orgs, r);
  };
}

/** One sheet per group session with its room, capacity and participants. */
function sessionsPlan(ctx: CoreContext, event: Event): ListPlan {
  const sessions = listSessions(ctx.db, event.id);
  const without = countSignups(ctx.db, event.id, { kind: 'nosession' });
  const sheets: SheetPlan[] = sessions.map((s) => ({
    name: s.title,
    preamble: [
      ['Gruppesamling', s.title],
      ['Rom', s.room || 'Ikke satt'],
      ['Tid', s.starts_at ? `${s.starts_at.slice(11, 16)}${s.ends_at ? '–' + s.ends_at.slice(11, 16) : ''}` : 'Ikke satt'],
      ['Kapasitet', s.capacity ?? 'Ubegrenset'],
      ['Påmeldt', s.seated],
      ...(s.theme_name ? [['Tema', s.theme_name] as Cell[]] : []),
    ],
    columns: sessionColumns,
    count: s.seated,
    rows: sessionRows(ctx, event, s.id),
    landscape: false,
    filter: true,
  }));
  if (without > 0 || sheets.length === 0)
    sheets.push({
      name: 'Uten gruppesamling',
      preamble: [['Deltakere med plass som ikke er satt på en gruppesamling'], ['Påmeldt', without]],
      columns: sessionColumns,
      count: without,
      rows: sessionRows(ctx, event, null),
      landscape: false,
      filter: true,
    });
  const flat: SheetPlan = {
    name: 'Gruppesamlinger',
    columns: [text('Gruppesamling', 40), text('Rom'), num('Kapasitet'), ...sessionColumns.slice(0, 5)],
    count: sessions.reduce((n, s) => n + s.seated, 0) + without,
    rows: function* () {
      const orgs = orgLabels(ctx.db);
      for (const s of sessions)
        for (const r of sessionMemberRows(ctx.db, event.id, s.id)) yield [s.title, s.room || null, s.capacity, ...sessionRow(orgs, r).slice(0, 5)];
      for (const r of sessionMemberRows(ctx.db, event.id, null)) yield ['Uten gruppesamling', null, null, ...sessionRow(orgs, r).slice(0, 5)];
    },
    landscape: true,
    filter: true,
  };
  return {
    ...base(event, 'sessions'),
    sheets,
    csv: flat,
    counts: [
      { label: 'Gruppesamlinger', value: sessions.length },
      { label: 'Deltakere på gruppesamling', value: flat.count - without },
      { label: 'Uten gruppesamling', value: without },
    ],
  };
}

/** Who holds a seat by the rules but has not signed anyone up, with the mailbox to write to. */
function chasePlan(ctx: CoreContext, event: Event): ListPlan {
  const kinds: ('county' | 'region')[] = ['county'];
  const regionSeats = event.seatRules.region;
  if (regionSeats !== undefined && regionSeats !== null && regionSeats > 0) kinds.push('region');
  const rows = chaseRows(ctx.db, event.id, kinds);
  const total = countOrgsOfKinds(ctx.db, kinds);
  const sheet: SheetPlan = {
    name: 'Purreliste',
    columns: [text('Type'), text('Nummer'), text('Navn', 40), text('Postmottak', 60), text('Status', 40), text('E-postdomene')],
    count: rows.length,
    rows: () =>
      rows.map((r) => [
        KIND_LABELS_NB[r.kind],
        r.number,
        r.kind === 'county' ? (r.administration ?? r.name) : r.name,
        r.postmottak ?? r.member_mailboxes,
        r.waiting > 0 ? `Bare på venteliste (${r.waiting})` : r.cancelled > 0 ? 'Avmeldt eller avvist' : 'Ingen påmelding',
        (JSON.parse(r.email_domains) as string[]).join(', ') || null,
      ]),
    landscape: true,
    filter: true,
  };
  return {
    ...base(event, 'chase'),
    sheets: [sheet],
    csv: sheet,
    counts: [
      { label: 'Mangler deltaker', value: rows.length },
      { label: 'Av i alt', value: total },
    ],
  };
}

const fullColumns: Column[] = [
  num('Id'),
  text('Navn'),
  text('E-post'),
  text('Telefon'),
  text('Stilling', 40),
  text('Organisasjon', 40),
  text('Organisasjonstype'),
  text('Org.nummer'),
  text('Fylke'),
  text('Byregion', 40),
  text('Status'),
  { header: 'Mottatt', kind: 'datetime' },
  text('Etter fristen'),
  text('Godtatt etter fristen'),
  text('Kilde'),
  text('Lunsj'),
  text('Kosthold', 50),
  text('Kostholdskoder', 40),
  text('Merknad om mat', 60),
  text('Gruppesamling', 40),
  text('Begrunnelse for status', 60),
  text('Merknad', 60),
  { header: 'Opprettet', kind: 'datetime' },
  { header: 'Sist endret', kind: 'datetime' },
];

function fullRow(orgs: Orgs, sessions: Map<number, string>, r: FullSignupRow): Cell[] {
  const [
    ,
    id, name, email, phone, title, organisationId, sessionId, state, receivedAt, late,
    lateAccepted, source, lunch, dietCodes, dietNote, stateReason, notes, createdAt, updatedAt,
  ] = r;
  const d = diets(dietCodes);
  const org = orgOf(orgs, organisationId);
  return [
    id,
    name,
    email,
    phone,
    title,
    org?.name ?? null,
    org ? KIND_LABELS_NB[org.kind] : null,
    org?.number ?? null,
    org?.county_name ?? null,
    org?.region_names ?? null,
    STATE_LABELS_NB[state],
    dateCell(receivedAt, 'datetime'),
    yesNo(late === 1),
    yesNo(lateAccepted === 1),
    SOURCE_LABELS_NB[source],
    yesNo(lunch === 1),
    dietLabels(d) || null,
    d.join(', ') || null,
    dietNote,
    sessionId === null ? null : (sessions.get(sessionId) ?? null),
    stateReason,
    notes,
    dateCell(utcToWall(createdAt), 'datetime'),
    dateCell(utcToWall(updatedAt), 'datetime'),
  ];
}

/** Everything, for the archive: every sign-up in every state, the registry and the sessions. */
function fullPlan(ctx: CoreContext, event: Event): ListPlan {
  const all = countSignups(ctx.db, event.id, { kind: 'all' });
  const signups: SheetPlan = {
    name: 'Påmeldinger',
    columns: fullColumns,
    count: all,
    rows: function* () {
      const orgs = orgLabels(ctx.db);
      const titles = sessionTitles(ctx.db);
      for (const r of fullSignupRows(ctx.db, event.id)) yield fullRow(orgs, titles, r);
    },
    landscape: true,
    filter: true,
  };
  const orgs = registryOrgs(ctx.db);
  const members = registryMemberships(ctx.db);
  const themes = registryThemes(ctx.db);
  const sessions = listSessions(ctx.db, event.id);
  const info: Cell[][] = [
    ['Tittel', event.title],
    ['Kort tittel', event.shortTitle],
    ['Start', dateCell(event.startsAt, 'datetime')],
    ['Slutt', dateCell(event.endsAt, 'datetime')],
    ['Sted', [event.venue, event.address, event.city].filter(Boolean).join(', ')],
    ['Påmeldingsfrist', dateCell(event.deadline, 'date')],
    ['Kapasitet', event.capacity],
    ['Lunsj', yesNo(event.lunch)],
    ['Plasser per fylkeskommune', event.seatRules.county ?? null],
    ['Plasser per byregion', event.seatRules.region ?? null],
    ['Arrangør', [event.organiserOrg, event.organiserName, event.organiserEmail].filter(Boolean).join(', ')],
    ['Eksportert', dateCell(utcToWall(ctx.now().toISOString()), 'datetime')],
  ];
  return {
    ...base(event, 'full'),
    sheets: [
      signups,
      {
        name: 'Organisasjoner',
        columns: [
          text('Type'),
          text('Nummer'),
          text('Navn', 40),
          text('Kortnavn'),
          text('Administrasjon', 40),
          text('Fylke'),
          text('E-postdomener', 40),
          text('Postmottak', 40),
          text('Tema', 60),
          text('Fase 1'),
          text('Fase 2'),
          text('Kilde', 40),
          text('Merknad', 60),
        ],
        count: orgs.length,
        rows: () =>
          orgs.map((o) => [
            KIND_LABELS_NB[o.kind],
            o.number,
            o.name,
            o.short_name,
            o.administration,
            o.county_name,
            (JSON.parse(o.email_domains) as string[]).join(', ') || null,
            o.postmottak,
            o.theme_name,
            yesNo(o.phase1 === 1),
            yesNo(o.phase2 === 1),
            o.source,
            o.notes,
          ]),
        landscape: true,
        filter: true,
      },
      {
        name: 'Byregioner og kommuner',
        columns: [text('Byregion', 40), text('Kommune'), text('Kommunenummer'), text('Fylke')],
        count: members.length,
        rows: () => members.map((m) => [m.region, m.municipality, m.number, m.county]),
        landscape: false,
        filter: true,
      },
      {
        name: 'Temaer',
        columns: [text('Tema', 60), text('Beskrivelse', 60), text('Byregioner', 60)],
        count: themes.length,
        rows: () => themes.map((t) => [t.name, t.description, t.regions]),
        landscape: true,
        filter: true,
      },
      {
        name: 'Gruppesamlinger',
        columns: [text('Tittel', 40), text('Tema', 40), text('Rom'), num('Kapasitet'), { header: 'Start', kind: 'datetime' }, num('Påmeldt')],
        count: sessions.length,
        rows: () => sessions.map((s) => [s.title, s.theme_name, s.room || null, s.capacity, dateCell(s.starts_at, 'datetime'), s.seated]),
        landscape: false,
        filter: true,
      },
      { name: 'Samling', columns: [text('Felt'), text('Verdi', 80)], count: info.length, rows: () => info, landscape: false },
    ],
    csv: signups,
    counts: [
      { label: 'Påmeldinger', value: all },
      { label: 'Organisasjoner', value: orgs.length },
      { label: 'Gruppesamlinger', value: sessions.length },
    ],
  };
}
