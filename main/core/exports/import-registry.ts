import { domain as domainSchema, email as emailSchema } from '../../api/fields';
import type { OrgKind } from '../../api/types';
import type { ChangeRecorder, SqlValue } from '../../db/changes';
import { orgsForMatching, regionMemberRows, themesForMatching, type MatchOrgRow } from '../../db/repos/exports';
import type { CoreContext } from '../context';
import { msg, t } from '../i18n';
import { OrgMatcher, finish, key, padNumber, type PlannedRow } from './import-common';
import { KIND_WORDS, inEveryLanguage } from './labels';
import { parseYesNo, rowValues, splitList, type Mapping } from './mapping';
import type { RawCell } from './sheetread';

// The registry from sheets: organisations (counties, municipalities, others, with e-mail domains
// and central mailboxes) and regions (with their municipalities and theme). Organisations are
// matched by kind and number, else kind and name; regions by name. Empty cells never wipe what
// the registry already holds.

const KINDS: Record<string, OrgKind> = {
  fylkeskommune: 'county',
  fylke: 'county',
  county: 'county',
  kommune: 'municipality',
  municipality: 'municipality',
  byregion: 'region',
  region: 'region',
  annen: 'other',
  annet: 'other',
  other: 'other',
  organisasjon: 'other',
  anna: 'other',
  'city region': 'region',
};
// And the kinds as our own lists write them, in any of the languages.
for (const [code, word] of Object.entries(KIND_WORDS) as [OrgKind, () => string][]) for (const label of inEveryLanguage(word)) KINDS[key(label)] ??= code;

function parseDomains(s: string, problems: string[]): string[] | null {
  if (!s.trim()) return null;
  const out: string[] = [];
  for (const d of s.split(/[,;\s]+/).filter(Boolean)) {
    const r = domainSchema.safeParse(d.replace(/^@/, ''));
    if (r.success) out.push(r.data);
    else problems.push(msg`Ugyldig e-postdomene «${d}» (skriv f.eks. hfk.no).`);
  }
  return [...new Set(out)];
}

function parseMailbox(s: string, problems: string[]): string | null {
  if (!s.trim()) return null;
  const r = emailSchema.safeParse(s);
  if (r.success) return r.data;
  problems.push(msg`Ugyldig postmottak «${s}». Skriv det som postmottak@kommune.no.`);
  return null;
}

export interface OrgData {
  columns: Record<string, SqlValue>;
  name: string;
  kind: OrgKind;
}

export function planOrganisations(ctx: CoreContext, mapping: Mapping, rows: RawCell[][]): PlannedRow<OrgData>[] {
  const orgs = new OrgMatcher(orgsForMatching(ctx.db));
  const seen = new Map<string, number>();
  return rows.map((cells, i) => {
    const row = i + 2;
    const { text: v } = rowValues('organisations', mapping, cells);
    const problems: string[] = [];
    const notes: string[] = [];
    const name = v.name.replace(/\s+/g, ' ').trim();
    if (!name) problems.push(t('Mangler navn.'));
    let kind: OrgKind | undefined;
    if (v.kind) {
      kind = KINDS[key(v.kind)];
      if (!kind) problems.push(msg`Ukjent type «${v.kind}». Bruk fylkeskommune, kommune, byregion eller annen.`);
    } else {
      const n = v.number.replace(/\.0+$/, '');
      kind = /^\d{1,2}$/.test(n) ? 'county' : /^\d{3,4}$/.test(n) ? 'municipality' : /fylkeskommune$/i.test(name) ? 'county' : / kommune$/i.test(name) ? 'municipality' : 'other';
      notes.push(
        kind === 'county'
          ? t('Type ikke oppgitt; tolket som fylkeskommune.')
          : kind === 'municipality'
            ? t('Type ikke oppgitt; tolket som kommune.')
            : t('Type ikke oppgitt; tolket som annen organisasjon.'),
      );
    }
    const k = kind ?? 'other';
    const number = v.number ? padNumber(v.number, k) : null;
    if (number && k === 'county' && !/^\d{2}$/.test(number)) problems.push(msg`Fylkesnummer må være to sifre, ikke «${v.number}».`);
    if (number && k === 'municipality' && !/^\d{4}$/.test(number)) problems.push(msg`Kommunenummer må være fire sifre, ikke «${v.number}».`);

    const cols: Record<string, SqlValue> = { kind: k, name };
    if (number) cols.number = number;
    if (v.shortName) cols.short_name = v.shortName;
    if (v.administration) cols.administration = v.administration;
    if (v.notes) cols.notes = v.notes;
    const domains = parseDomains(v.domains, problems);
    if (domains) cols.email_domains = JSON.stringify(domains);
    const mailbox = parseMailbox(v.postmottak, problems);
    if (mailbox) cols.postmottak = mailbox;
    if (v.county) {
      const county = /^\d+$/.test(v.county) ? orgs.byNumber('county', v.county) : orgs.named('county', v.county);
      if (county) cols.county_id = county.id;
      else problems.push(msg`Fant ikke fylket «${v.county}».`);
    }

    const id = `${k}:${number ?? key(name)}`;
    const first = seen.get(id);
    if (first !== undefined) problems.push(msg`Samme organisasjon som rad ${first}.`);
    else seen.set(id, row);
    const match: MatchOrgRow | undefined = (number ? orgs.byNumber(k, number) : undefined) ?? (name ? orgs.named(k, name) : undefined);
    return finish<OrgData>({ row, label: name || msg`Rad ${row}`, values: v, problems, notes, data: { columns: cols, name, kind: k }, existingId: match?.id ?? null });
  });
}

