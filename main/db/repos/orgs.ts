import type { Organisation, OrganisationDetail, OrgKind, Theme } from '../../api/types';
import type { DB } from '../connection';
import { stmt } from '../stmt';

export interface OrgRow {
  id: number;
  kind: OrgKind;
  name: string;
  short_name: string | null;
  number: string | null;
  administration: string | null;
  county_id: number | null;
  email_domains: string;
  postmottak: string | null;
  theme_id: number | null;
  phase1: number;
  phase2: number;
  source: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

type ListedRow = OrgRow & { county_name: string | null; theme_name: string | null; member_count: number };

function mapOrg(r: ListedRow): Organisation {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    shortName: r.short_name,
    number: r.number,
    administration: r.administration,
    countyId: r.county_id,
    countyName: r.county_name,
    emailDomains: JSON.parse(r.email_domains) as string[],
    postmottak: r.postmottak,
    themeId: r.theme_id,
    themeName: r.theme_name,
    phase1: r.phase1 === 1,
    phase2: r.phase2 === 1,
    source: r.source,
    notes: r.notes,
    memberCount: r.member_count,
  };
}

const LIST_SQL = `
  SELECT o.*, c.name AS county_name, t.name AS theme_name,
    CASE o.kind
      WHEN 'region' THEN (SELECT COUNT(*) FROM region_members m WHERE m.region_id = o.id)
      WHEN 'county' THEN (SELECT COUNT(*) FROM organisations k WHERE k.county_id = o.id AND k.kind = 'municipality')
      ELSE 0 END AS member_count
  FROM organisations o
  LEFT JOIN organisations c ON c.id = o.county_id
  LEFT JOIN themes t ON t.id = o.theme_id`;

export function listOrgs(db: DB, f: { kind?: OrgKind; countyId?: number }): Organisation[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.kind) {
    where.push('o.kind = @kind');
    params.kind = f.kind;
  }
  if (f.countyId) {
    where.push(`(o.county_id = @countyId OR o.id = @countyId OR (o.kind = 'region' AND EXISTS (
      SELECT 1 FROM region_members m JOIN organisations k ON k.id = m.municipality_id
      WHERE m.region_id = o.id AND k.county_id = @countyId)))`);
    params.countyId = f.countyId;
  }
  const sql = `${LIST_SQL} ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`;
  return (db.prepare(sql).all(params) as ListedRow[]).map(mapOrg);
}

export function getOrg(db: DB, id: number): Organisation | undefined {
  const r = db.prepare(`${LIST_SQL} WHERE o.id = ?`).get(id) as ListedRow | undefined;
  return r && mapOrg(r);
}

export function getOrgRow(db: DB, id: number): OrgRow | undefined {
  return stmt(db, 'SELECT * FROM organisations WHERE id = ?').get(id) as OrgRow | undefined;
}

export function getOrgDetail(db: DB, id: number): OrganisationDetail | undefined {
  const org = getOrg(db, id);
  if (!org) return undefined;
  type Ref = { id: number; name: string; number: string | null };
  let members: Ref[] = [];
  let counties: Ref[] = [];
  let regions: { id: number; name: string }[] = [];
  if (org.kind === 'region') {
    members = db
      .prepare(
        `SELECT k.id, k.name, k.number FROM region_members m JOIN organisations k ON k.id = m.municipality_id
         WHERE m.region_id = ? ORDER BY k.number`,
      )
      .all(id) as Ref[];
    counties = db
      .prepare(
        `SELECT DISTINCT c.id, c.name, c.number FROM region_members m
         JOIN organisations k ON k.id = m.municipality_id JOIN organisations c ON c.id = k.county_id
         WHERE m.region_id = ? ORDER BY c.number`,
      )
      .all(id) as Ref[];
  } else if (org.kind === 'county') {
    members = db
      .prepare(`SELECT id, name, number FROM organisations WHERE county_id = ? AND kind = 'municipality' ORDER BY number`)
      .all(id) as Ref[];
    regions = db
      .prepare(
        `SELECT DISTINCT r.id, r.name FROM organisations r JOIN region_members m ON m.region_id = r.id
         JOIN organisations k ON k.id = m.municipality_id WHERE k.county_id = ? ORDER BY r.name`,
      )
      .all(id) as { id: number; name: string }[];
  } else if (org.kind === 'municipality') {
    regions = db
      .prepare(
        `SELECT r.id, r.name FROM region_members m JOIN organisations r ON r.id = m.region_id
         WHERE m.municipality_id = ? ORDER BY r.name`,
      )
      .all(id) as { id: number; name: string }[];
  }
  const signupCount = (db.prepare('SELECT COUNT(*) AS n FROM signups WHERE organisation_id = ?').get(id) as { n: number }).n;
  return { ...org, members, counties, regions, signupCount };
}

/** What still points at an organisation (delete is refused while anything does). */
export function orgUsage(db: DB, id: number): { signups: number; people: number; municipalities: number; regionMembers: number } {
  const one = (sql: string) => (db.prepare(sql).get(id, id) as { n: number }).n;
  return {
    signups: one('SELECT COUNT(*) AS n FROM signups WHERE organisation_id = ? OR ? IS NULL'),
    people: one('SELECT COUNT(*) AS n FROM people WHERE organisation_id = ? OR ? IS NULL'),
    municipalities: one('SELECT COUNT(*) AS n FROM organisations WHERE county_id = ? OR ? IS NULL'),
    regionMembers: one('SELECT COUNT(*) AS n FROM region_members WHERE region_id = ? OR municipality_id = ?'),
  };
}

export function listThemes(db: DB): Theme[] {
  return (
    db
      .prepare(
        `SELECT t.id, t.name, t.description, (SELECT COUNT(*) FROM organisations o WHERE o.theme_id = t.id) AS regionCount
         FROM themes t`,
      )
      .all() as Theme[]
  );
}

export function getTheme(db: DB, id: number): Theme | undefined {
  return listThemes(db).find((t) => t.id === id);
}
