import type { OpParsed } from '../api/contract';
import type { Organisation, OrganisationDetail, Theme } from '../api/types';
import { ChangeRecorder, type SqlValue } from '../db/changes';
import { getOrg, getOrgDetail, getOrgRow, getTheme, listOrgs, listThemes, orgUsage } from '../db/repos/orgs';
import type { CoreContext } from './context';
import { AppError, notFound } from './errors';
import { compareNb, nbSortKey } from './text';
import { msg, note, render, t, type Note } from './i18n';

export const KIND_NB = {
  county: 'fylkeskommune',
  region: 'byregion',
  municipality: 'kommune',
  other: 'organisasjon',
} as const;

/** The same words as KIND_NB, as notes: shown in the reader's language in messages and the log. */
const KIND_NOTE: Record<keyof typeof KIND_NB, Note> = {
  county: note`fylkeskommune`,
  region: note`byregion`,
  municipality: note`kommune`,
  other: note`organisasjon`,
};

export function orgsList(ctx: CoreContext, input: OpParsed<'orgs:list'>): Organisation[] {
  let rows = listOrgs(ctx.db, input);
  if (input.q) {
    // Matched here with Norwegian case folding (SQLite's LIKE folds only ASCII).
    const key = nbSortKey(input.q);
    rows = rows.filter((o) =>
      [o.name, o.shortName, o.number, o.administration, o.countyName, ...o.emailDomains].some((v) => v && nbSortKey(v).includes(key)),
    );
  }
  // Counties and municipalities by number (the order every Norwegian list uses); others by name.
  return rows.sort((a, b) =>
    a.kind !== b.kind
      ? a.kind.localeCompare(b.kind)
      : a.number && b.number
        ? a.number.localeCompare(b.number)
        : compareNb(a.name, b.name),
  );
}

export function orgsGet(ctx: CoreContext, input: { id: number }): OrganisationDetail {
  const org = getOrgDetail(ctx.db, input.id);
  if (!org) throw notFound(t('organisasjonen'), input.id);
  return org;
}

type OrgInput = Partial<OpParsed<'orgs:create'>>;

function validate(ctx: CoreContext, input: OrgInput, kind: Organisation['kind']): void {
  if (input.number) {
    if (kind === 'county' && !/^\d{2}$/.test(input.number))
      throw new AppError('invalid_input', t('Fylkesnummer må være to sifre, f.eks. 06.'), { number: t('Fylkesnummer må være to sifre.') });
    if (kind === 'municipality' && !/^\d{4}$/.test(input.number))
      throw new AppError('invalid_input', t('Kommunenummer må være fire sifre, f.eks. 0602.'), {
        number: t('Kommunenummer må være fire sifre.'),
      });
  }
  if (input.countyId) {
    const county = getOrgRow(ctx.db, input.countyId);
    if (!county || county.kind !== 'county')
      throw new AppError('invalid_input', t('Fylket som er valgt, finnes ikke.'), { countyId: t('Velg et fylke fra listen.') });
  }
  if (input.themeId && !getTheme(ctx.db, input.themeId))
    throw new AppError('invalid_input', t('Temaet som er valgt, finnes ikke.'), { themeId: t('Velg et tema fra listen.') });
}

function toColumns(input: OrgInput): Record<string, SqlValue> {
  const c: Record<string, SqlValue> = {};
  const set = (k: string, v: SqlValue | undefined) => {
    if (v !== undefined) c[k] = v;
  };
  set('kind', input.kind);
  set('name', input.name);
  set('short_name', input.shortName);
  set('number', input.number);
  set('administration', input.administration);
  set('county_id', input.countyId);
  set('email_domains', input.emailDomains && JSON.stringify([...new Set(input.emailDomains)]));
  set('postmottak', input.postmottak);
  set('theme_id', input.themeId);
  set('phase1', input.phase1 === undefined ? undefined : input.phase1 ? 1 : 0);
  set('phase2', input.phase2 === undefined ? undefined : input.phase2 ? 1 : 0);
  set('notes', input.notes);
  return c;
}

function uniqueGuard<T>(kind: keyof typeof KIND_NB, fn: () => T): T {
  const kindWord = render(KIND_NOTE[kind]);
  try {
    return fn();
  } catch (e) {
    if (e instanceof Error && /UNIQUE constraint failed: organisations\.kind, organisations\.number/.test(e.message))
      throw new AppError('duplicate', msg`Det finnes allerede en ${kindWord} med dette nummeret.`, { number: t('Nummeret er i bruk.') });
    if (e instanceof Error && /UNIQUE constraint failed: organisations\.kind, organisations\.name/.test(e.message))
      throw new AppError('duplicate', msg`Det finnes allerede en ${kindWord} med dette navnet.`, { name: t('Navnet er i bruk.') });
    throw e;
  }
}

export function orgsCreate(ctx: CoreContext, input: OpParsed<'orgs:create'>): Organisation {
  validate(ctx, input, input.kind);
  const now = ctx.now().toISOString();
  const rec = new ChangeRecorder(ctx.db, 'orgs:create', note`Opprettet ${KIND_NOTE[input.kind]} «${input.name}»`);
  const id = uniqueGuard(input.kind, () =>
    rec.insert('organisations', { ...toColumns(input), created_at: now, updated_at: now }),
  );
  return getOrg(ctx.db, id)!;
}

