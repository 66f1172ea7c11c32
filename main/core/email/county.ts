/**
 * Which county an attendee represents.
 *
 * Sources, strongest first: the e-mail domain (county domains incl. subdomains such as
 * post.hfk.no; municipal domains like bergen.kommune.no → the municipality's county), then an
 * organisation named in the text or signature ("Buskerud fylkeskommune", "fylkeskommunen i
 * Troms", "Bergen kommune", "Postmottak VFK"), then a bare county name in a "fra Telemark" /
 * "representere Oppland" phrase or on a signature line of its own.
 */
import type { ParseContext } from './types';
import { domainMatches, fold, foldAlt, isAsciiAlnum, isSpaceCode } from './util';

export interface CountyHit {
  countyNumber: string;
  organisation: string;
  start: number;
  end: number;
  /** 3 = organisation named, 2 = "fra <county>" or a signature line, 1 = weak. */
  strength: number;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Sør-Trøndelag" also written "Sør Trøndelag", "Sor-Trondelag". */
function nameVariants(name: string): string[] {
  const base = [name, name.replace(/-/g, ' '), name.replace(/-/g, '')];
  const out = new Set<string>();
  for (const b of base) {
    out.add(b);
    out.add(fold(b));
  }
  return [...out];
}

/** Start of the `n`-th whitespace-separated token before the token holding position `k`. */
function tokensBack(text: string, k: number, n: number): number {
  let p = k;
  while (p > 0 && !isSpaceCode(text.charCodeAt(p - 1))) p--;
  for (let t = 0; t < n && p > 0; t++) {
    while (p > 0 && isSpaceCode(text.charCodeAt(p - 1))) p--;
    while (p > 0 && !isSpaceCode(text.charCodeAt(p - 1))) p--;
  }
  return p;
}

/**
 * The matches of the regex `re` in `text`, exactly as a plain global `exec` loop gives them, but
 * trying `re` only near the hits of `key`. `re` must be sticky (flag y). Requires: every match of
 * `re` holds a hit of `key` and starts at most `back` whitespace-separated tokens before that
 * hit's token (the "Sogn og Fjordane fylkeskommune" patterns: the place is at most "W og W").
 * Why: the place pattern is costly to try at every position of the text; the keywords are rare.
 *
 * Exactness: the leftmost match at or after `from` holds some key hit k at or after `from` and
 * starts in k's window [tokensBack(k), k]; the windows of the hits before k lie before k's, so
 * trying the hits in order, and each window's positions in order, finds that match first.
 */
function* matchesNearKeys(re: RegExp, key: RegExp, text: string, back: number): Generator<RegExpExecArray> {
  let from = 0;
  let keyFrom = 0;
  while (from <= text.length) {
    key.lastIndex = Math.max(from, keyFrom);
    const k = key.exec(text);
    if (!k) return;
    let m: RegExpExecArray | null = null;
    for (let p = Math.max(from, tokensBack(text, k.index, back)); p <= k.index && !m; p++) {
      // Every pattern starts with a letter or digit after a word boundary: skip positions where
      // an ASCII character shows that it cannot (the regex decides everything else).
      if (cannotStartWord(text.charCodeAt(p)) || (p > 0 && isAsciiAlnum(text.charCodeAt(p - 1)))) continue;
      re.lastIndex = p;
      m = re.exec(text);
    }
    if (!m) {
      keyFrom = k.index + 1; // the next key hit (hits may overlap)
      continue;
    }
    yield m;
    from = m.index + Math.max(1, m[0].length);
    keyFrom = from;
  }
}

/** An ASCII character that is neither a letter nor a digit. */
function cannotStartWord(c: number): boolean {
  return c < 0x80 && !isAsciiAlnum(c);
}

/** Substrings found in every keyword of the organisation patterns below. */
// "FK" only as a word of its own after a space, as the pattern wants it (not the "fk" of every
// "@hfk.no" address).
const COUNTY_KEY = /ylke|ounty|(?<=\s)(?:FK|fk)(?![\p{L}\d])/gu;
const MUNI_KEY = /ommune|unicipality|ådmannen|rdføreren/g;
/** The first words of the "fra <county>" pattern (each of its matches starts with one). */
// At a word start and, for the short words, followed by white space, as in the pattern (not the
// "for" of "informasjon" or "fordi").
const PREP_KEY = /(?<![\p{L}\d])(?:[Ff]r(?:a|å|om)\s|[Ff]or\s|[Rr]epresent|vegne av|on behalf of)/gu;

export class CountyResolver {
  private readonly byNumber = new Map<string, ParseContext['counties'][number]>();
  private readonly muniByDomainLabel = new Map<string, string>();
  private readonly countyOrgRe: RegExp;
  private readonly countyPrepRe: RegExp;
  private readonly muniRe: RegExp;
  private readonly acronymRe: RegExp | null;
  private readonly acronymKey: RegExp | null;
  private readonly countyByFolded = new Map<string, string>();
  private readonly muniByFolded = new Map<string, string>();
  private readonly acronyms = new Map<string, string>();

