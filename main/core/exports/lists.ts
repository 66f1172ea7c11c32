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
import { msg, t } from '../i18n';
import { DIET_CODES, dietLabels, listWords, yesNo, type ListWords } from './labels';
import { LIST_TITLES, dateCell, utcToWall, type Cell, type Column, type ExportList, type ListPlan, type SheetPlan } from './plan';

// The five lists of issue #5, each defined once as a plan (plan.ts) that the .xlsx and CSV
// writers and the preview share. Every word of a list (sheet names, headers, labels, values such
// as Ja/Nei and the diet labels) is rendered in the current language when the list is planned;
// dates and numbers keep their Norwegian forms (24.09.2015) in every language.

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
    title: LIST_TITLES[list](),
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
  const w = listWords();
  const dietLines: Cell[][] = DIET_CODES.filter((c) => (perDiet.get(c) ?? 0) > 0).map((c) => [w.diet[c], perDiet.get(c) ?? 0, null]);
  const where = [event.venue, event.address, event.city].filter(Boolean).join(', ');
  const head: Cell[][] = [
    [t('Samling'), event.title, null],
    [t('Dato'), dateCell(event.startsAt, 'date'), `${event.startsAt.slice(11, 16)}–${event.endsAt.slice(11, 16)}`],
    [t('Sted'), where, null],
    [t('Lunsjer i alt'), lunches, t('Deltakere med plass som skal ha lunsj')],
  ];
  const summary: SheetPlan = {
    name: t('Sammendrag'),
    columns: [text(t('Hva')), text(t('Verdi'), 60), text(t('Merknad'), 70)],
    count: head.length + dietLines.length + notes,
    rows: function* () {
      yield* head;
      yield* dietLines;
      const orgs = orgLabels(ctx.db);
      for (const [, name, organisationId, , dietNote] of dietRows(ctx.db, event.id, 'notes')) {
        const orgName = orgOf(orgs, organisationId)?.name;
        yield [msg`Merknad fra ${name}`, null, `${dietNote ?? ''}${orgName ? ` (${orgName})` : ''}`];
      }
    },
    landscape: false,
  };
  const detail: SheetPlan = {
    name: t('Allergier og hensyn'),
    columns: [text(t('Navn')), text(t('Organisasjon')), text(t('Kosthold'), 50), text(t('Merknad om mat'), 70)],
    count: needs,
    rows: function* () {
      const orgs = orgLabels(ctx.db);
      for (const [, name, organisationId, dietCodes, dietNote] of dietRows(ctx.db, event.id, 'needs'))
        yield [name, orgOf(orgs, organisationId)?.name ?? null, dietLabels(w, diets(dietCodes)), dietNote];
    },
    landscape: false,
    filter: true,
  };
  return {
    ...base(event, 'catering'),
    sheets: [summary, detail],
    csv: detail,
    counts: [
      { label: t('Lunsjer'), value: lunches },
      { label: t('Med allergier eller hensyn'), value: needs },
      ...DIET_CODES.filter((c) => (perDiet.get(c) ?? 0) > 0).map((c) => ({ label: w.diet[c], value: perDiet.get(c) ?? 0 })),
    ],
  };
}

