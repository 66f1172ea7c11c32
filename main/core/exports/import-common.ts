import type { OrgKind } from '../../api/types';
import type { MatchOrgRow } from '../../db/repos/exports';
import { DIET_CODES, DIET_WORDS, inEveryLanguage } from './labels';
import { normHeader } from './mapping';

// What every import kind shares: finding organisations by the many ways people write them, and
// the shape of a previewed row.

export type RowAction = 'create' | 'update' | 'invalid';

export interface PlannedRow<T> {
  /** The line in the spreadsheet (1 = the header). */
  row: number;
  label: string;
  values: Record<string, string>;
  problems: string[];
  notes: string[];
  action: RowAction;
  data: T | null;
  existingId: number | null;
}

export function finish<T>(r: Omit<PlannedRow<T>, 'action'>): PlannedRow<T> {
  return { ...r, action: r.problems.length ? 'invalid' : r.existingId !== null ? 'update' : 'create' };
}

export function key(s: string): string {
  return s.trim().toLocaleLowerCase('nb').replace(/\s+/g, ' ');
}

/** Excel drops leading zeros: 1 → '01' for a county, 301 → '0301' for a municipality. */
export function padNumber(s: string, kind: OrgKind | null): string {
  const t = s.trim().replace(/\.0+$/, '');
  if (!/^\d{1,4}$/.test(t)) return t;
  if (kind === 'county') return t.padStart(2, '0');
  if (kind === 'municipality') return t.padStart(4, '0');
  return t.length === 1 ? t.padStart(2, '0') : t.length === 3 ? t.padStart(4, '0') : t;
}

export class OrgMatcher {
  private byKindNumber = new Map<string, MatchOrgRow>();
  private byName = new Map<string, MatchOrgRow[]>();
  private byDomain = new Map<string, MatchOrgRow>();

  constructor(readonly rows: MatchOrgRow[]) {
    for (const r of rows) this.add(r);
  }

  add(r: MatchOrgRow): void {
    if (r.number) this.byKindNumber.set(`${r.kind}:${r.number}`, r);
    const names = new Set([r.name, r.short_name, r.administration].filter((x): x is string => !!x).map(key));
    if (r.kind === 'county') names.add(key(`${r.name} fylkeskommune`));
    if (r.kind === 'municipality') names.add(key(`${r.name} kommune`));
    for (const n of names) this.byName.set(n, [...(this.byName.get(n) ?? []).filter((x) => x.id !== r.id), r]);
    if (r.kind !== 'municipality')
      for (const d of JSON.parse(r.email_domains) as string[]) if (!this.byDomain.has(d)) this.byDomain.set(d, r);
  }

  byNumber(kind: OrgKind, number: string): MatchOrgRow | undefined {
    return this.byKindNumber.get(`${kind}:${padNumber(number, kind)}`);
  }

  /** By name of a given kind (case-insensitive; "Hordaland fylkeskommune" finds the county). */
  named(kind: OrgKind, name: string): MatchOrgRow | undefined {
    return (this.byName.get(key(name)) ?? []).find((r) => r.kind === kind);
  }

  /**
   * The organisation a person wrote: by number, by name of any kind. Where a bare name is both a
   * county and a municipality (Oslo), the county wins: the county administrations hold the seats.
   */
  find(text: string): MatchOrgRow | undefined {
    const t = text.trim();
    if (!t) return undefined;
    if (/^\d{1,4}$/.test(t)) return t.length <= 2 ? this.byNumber('county', t) : this.byNumber('municipality', t);
    const hits = this.byName.get(key(t)) ?? [];
    if (hits.length <= 1) return hits[0];
    if (/kommune$/i.test(t) && !/fylkeskommune$/i.test(t)) return hits.find((h) => h.kind === 'municipality') ?? hits[0];
    const order: OrgKind[] = ['county', 'region', 'municipality', 'other'];
    return [...hits].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0];
  }

  byEmailDomain(email: string): MatchOrgRow | undefined {
    const domain = email.split('@')[1]?.toLowerCase();
    return domain ? this.byDomain.get(domain) : undefined;
  }
}

const DIET_BY_LABEL = new Map<string, string>();
for (const c of DIET_CODES) {
  for (const label of inEveryLanguage(DIET_WORDS[c])) if (!DIET_BY_LABEL.has(normHeader(label))) DIET_BY_LABEL.set(normHeader(label), c);
  DIET_BY_LABEL.set(normHeader(c), c);
}

/**
 * A diet written exactly as our own lists write it, in any of the languages ("Glutenfri
 * (cøliaki)", "Vegansk", "Gluten-free (coeliac)"), or a code.
 */
export function dietByLabel(s: string): string | undefined {
  return DIET_BY_LABEL.get(normHeader(s));
}