  constructor(private readonly ctx: ParseContext) {
    for (const c of ctx.counties) {
      this.byNumber.set(c.number, c);
      for (const v of nameVariants(c.name)) this.countyByFolded.set(fold(v), c.number);
      for (const d of c.domains) {
        const label = d.split('.')[0] ?? '';
        if (label.length >= 3 && !d.includes('kommune')) this.acronyms.set(label.toUpperCase(), c.number);
      }
    }
    // Keyword-driven patterns (the place name is captured and looked up in a map): one regex
    // with 400 alternatives would be far too slow on a 10 MB paste.
    const W = String.raw`\p{L}[\p{L}-]*`;
    const PLACE = String.raw`(${W}(?:\s+og\s+${W})?)`;
    const B = '(?<![\\p{L}\\d])';
    const E = '(?![\\p{L}\\d])';
    this.countyOrgRe = new RegExp(
      `${B}(?:${PLACE}\\s+(?:[Ff]ylkeskommune\\p{L}*|[Ff]ylke|[Ff]ylket|[Cc]ounty(?: [Cc]ouncil| [Mm]unicipality)?|FK|fk)${E}|(?:[Ff]ylkeskommunen|[Ff]ylkesmannen|[Ff]ylkesmann|[Ff]ylkestinget|[Ff]ylkesrådmannen|[Ff]ylkesrådmann)\\s+i\\s+${PLACE}${E})`,
      'yu',
    );
    this.countyPrepRe = new RegExp(`${B}(?:[Ff]ra|[Ff]rå|[Ff]rom|[Ff]or|[Rr]epresentere[r]?|[Rr]epresenting|[Rr]epresent|vegne av|on behalf of)\\s+${PLACE}`, 'yu');
    // Municipalities: unambiguous names only (Os, Nes, Bø, Herøy, Sande, Våler exist twice).
    const count = new Map<string, number>();
    for (const m of ctx.municipalities) count.set(fold(m.name), (count.get(fold(m.name)) ?? 0) + 1);
    for (const m of ctx.municipalities) {
      if ((count.get(fold(m.name)) ?? 0) > 1) continue;
      this.muniByFolded.set(fold(m.name), m.countyNumber);
      for (const label of new Set([fold(m.name), foldAlt(m.name)])) {
        const dl = label.replace(/\s+/g, '-');
        this.muniByDomainLabel.set(dl, m.countyNumber);
        this.muniByDomainLabel.set(dl.replace(/-/g, ''), m.countyNumber);
      }
    }
    this.muniRe = new RegExp(`${B}(?:${PLACE}\\s+(?:[Kk]ommune|[Kk]ommunes|[Kk]ommunen|[Mm]unicipality)${E}|(?:[Kk]ommunen|[Rr]ådmannen|[Oo]rdføreren)\\s+i\\s+${PLACE}${E})`, 'yu');
    const acr = [...this.acronyms.keys()].map(escapeRe).join('|');
    this.acronymRe = acr ? new RegExp(`(?<![\\p{L}\\d])(${acr})(?![\\p{L}\\d])`, 'yu') : null;
    // The acronyms themselves: every match of acronymRe starts with one.
    this.acronymKey = acr ? new RegExp(acr, 'g') : null;
  }

  /** Looks a captured place phrase up; tries the whole phrase, then its last word. */
  private lookup(map: Map<string, string>, phrase: string): { n: string; name: string } | null {
    const f = fold(phrase).replace(/\s+/g, ' ').trim();
    const direct = map.get(f) ?? map.get(f.replace(/ /g, '-'));
    if (direct) return { n: direct, name: phrase };
    const parts = phrase.trim().split(/\s+/);
    const last = parts[parts.length - 1] ?? '';
    const n = map.get(fold(last));
    return n ? { n, name: last } : null;
  }

  county(number: string): ParseContext['counties'][number] | undefined {
    return this.byNumber.get(number);
  }

  private readonly byDomain = new Map<string, CountyHit | null>();