/** For the venue's reception desk and name badges: everyone with a seat, by surname. */
function venuePlan(ctx: CoreContext, event: Event): ListPlan {
  const seated = countSignups(ctx.db, event.id, { kind: 'seated' });
  const sheet: SheetPlan = {
    name: t('Deltakere'),
    columns: [
      text(t('Etternavn')),
      text(t('Fornavn')),
      text(t('Stilling'), 40),
      text(t('Organisasjon'), 40),
      text(t('Fylke')),
      text(t('Byregion'), 40),
      text(t('Gruppesamling'), 40),
      text(t('E-post')),
      text(t('Telefon')),
      { header: t('Møtt'), kind: 'tick' },
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
  return { ...base(event, 'venue'), sheets: [sheet], csv: sheet, counts: [{ label: t('Deltakere med plass'), value: seated }] };
}

const sessionColumns = (): Column[] => [text(t('Navn')), text(t('Stilling'), 40), text(t('Organisasjon'), 40), text(t('Fylke')), text(t('E-post')), { header: t('Møtt'), kind: 'tick' }];

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
  const columns = sessionColumns();
  const noSession = t('Uten gruppesamling');
  const sheets: SheetPlan[] = sessions.map((s) => ({
    name: s.title,
    preamble: [
      [t('Gruppesamling'), s.title],
      [t('Rom'), s.room || t('Ikke satt')],
      [t('Tid'), s.starts_at ? `${s.starts_at.slice(11, 16)}${s.ends_at ? '–' + s.ends_at.slice(11, 16) : ''}` : t('Ikke satt')],
      [t('Kapasitet'), s.capacity ?? t('Ubegrenset')],
      [t('Påmeldt'), s.seated],
      ...(s.theme_name ? [[t('Tema'), s.theme_name] as Cell[]] : []),
    ],
    columns,
    count: s.seated,
    rows: sessionRows(ctx, event, s.id),
    landscape: false,
    filter: true,
  }));
  if (without > 0 || sheets.length === 0)
    sheets.push({
      name: noSession,
      preamble: [[t('Deltakere med plass som ikke er satt på en gruppesamling')], [t('Påmeldt'), without]],
      columns,
      count: without,
      rows: sessionRows(ctx, event, null),
      landscape: false,
      filter: true,
    });
  const flat: SheetPlan = {
    name: t('Gruppesamlinger'),
    columns: [text(t('Gruppesamling'), 40), text(t('Rom')), num(t('Kapasitet')), ...columns.slice(0, 5)],
    count: sessions.reduce((n, s) => n + s.seated, 0) + without,
    rows: function* () {
      const orgs = orgLabels(ctx.db);
      for (const s of sessions)
        for (const r of sessionMemberRows(ctx.db, event.id, s.id)) yield [s.title, s.room || null, s.capacity, ...sessionRow(orgs, r).slice(0, 5)];
      for (const r of sessionMemberRows(ctx.db, event.id, null)) yield [noSession, null, null, ...sessionRow(orgs, r).slice(0, 5)];
    },
    landscape: true,
    filter: true,
  };
  return {
    ...base(event, 'sessions'),
    sheets,
    csv: flat,
    counts: [
      { label: t('Gruppesamlinger'), value: sessions.length },
      { label: t('Deltakere på gruppesamling'), value: flat.count - without },
      { label: noSession, value: without },
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
  const w = listWords();
  const cancelled = t('Avmeldt eller avvist');
  const none = t('Ingen påmelding');
  const sheet: SheetPlan = {
    name: t('Purreliste'),
    columns: [text(t('Type')), text(t('Nummer')), text(t('Navn'), 40), text(t('Postmottak'), 60), text(t('Status'), 40), text(t('E-postdomene'))],
    count: rows.length,
    rows: () =>
      rows.map((r) => [
        w.kind[r.kind],
        r.number,
        r.kind === 'county' ? (r.administration ?? r.name) : r.name,
        r.postmottak ?? r.member_mailboxes,
        r.waiting > 0 ? msg`Bare på venteliste (${r.waiting})` : r.cancelled > 0 ? cancelled : none,
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
      { label: t('Mangler deltaker'), value: rows.length },
      { label: t('Av i alt'), value: total },
    ],
  };
}

const fullColumns = (): Column[] => [
  num(t('Id')),
  text(t('Navn')),
  text(t('E-post')),
  text(t('Telefon')),
  text(t('Stilling'), 40),
  text(t('Organisasjon'), 40),
  text(t('Organisasjonstype')),
  text(t('Org.nummer')),
  text(t('Fylke')),
  text(t('Byregion'), 40),
  text(t('Status')),
  { header: t('Mottatt'), kind: 'datetime' },
  text(t('Etter fristen')),
  text(t('Godtatt etter fristen')),
  text(t('Kilde')),
  text(t('Lunsj')),
  text(t('Kosthold'), 50),
  text(t('Kostholdskoder'), 40),
  text(t('Merknad om mat'), 60),
  text(t('Gruppesamling'), 40),
  text(t('Begrunnelse for status'), 60),
  text(t('Merknad'), 60),
  { header: t('Opprettet'), kind: 'datetime' },
  { header: t('Sist endret'), kind: 'datetime' },
];

function fullRow(w: ListWords, orgs: Orgs, sessions: Map<number, string>, r: FullSignupRow): Cell[] {
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
    org ? w.kind[org.kind] : null,
    org?.number ?? null,
    org?.county_name ?? null,
    org?.region_names ?? null,
    w.state[state],
    dateCell(receivedAt, 'datetime'),
    yesNo(w, late === 1),
    yesNo(w, lateAccepted === 1),
    w.source[source],
    yesNo(w, lunch === 1),
    dietLabels(w, d) || null,
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
  const w = listWords();
  const signups: SheetPlan = {
    name: t('Påmeldinger'),
    columns: fullColumns(),
    count: all,
    rows: function* () {
      const orgs = orgLabels(ctx.db);
      const titles = sessionTitles(ctx.db);
      for (const r of fullSignupRows(ctx.db, event.id)) yield fullRow(w, orgs, titles, r);
    },
    landscape: true,
    filter: true,
  };
  const orgs = registryOrgs(ctx.db);
  const members = registryMemberships(ctx.db);
  const themes = registryThemes(ctx.db);
  const sessions = listSessions(ctx.db, event.id);
  const info: Cell[][] = [
    [t('Tittel'), event.title],
    [t('Kort tittel'), event.shortTitle],
    [t('Start'), dateCell(event.startsAt, 'datetime')],
    [t('Slutt'), dateCell(event.endsAt, 'datetime')],
    [t('Sted'), [event.venue, event.address, event.city].filter(Boolean).join(', ')],
    [t('Påmeldingsfrist'), dateCell(event.deadline, 'date')],
    [t('Kapasitet'), event.capacity],
    [t('Lunsj'), yesNo(w, event.lunch)],
    [t('Plasser per fylkeskommune'), event.seatRules.county ?? null],
    [t('Plasser per byregion'), event.seatRules.region ?? null],
    [t('Arrangør'), [event.organiserOrg, event.organiserName, event.organiserEmail].filter(Boolean).join(', ')],
    [t('Eksportert'), dateCell(utcToWall(ctx.now().toISOString()), 'datetime')],
  ];
  return {
    ...base(event, 'full'),
    sheets: [
      signups,
      {
        name: t('Organisasjoner'),
        columns: [
          text(t('Type')),
          text(t('Nummer')),
          text(t('Navn'), 40),
          text(t('Kortnavn')),
          text(t('Administrasjon'), 40),
          text(t('Fylke')),
          text(t('E-postdomener'), 40),
          text(t('Postmottak'), 40),
          text(t('Tema'), 60),
          text(t('Fase 1')),
          text(t('Fase 2')),
          text(t('Kilde'), 40),
          text(t('Merknad'), 60),
        ],
        count: orgs.length,
        rows: () =>
          orgs.map((o) => [
            w.kind[o.kind],
            o.number,
            o.name,
            o.short_name,
            o.administration,
            o.county_name,
            (JSON.parse(o.email_domains) as string[]).join(', ') || null,
            o.postmottak,
            o.theme_name,
            yesNo(w, o.phase1 === 1),
            yesNo(w, o.phase2 === 1),
            o.source,
            o.notes,
          ]),
        landscape: true,
        filter: true,
      },
      {
        name: t('Byregioner og kommuner'),
        columns: [text(t('Byregion'), 40), text(t('Kommune')), text(t('Kommunenummer')), text(t('Fylke'))],
        count: members.length,
        rows: () => members.map((m) => [m.region, m.municipality, m.number, m.county]),
        landscape: false,
        filter: true,
      },
      {
        name: t('Temaer'),
        columns: [text(t('Tema'), 60), text(t('Beskrivelse'), 60), text(t('Byregioner'), 60)],
        count: themes.length,
        rows: () => themes.map((th) => [th.name, th.description, th.regions]),
        landscape: true,
        filter: true,
      },
      {
        name: t('Gruppesamlinger'),
        columns: [text(t('Tittel'), 40), text(t('Tema'), 40), text(t('Rom')), num(t('Kapasitet')), { header: t('Start'), kind: 'datetime' }, num(t('Påmeldt'))],
        count: sessions.length,
        rows: () => sessions.map((s) => [s.title, s.theme_name, s.room || null, s.capacity, dateCell(s.starts_at, 'datetime'), s.seated]),
        landscape: false,
        filter: true,
      },
      { name: t('Samling'), columns: [text(t('Felt')), text(t('Verdi'), 80)], count: info.length, rows: () => info, landscape: false },
    ],
    csv: signups,
    counts: [
      { label: t('Påmeldinger'), value: all },
      { label: t('Organisasjoner'), value: orgs.length },
      { label: t('Gruppesamlinger'), value: sessions.length },
    ],
  };
}