export function orgsUpdate(ctx: CoreContext, input: OpParsed<'orgs:update'>): Organisation {
  const before = getOrgRow(ctx.db, input.id);
  if (!before) throw notFound(t('organisasjonen'), input.id);
  const kind = input.kind ?? before.kind;
  if (input.kind && input.kind !== before.kind) {
    const usage = orgUsage(ctx.db, before.id);
    if (usage.municipalities + usage.regionMembers > 0)
      throw new AppError('in_use', msg`«${before.name}» har medlemmer og kan ikke bytte type.`, { kind: t('Kan ikke endres nå.') });
  }
  validate(ctx, input, kind);
  const rec = new ChangeRecorder(ctx.db, 'orgs:update', note`Endret ${KIND_NOTE[kind]} «${input.name ?? before.name}»`);
  uniqueGuard(kind, () =>
    rec.update('organisations', before.id, { ...toColumns(input), updated_at: ctx.now().toISOString() }),
  );
  return getOrg(ctx.db, before.id)!;
}

export function orgsDelete(ctx: CoreContext, input: { id: number }): { id: number } {
  const before = getOrgRow(ctx.db, input.id);
  if (!before) throw notFound(t('organisasjonen'), input.id);
  const u = orgUsage(ctx.db, before.id);
  const uses: string[] = [];
  if (u.signups) uses.push(u.signups === 1 ? msg`${u.signups} påmelding` : msg`${u.signups} påmeldinger`);
  if (u.people) uses.push(u.people === 1 ? msg`${u.people} person` : msg`${u.people} personer`);
  if (u.municipalities) uses.push(u.municipalities === 1 ? msg`${u.municipalities} kommune` : msg`${u.municipalities} kommuner`);
  if (u.regionMembers) uses.push(msg`${u.regionMembers} byregionmedlemskap`);
  if (uses.length)
    throw new AppError('in_use', msg`«${before.name}» er i bruk (${uses.join(', ')}) og kan ikke slettes. Fjern koblingene først.`);
  const rec = new ChangeRecorder(ctx.db, 'orgs:delete', note`Slettet ${KIND_NOTE[before.kind]} «${before.name}»`);
  rec.remove('organisations', before.id);
  return { id: before.id };
}

function memberPair(ctx: CoreContext, regionId: number, municipalityId: number) {
  const region = getOrgRow(ctx.db, regionId);
  if (!region || region.kind !== 'region')
    throw new AppError('invalid_input', t('Byregionen finnes ikke.'), { regionId: t('Velg en byregion.') });
  const muni = getOrgRow(ctx.db, municipalityId);
  if (!muni || muni.kind !== 'municipality')
    throw new AppError('invalid_input', t('Kommunen finnes ikke.'), { municipalityId: t('Velg en kommune.') });
  return { region, muni };
}

export function regionsAddMember(ctx: CoreContext, input: OpParsed<'regions:addMember'>): OrganisationDetail {
  const { region, muni } = memberPair(ctx, input.regionId, input.municipalityId);
  const exists = ctx.db
    .prepare('SELECT id FROM region_members WHERE region_id = ? AND municipality_id = ?')
    .get(region.id, muni.id);
  if (exists) throw new AppError('duplicate', msg`${muni.name} er allerede med i ${region.name}.`);
  const rec = new ChangeRecorder(ctx.db, 'regions:addMember', note`La ${muni.name} til i ${region.name}`);
  rec.insert('region_members', { region_id: region.id, municipality_id: muni.id });
  return orgsGet(ctx, { id: region.id });
}

export function regionsRemoveMember(ctx: CoreContext, input: OpParsed<'regions:removeMember'>): OrganisationDetail {
  const { region, muni } = memberPair(ctx, input.regionId, input.municipalityId);
  const row = ctx.db
    .prepare('SELECT id FROM region_members WHERE region_id = ? AND municipality_id = ?')
    .get(region.id, muni.id) as { id: number } | undefined;
  if (!row) throw new AppError('not_found', msg`${muni.name} er ikke med i ${region.name}.`);
  const rec = new ChangeRecorder(ctx.db, 'regions:removeMember', note`Fjernet ${muni.name} fra ${region.name}`);
  rec.remove('region_members', row.id);
  return orgsGet(ctx, { id: region.id });
}

export function themesList(ctx: CoreContext): Theme[] {
  return listThemes(ctx.db).sort((a, b) => compareNb(a.name, b.name));
}

function themeGuard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Error && /UNIQUE constraint failed: themes\.name/.test(e.message))
      throw new AppError('duplicate', t('Det finnes allerede et tema med dette navnet.'), { name: t('Navnet er i bruk.') });
    throw e;
  }
}

export function themesCreate(ctx: CoreContext, input: OpParsed<'themes:create'>): Theme {
  const rec = new ChangeRecorder(ctx.db, 'themes:create', note`Opprettet temaet «${input.name}»`);
  const id = themeGuard(() => rec.insert('themes', { name: input.name, description: input.description }));
  return getTheme(ctx.db, id)!;
}

export function themesUpdate(ctx: CoreContext, input: OpParsed<'themes:update'>): Theme {
  const before = getTheme(ctx.db, input.id);
  if (!before) throw notFound(t('temaet'), input.id);
  const rec = new ChangeRecorder(ctx.db, 'themes:update', note`Endret temaet «${input.name ?? before.name}»`);
  const patch: Record<string, SqlValue> = {};
  if (input.name !== undefined) patch.name = input.name;
  if (input.description !== undefined) patch.description = input.description;
  themeGuard(() => rec.update('themes', before.id, patch));
  return getTheme(ctx.db, before.id)!;
}