export function commitOrganisations(ctx: CoreContext, rec: ChangeRecorder, rows: PlannedRow<OrgData>[]): { created: number; updated: number } {
  const stamp = ctx.now().toISOString();
  let created = 0;
  let updated = 0;
  for (const r of rows) {
    if (!r.data || r.action === 'invalid') continue;
    if (r.existingId !== null) {
      if (rec.update('organisations', r.existingId, r.data.columns)) rec.update('organisations', r.existingId, { updated_at: stamp });
      updated++;
    } else {
      rec.insert('organisations', { ...r.data.columns, source: 'Regneark', created_at: stamp, updated_at: stamp });
      created++;
    }
  }
  return { created, updated };
}

export interface RegionData {
  name: string;
  columns: Record<string, SqlValue>;
  theme: string | null;
  /** Member municipalities when the sheet lists them; null leaves the members as they are. */
  members: number[] | null;
}

export function planRegions(ctx: CoreContext, mapping: Mapping, rows: RawCell[][]): PlannedRow<RegionData>[] {
  const orgs = new OrgMatcher(orgsForMatching(ctx.db));
  const themes = new Set(themesForMatching(ctx.db).map((t) => key(t.name)));
  // One region may span several rows (one municipality per row): later rows add to the first.
  const byName = new Map<string, PlannedRow<RegionData>>();
  const out: PlannedRow<RegionData>[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2;
    const { text: v } = rowValues('regions', mapping, cells);
    const problems: string[] = [];
    const notes: string[] = [];
    const name = v.name.replace(/\s+/g, ' ').trim();
    if (!name) problems.push(t('Mangler navnet på byregionen.'));
    const members: number[] = [];
    for (const m of splitList(v.municipalities)) {
      const muni = /^\d{1,4}(\.0+)?$/.test(m) ? orgs.byNumber('municipality', m) : orgs.named('municipality', m);
      if (muni) members.push(muni.id);
      else problems.push(msg`Fant ikke kommunen «${m}» i registeret.`);
    }
    const cols: Record<string, SqlValue> = { kind: 'region', name };
    if (v.shortName) cols.short_name = v.shortName;
    if (v.notes) cols.notes = v.notes;
    const domains = parseDomains(v.domains, problems);
    if (domains) cols.email_domains = JSON.stringify(domains);
    const mailbox = parseMailbox(v.postmottak, problems);
    if (mailbox) cols.postmottak = mailbox;
    for (const [field, col] of [['phase1', 'phase1'], ['phase2', 'phase2']] as const) {
      if (!v[field]) continue;
      const yes = parseYesNo(v[field]);
      if (yes === null) problems.push(msg`Forstår ikke «${v[field]}» i ${field === 'phase1' ? t('Fase 1') : t('Fase 2')}. Skriv ja eller nei.`);
      else cols[col] = yes ? 1 : 0;
    }
    if (v.theme && !themes.has(key(v.theme))) notes.push(msg`Nytt tema: «${v.theme}».`);

    const earlier = name ? byName.get(key(name)) : undefined;
    if (earlier && earlier.data) {
      earlier.data.members = [...new Set([...(earlier.data.members ?? []), ...members])];
      Object.assign(earlier.data.columns, cols);
      if (v.theme) earlier.data.theme = v.theme;
      earlier.problems.push(...problems.map((p) => msg`Rad ${row}: ${p}`));
      earlier.notes.push(msg`Slått sammen med rad ${row}.`);
      earlier.values.municipalities = [earlier.values.municipalities, v.municipalities].filter(Boolean).join(', ');
      if (problems.length) Object.assign(earlier, { action: 'invalid' });
      return;
    }
    const match = name ? orgs.named('region', name) : undefined;
    const planned = finish<RegionData>({
      row,
      label: name || msg`Rad ${row}`,
      values: v,
      problems,
      notes,
      data: { name, columns: cols, theme: v.theme || null, members: mapping.municipalities === null || !v.municipalities ? null : members },
      existingId: match?.id ?? null,
    });
    if (name) byName.set(key(name), planned);
    out.push(planned);
  });
  return out;
}

export function commitRegions(ctx: CoreContext, rec: ChangeRecorder, rows: PlannedRow<RegionData>[]): { created: number; updated: number } {
  const stamp = ctx.now().toISOString();
  const themeIds = new Map(themesForMatching(ctx.db).map((t) => [key(t.name), t.id]));
  const counties = new Map(orgsForMatching(ctx.db).map((o) => [o.id, o.county_id]));
  let created = 0;
  let updated = 0;
  for (const r of rows) {
    const d = r.data;
    if (!d || r.action === 'invalid') continue;
    const cols = { ...d.columns };
    if (d.theme) {
      let t = themeIds.get(key(d.theme));
      if (t === undefined) {
        t = rec.insert('themes', { name: d.theme });
        themeIds.set(key(d.theme), t);
      }
      cols.theme_id = t;
    }
    // A region's county is its first member's, as in the built-in registry.
    const firstCounty = d.members?.map((m) => counties.get(m)).find((c) => c !== null && c !== undefined);
    if (firstCounty) cols.county_id = firstCounty;
    let regionId: number;
    if (r.existingId !== null) {
      regionId = r.existingId;
      if (rec.update('organisations', regionId, cols)) rec.update('organisations', regionId, { updated_at: stamp });
      updated++;
    } else {
      regionId = rec.insert('organisations', { ...cols, source: 'Regneark', created_at: stamp, updated_at: stamp });
      created++;
    }
    if (d.members) {
      const current = regionMemberRows(ctx.db, regionId);
      const want = new Set(d.members);
      for (const m of current) if (!want.has(m.municipality_id)) rec.remove('region_members', m.id);
      const have = new Set(current.map((m) => m.municipality_id));
      for (const m of d.members) if (!have.has(m)) rec.insert('region_members', { region_id: regionId, municipality_id: m });
    }
  }
  return { created, updated };
}