  /** County from an e-mail address, or null for private/unknown domains. */
  fromEmail(email: string | null): CountyHit | null {
    if (!email) return null;
    // The part after the first '@' (up to a second one, as split('@')[1] gives it).
    const at = email.indexOf('@');
    if (at < 0) return null;
    const next = email.indexOf('@', at + 1);
    const domain = email.slice(at + 1, next < 0 ? email.length : next).toLowerCase();
    if (!domain) return null;
    // Many replies come from the same few domains: the answer per domain is memoised.
    let hit = this.byDomain.get(domain);
    if (hit === undefined) {
      hit = this.fromDomain(domain);
      if (this.byDomain.size > 10_000) this.byDomain.clear();
      this.byDomain.set(domain, hit);
    }
    return hit ? { ...hit } : null;
  }

  private fromDomain(domain: string): CountyHit | null {
    for (const c of this.ctx.counties) {
      for (const d of c.domains) {
        if (domainMatches(domain, d)) return { countyNumber: c.number, organisation: c.organisation, start: -1, end: -1, strength: 4 };
      }
    }
    // <municipality>.kommune.no (also subdomains: skole.bergen.kommune.no)
    const km = /(?:^|\.)([a-z0-9-]+)\.kommune\.no$/.exec(domain);
    if (km?.[1]) {
      const n = this.muniByDomainLabel.get(km[1]);
      if (n) return { countyNumber: n, organisation: `${this.muniName(km[1]) ?? km[1]} kommune`, start: -1, end: -1, strength: 4 };
    }
    // <municipality>.no / <municipality>kommune.no
    const label = (domain.split('.').slice(-2, -1)[0] ?? '').replace(/kommune$/, '');
    if (domain.endsWith('.no') && /kommune\.no$/.test(domain)) {
      const n = this.muniByDomainLabel.get(label);
      if (n) return { countyNumber: n, organisation: `${this.muniName(label) ?? label} kommune`, start: -1, end: -1, strength: 4 };
    }
    return null;
  }

  private muniName(label: string): string | null {
    for (const m of this.ctx.municipalities) {
      if (fold(m.name).replace(/\s+/g, '-') === label || foldAlt(m.name).replace(/\s+/g, '-') === label) return m.name;
    }
    return null;
  }

  /** County mentions in `text` (offsets relative to `text`). */
  findInText(text: string): CountyHit[] {
    const hits: CountyHit[] = [];
    if (text.length === 0) return hits;
    for (const m of matchesNearKeys(this.countyOrgRe, COUNTY_KEY, text, 3)) {
      const r = this.lookup(this.countyByFolded, m[1] ?? m[2] ?? '');
      if (r) hits.push({ countyNumber: r.n, organisation: this.orgName(r.n), start: m.index, end: m.index + m[0].length, strength: 3 });
    }
    for (const m of matchesNearKeys(this.muniRe, MUNI_KEY, text, 3)) {
      const r = this.lookup(this.muniByFolded, m[1] ?? m[2] ?? '');
      if (r) hits.push({ countyNumber: r.n, organisation: `${r.name} kommune`, start: m.index, end: m.index + m[0].length, strength: 3 });
    }
    for (const m of matchesNearKeys(this.countyPrepRe, PREP_KEY, text, 0)) {
      const phrase = m[1] ?? '';
      const f = fold(phrase).trim();
      const n = this.countyByFolded.get(f) ?? this.countyByFolded.get(fold(phrase.split(/\s+/)[0] ?? ''));
      if (n) hits.push({ countyNumber: n, organisation: this.orgName(n), start: m.index, end: m.index + m[0].length, strength: 2 });
    }
    // A line holding only a county name (signatures).
    for (let pos = 0; pos <= text.length; ) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = text.length;
      // Only short lines can be a county's name: looked at without slicing every line.
      if (end - pos < 40) {
        const line = text.slice(pos, end);
        const t = line.trim();
        if (t.length > 0 && t.length < 25) {
          const n = this.countyByFolded.get(fold(t));
          if (n) hits.push({ countyNumber: n, organisation: this.orgName(n), start: pos + line.indexOf(t), end: pos + line.indexOf(t) + t.length, strength: 2 });
        }
      }
      pos = end + 1;
    }
    if (this.acronymRe && this.acronymKey) {
      for (const m of matchesNearKeys(this.acronymRe, this.acronymKey, text, 0)) {
        const n = this.acronyms.get(m[1] ?? '');
        if (n) hits.push({ countyNumber: n, organisation: this.orgName(n), start: m.index, end: m.index + m[0].length, strength: 1 });
      }
    }
    hits.sort((a, b) => a.start - b.start);
    return hits;
  }

  private orgName(n: string): string {
    return this.byNumber.get(n)?.organisation ?? n;
  }
}

/** Picks the best hit: strongest, then earliest. */
export function bestHit(hits: CountyHit[]): CountyHit | null {
  let best: CountyHit | null = null;
  for (const h of hits) {
    if (!best || h.strength > best.strength) best = h;
  }
  return best;
}
