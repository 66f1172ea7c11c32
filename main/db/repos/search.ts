import type { OrgKind, SignupState } from '../../api/types';
import type { DB } from '../connection';

// Search needs Norwegian case folding (Ø/ø, Å/å), which SQLite's LIKE does not do beyond ASCII:
// people are matched on their stored search_key, organisations in JavaScript (a few hundred).

function like(token: string): string {
  return `%${token.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

export interface PersonMatchRow {
  person_id: number;
  name: string;
  email: string | null;
  organisation_id: number | null;
  organisation_name: string | null;
  organisation_kind: OrgKind | null;
  signup_id: number | null;
  signup_org_name: string | null;
  state: SignupState | null;
}

/** People whose search key holds every (folded) token, with their sign-up to the event if any. */
export function matchPeople(db: DB, tokens: string[], eventId: number | null, limit: number): PersonMatchRow[] {
  const params: Record<string, string | number | null> = { eventId, limit };
  const where = tokens.map((t, i) => {
    params[`t${i}`] = like(t);
    return `p.search_key LIKE @t${i} ESCAPE '\\'`;
  });
  return db
    .prepare(
      `SELECT p.id AS person_id, p.name, p.email, p.organisation_id, o.name AS organisation_name, o.kind AS organisation_kind,
         s.id AS signup_id, so.name AS signup_org_name, s.state
       FROM people p
       LEFT JOIN organisations o ON o.id = p.organisation_id
       LEFT JOIN signups s ON s.person_id = p.id AND s.event_id = @eventId
       LEFT JOIN organisations so ON so.id = s.organisation_id
       WHERE ${where.join(' AND ') || '1'}
       ORDER BY s.id IS NULL, p.sort_key LIMIT @limit`,
    )
    .all(params) as PersonMatchRow[];
}

export interface OrgSearchRow {
  id: number;
  kind: OrgKind;
  name: string;
  short_name: string | null;
  number: string | null;
  administration: string | null;
  county_name: string | null;
}

export function allOrgsForSearch(db: DB): OrgSearchRow[] {
  return db
    .prepare(
      `SELECT o.id, o.kind, o.name, o.short_name, o.number, o.administration, c.name AS county_name
       FROM organisations o LEFT JOIN organisations c ON c.id = o.county_id`,
    )
    .all() as OrgSearchRow[];
}
