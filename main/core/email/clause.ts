/**
 * What the wording rules (rules.ts) say about one clause, independent of the reply it stands in.
 *
 * Why a separate, memoised step: the analysis asks ~20 questions of every clause. The answers
 * depend on the clause's text alone, and replies to one invitation repeat the same clauses
 * ("Jeg kommer.", "Jeg har ingen allergier.", the quoted invitation's sentences in a forward)
 * hundreds of times in one paste. analyse.ts combines these facts with what it knows about the
 * reply (sender, persons named before, form records), which is not cached.
 *
 * All offsets are relative to the clause. Everything here is a pure function of the text.
 */
import { analyseDiets } from './diets';
import { findNamesByWords, type NameHit } from './people';
import {
  ASKED_ME, ASKED_ME_G, ATTEND_FALSE_FRIENDS, ATTEND_INTRANSITIVE, ATTEND_TRANSITIVE, BOTH_WORDS, CHANGE, CLEFT_BEFORE, CONDITIONAL, ELLIPTIC_START,
  ENGLISH_I, GROUP_COUNT, INSTEAD_OF, NEGATION, NO_SUBSTITUTE, NUMBER_WORDS, RELATIVE, REPLACE_SELF, REQUEST, ROLE_SUBJECT, SELF_OBJECT, SELF_SUBJECT,
  SELF_WITH_OTHERS, SEND_PERSON, SESSION_WORD, SHOWS_UP, SHOWS_UP_PLACE_BEFORE, SHOWS_UP_SUBJECT_BEFORE, THIRD_PERSON, UNCERTAIN, WE_WORDS, WITHDRAW_LIST, WITHDRAW_STRONG, WITHDRAW_WEAK,
} from './rules';
import type { DietCode } from './diets';
import { withStandIns } from './standins';
import { mayMatch, scanTriggers } from './triggers';
import { findEmails, Memo, type Found } from './util';

export type Range = [number, number];

export interface ClauseFacts {
  /** The clause with relative clauses ("som …,") blanked: where the cues are looked for. */
  lower: string;
  /** Name candidates (1+ words) with their number of words. */
  nameRuns: ReadonlyArray<{ hit: NameHit; words: number }>;
  /** All addresses in the clause (not yet filtered for organiser/sender). */
  emails: readonly Found[];
  selfSubj: boolean;
  selfObj: boolean;
  we: boolean;
  third: boolean;
  elliptic: boolean;
  attendT: readonly Range[];
  attendI: readonly Range[];
  withdrawS: readonly Range[];
  /** Negation close to an attend verb: "kan dessverre ikke komme", "kommer ikke". */
  withdrawW: boolean;
  uncertain: boolean;
  replaceSelf: boolean;
  insteadOf: readonly Range[];
  /** Diet codes and "no needs" of the clause (analyseDiets). */
  dietCodes: readonly DietCode[];
  dietNone: boolean;
  /** "meg/min/my/…" or English "I …": a diet stated about oneself. */
  selfDiet: boolean;
  both: boolean;
  session: boolean;
  change: boolean;
  trimmed: string;
  /** "Vi melder på følgende:" – the persons follow. */
  listIntro: boolean;
  colonEnd: boolean;
  /** "ingen/nobody" withdraws nobody. */
  nobody: boolean;
  /** The sender is among those registered ("meg", "undertegnede", "myself"). */
  selfToo: boolean;
  /** "oss/us" as the registered object. */
  usObject: boolean;
  /** The sender comes together with the named persons. */
  selfWithOthers: boolean;
  /** English "register/sign up/enrol" without an object: the writer registers. */
  selfRegisters: boolean;
  /** Where a role noun without a name stands ("Ordføreren kan ikke komme"); -1 if none. */
  roleAt: number;
  /** "Vi blir tre": the size of the group the writer counts (0 if none). */
  groupSize: number;
  /** The count is the main statement ("Ja takk, vi kommer to"), not in a "that …" clause ("håper det går at vi er to"). */
  groupMain: boolean;
  /**
   * Where each diet word stands ("negated" ones are no need). See analyse.ts (diets by own clause).
   */
  dietAt: ReadonlyArray<{ start: number; end: number; code: DietCode; negated: boolean }>;
}

const OSS = /(?<![\p{L}])oss(?![\p{L}])/iu;
const OSS_ONLY = /^oss$/i;
const SELF_DIET = /(?<![\p{L}])(?:meg|min|mi|mitt|my|me)(?![\p{L}])/iu;
const NOBODY = /(?<![\p{L}])(?:ingen|ikke noen|ikkje nokon|nobody|no one)(?![\p{L}])/iu;
const SELF_TOO = /undertegn|underteikn|meg selv|meg sjølv|myself/iu;
const OSS_US = /(?<![\p{L}])(?:oss|us)(?![\p{L}])/iu;
const UNDERSIGNED = /undertegn|underteikn/iu;
const LIST_WORDS = /(?<![\p{L}])(?:desse|disse|følgende|følgjande|these|the following|følgende personer|følgjande personar)(?![\p{L}])/iu;
const COLON_END = /:\s*$/;
const SUBORDINATE = /(?<![\p{L}])(?:at|that|om|if|whether|fordi|because|siden|since|hvis|dersom|når|when)(?![\p{L}])/iu;
/** "register for the meeting", "sign up", "enrol": no person follows (English uses them intransitively). */
const SELF_REGISTERS = /(?<![\p{L}])(?:register(?:ed)?|sign(?:ed)?\s+up|enrol+(?:ed)?)(?:\s+(?:for|to|in|at)(?![\p{L}])|\s*[.!,]|\s*$)/iu;
const NO_RANGES: readonly Range[] = [];
/** The first of the characters at or after `from`, or -1. */
function firstOf(c: string, from: number, a: string, b: string): number {
  const x = c.indexOf(a, from);
  const y = c.indexOf(b, from);
  return x < 0 ? y : y < 0 ? x : Math.min(x, y);
}
const INVERTED_MAIN = /\s(?:vil|ville|kan|kunne|skal|kjem|kommer|blir|vert|melder|meldar|ønsker|ønskjer|stiller|tek|tar|må|deltar|deltek)\s+(?:eg|jeg|vi|me|I)(?![\p{L}])/u;
const ADVERBS_BETWEEN = /^\s*(?:(?:difor|derfor|dessverre|diverre|likevel|heller|nok|altså|da|då|sjølv|selv|meg|seg)\s+){0,2}$/iu;
const FOUND_SOMEONE_BEFORE = /(?<![\p{L}])(?:funne|funnet|fått|fatt|found)\s+(?:ein|en|ei|nokon|noen|someone|somebody)\s+$/iu;
const AS_VERB_BEFORE = /(?<![\p{L}])(?:begynt|begynte|begynner|byrja|byrjar|jobber|jobbet|jobbar|arbeider|arbeidet|arbeidar|fungerer|fungerar|fortsetter|fortset|ansatt|tilsett|deltar|deltek|stiller|representerer|sitter|sit)\s+$/iu;
const THAT_SUBJECT = /^\s+(?:I|we|he|she|they|you|my|our|his|her|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)(?![\p{L}])/u;
const PRONOUN_NEXT = /^\s+(?:jeg|eg|du|han|hun|ho|vi|me|de|dei|dere|det|den)(?![\p{L}])/iu;
const PREP_US = /(?<![\p{L}])(hos|fra|frå|for|til|med|blant|from|to|with|among)\s+(oss|us)(?![\p{L}])/iu;
const PREP_US_G = /(?<![\p{L}])(hos|fra|frå|for|til|med|blant|from|to|with|among)\s+(oss|us)(?![\p{L}])/giu;
const ASCII_PA = /(?<![\p{L}])pa{1,2}(?![\p{L}])/iu;
const ASCII_PA_G = /(?<![\p{L}])pa{1,2}(?![\p{L}])/giu;
const HER_WORD = /(?<![\p{L}])her(?![\p{L}])/iu;
const HER_WORD_G = /(?<![\p{L}])her(?![\p{L}])/giu;
const ME_WORD = /(?<![\p{L}])me(?![\p{L}])/iu;
const ME_WORD_G = /(?<![\p{L}])me(?![\p{L}])/giu;
/** Words that make a clause Norwegian (none of them an English word). */
const NORWEGIAN_WORD = /(?<![\p{L}])(?:og|på|er|eg|ikkje|ikke|frå|fra|melder|meldar|kjem|kome|komme|kommer|med|til|det|som|har|skal|vil|kan|nå|blir|vert|dei|oss|å|òg|desse|disse|nokon|noen|gjerne|også|dette|sender|stiller|ønskjer|ønsker|treng|trenger|delta|deltek|deltar|dessverre|påmelde|påmeld)(?![\p{L}])/iu;

/** All matches of the global regex `re` in `s`. */
export function allMatches(re: RegExp, s: string): Range[] {
  re.lastIndex = 0;
  const out: Range[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Removes relative clauses ("…, som er ny prosjektleder," / "som jeg må delta på") from cue search. */
function withoutRelative(c: string): string {
  // Each match blanks from its start to the next comma (or the end). Blanked regions are
  // written once, left to right, so a clause with many matches stays linear.
  RELATIVE.lastIndex = 0;
  let out = '';
  let pos = 0; // c[0, pos) is decided
  let m: RegExpExecArray | null;
  while ((m = RELATIVE.exec(c)) !== null) {
    const from = m.index;
    // "Det er jeg som kommer": the "som" of a cleft sentence starts the statement itself.
    const before = c.slice(Math.max(0, from - 120), from);
    if (/det|it/i.test(before) && CLEFT_BEFORE.test(before)) continue;
    // "Som lova kjem her namn …", "As promised, …": "som" first in the clause is no relative.
    if (before.trim() === '') continue;
    // "vi har funne ein som kan stille: Lars Erik Bøe": the clause presents who comes.
    if (FOUND_SOMEONE_BEFORE.test(before)) continue;
    // "I am happy to confirm that I will be attending": "that" before a subject starts a
    // that-clause (what is said), not a relative one.
    if (m[0].length === 4 && /^that$/i.test(m[0]) && THAT_SUBJECT.test(c.slice(from + 4))) continue;
    // "Jeg har nettopp begynt som rådgiver og vil gjerne være med": "som" after such a verb is
    // "as", not a relative pronoun.
    if (AS_VERB_BEFORE.test(before) && /^\s+\p{Ll}/u.test(c.slice(from + m[0].length)) && !PRONOUN_NEXT.test(c.slice(from + m[0].length))) continue;
    // To the next comma or colon ("… ein som kan stille frå Vestfold: Ruth Aker kjem").
    const comma = firstOf(c, from, ',', ':');
    const to = comma < 0 ? c.length : comma;
    if (to <= pos) continue;
    const s = Math.max(from, pos);
    out += c.slice(pos, s) + ' '.repeat(to - s);
    pos = to;
  }
  return pos === 0 ? c : out + c.slice(pos);
}

/** Words before an "om" that asks an indirect question ("vurderer om", "kommer tilbake til om"). */
const INDIRECT_OM_BEFORE = /(?<![\p{L}])(?:tilbake til|avklare|avklarer|avklarar|vurdere|vurderer|vurderar|sjekke|sjekker|sjekkar|undersøke|undersøker|undersøkjer|finne ut|finner ut|finn ut|usikker på|usikre på|usikker|uklart|avhenger av|avheng av|ser på|ser vi på|se på)\s*$/iu;

/**
 * Removes conditions ("hvis jeg blir forhindret," / "if I cannot attend,") from cue search: from the
 * conditional word to the next comma. Without a comma the extent is unknown and nothing is removed.
 * "om" and "skulle jeg" are conditions only at the start of the clause or after a comma.
 */
function withoutConditions(c: string): string {
  CONDITIONAL.lastIndex = 0;
  let out = '';
  let pos = 0;
  let m: RegExpExecArray | null;
  while ((m = CONDITIONAL.exec(c)) !== null) {
    const from = m.index;
    if (from < pos) continue;
    // "vi kommer tilbake til om noen andre kan reise", "vurderer om …": an indirect question runs to the end.
    const indirect = /^om$/iu.test(m[0]) && INDIRECT_OM_BEFORE.test(c.slice(Math.max(0, from - 24), from));
    if (!indirect && /^(?:om|skulle|should)/iu.test(m[0]) && !/(?:^|,|(?<![\p{L}])eller|(?<![\p{L}])or)\s*$/u.test(c.slice(Math.max(0, from - 8), from))) continue;
    // A condition ends at the next comma or colon ("hvis det går an: jeg selv og Silje"); an
    // indirect question ("lurer på om …") runs to the end of the clause.
    let to = indirect || /^(?:lurer|spør|spurt|spurde|wonder)/iu.test(m[0]) ? c.length : firstOf(c, from, ',', ':');
    // "Hvis ikke vil jeg gjerne komme": "if not (too late)", with no comma after it.
    if (to < 0) {
      const neg = /^\S+\s+(?:ikke|ikkje|not)(?![\p{L}])/iu.exec(c.slice(from));
      // A condition after a comma or "eller" runs to the end ("…, eller om det er Hedmark
      // fylkeskommune som skal representere oss"); one before the main clause needs its comma.
      if (neg) to = from + neg[0].length;
      // "… spørsmål før vi sender påmelding fra Rogaland": "before" runs to the end of the clause.
      else if (/^(?:før|before)/iu.test(m[0])) to = c.length;
      else if (/(?:,|(?<![\p{L}])(?:eller|or))\s*$/iu.test(c.slice(Math.max(0, from - 8), from))) to = c.length;
      else break;
    }
    // "dersom det er ledig plass vil eg gjerne kome": the main clause starts at the inverted
    // verb and subject, even without a comma.
    const inv = INVERTED_MAIN.exec(c.slice(from + m[0].length, to));
    if (inv) to = from + m[0].length + inv.index;
    out += c.slice(pos, from) + ' '.repeat(to - from);
    pos = to;
    CONDITIONAL.lastIndex = to;
  }
  return pos === 0 ? c : out + c.slice(pos);
}

const QUOTED = withStandIns(/«[^«»\n]{1,80}»|"[^"\n]{1,80}"|“[^“”\n]{1,80}”|„[^„“\n]{1,80}“/g);

/** Words in quotation marks are mentioned, not said ("står det «ta meg av lista»"). */
function withoutQuoted(c: string): string {
  return c.replace(QUOTED, (q) => ' '.repeat(q.length));
}

const QUOTE_CHARS = withStandIns(/["«“„]/);

/** The number of the first "vi blir tre" match (its last word). */
function groupSizeOf(lower: string, group: readonly Range[]): number {
  const [a, b] = group[0] ?? [0, 0];
  const last = /([\p{L}\d]+)$/u.exec(lower.slice(a, b))?.[1]?.toLowerCase() ?? '';
  return NUMBER_WORDS[last] ?? (Number.parseInt(last, 10) || 0);
}

function sortRanges(rs: Range[]): Range[] {
  return rs.sort((x, y) => x[0] - y[0]);
}

/** Matches of two rules in text order (the second is usually empty). */
function mergeRanges(a: Range[], b: Range[]): Range[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return sortRanges([...a, ...b]);
}

/** First index in sorted, non-overlapping `rs` whose end is > `a`. */
function firstEndingAfter(rs: readonly Range[], a: number): number {
  let lo = 0;
  let hi = rs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((rs[mid] as Range)[1] > a) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Matches of `rs` that overlap none of `ff` (both in text order, each non-overlapping). */
/** `s` with the ranges turned into spaces (offsets kept). */
function blankRanges(s: string, rs: readonly Range[]): string {
  let out = '';
  let at = 0;
  for (const [a, b] of rs) {
    if (a < at) continue;
    out += s.slice(at, a) + ' '.repeat(b - a);
    at = b;
  }
  return out + s.slice(at);
}

function withoutOverlaps(rs: Range[], ff: readonly Range[]): Range[] {
  if (ff.length === 0 || rs.length === 0) return rs;
  return rs.filter(([a, b]) => {
    const k = firstEndingAfter(ff, a);
    const f = ff[k];
    return f !== undefined && f[0] < b ? false : true;
  });
}

function wordsBetween(s: string, from: number, to: number): number {
  return s.slice(from, to).trim().split(/\s+/).filter(Boolean).length;
}

/** The last of `rs` (sorted, non-overlapping) that ends at or before `a`. */
function lastEndingBy(rs: readonly Range[], a: number): Range | undefined {
  // The ranges do not overlap, so their ends are increasing as well.
  let lo = 0;
  let hi = rs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((rs[mid] as Range)[1] <= a) lo = mid + 1;
    else hi = mid;
  }
  return rs[lo - 1];
}

/** The first of `rs` (sorted) that starts at or after `b`. */
function firstStartingFrom(rs: readonly Range[], b: number): Range | undefined {
  let lo = 0;
  let hi = rs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((rs[mid] as Range)[0] >= b) hi = mid;
    else lo = mid + 1;
  }
  return rs[lo];
}

/**
 * "kan dessverre ikke komme" (≤ 3 words from negation to an intransitive verb), "kommer ikke"
 * (negation right after it), "ikke melde på" (≤ 2 words before a transitive one). The nearest
 * negation on each side decides: a farther one has at least as many words in between.
 */
function negatedAttend(lower: string, attendI: readonly Range[], attendT: readonly Range[], negs: readonly Range[]): boolean {
  if (negs.length === 0) return false;
  for (const [a, b] of attendI) {
    const before = lastEndingBy(negs, a);
    if (before && wordsBetween(lower, before[1], a) <= 3) return true;
    const after = firstStartingFrom(negs, b);
    // "kjem ikkje", "kjem difor ikkje", "kommer dessverre ikke".
    if (after && ADVERBS_BETWEEN.test(lower.slice(b, after[0]))) return true;
  }
  for (const [a] of attendT) {
    const before = lastEndingBy(negs, a);
    if (before && wordsBetween(lower, before[1], a) <= 2) return true;
  }
  return false;
}

/** `re.test(s)`, unless the trigger scan (`mask`) says it cannot match. */
function test(mask: number, re: RegExp, s: string): boolean {
  return mayMatch(re, mask) && re.test(s);
}

/** All matches of `re`, unless the trigger scan (`mask`) says there are none. */
function matches(mask: number, re: RegExp, s: string): Range[] {
  return mayMatch(re, mask) ? allMatches(re, s) : (NO_RANGES as Range[]);
}

/** "møter" as showing up: a subject before it, or "fra/for X" before it and the subject after. */
function showsUp(lower: string): Range[] {
  const out: Range[] = [];
  for (const [a, b] of allMatches(SHOWS_UP, lower)) {
    const before = lower.slice(Math.max(0, a - 80), a);
    const subjectBefore = SHOWS_UP_SUBJECT_BEFORE.test(before);
    if (!subjectBefore && !(SHOWS_UP_PLACE_BEFORE.test(before) && /^\s+\p{L}/u.test(lower.slice(b)))) continue;
    out.push([a, b]);
  }
  return out;
}

function computeFacts(raw: string): ClauseFacts {
  // Which rules can match at all (trigger words); the others are not run.
  const mask = scanTriggers(raw);
  let lower = mayMatch(RELATIVE, mask) ? withoutRelative(raw) : raw;
  // Typed without æøå: "meld meg pa", "paa samlingen" (offsets kept).
  if (ASCII_PA.test(lower)) lower = lower.replace(ASCII_PA_G, (m) => (m.length === 3 ? (m[0] === 'P' ? 'På ' : 'på ') : m[0] === 'P' ? 'På' : 'på'));
  // Nynorsk "me" is "vi" ("Me melder på Ingvild", "Frå oss kjem me to"); English "me" stays "me".
  if (ME_WORD.test(lower) && NORWEGIAN_WORD.test(lower)) lower = lower.replace(ME_WORD_G, (m) => (m === 'Me' || m === 'ME' ? 'Vi' : 'vi'));
  if (QUOTE_CHARS.test(lower)) lower = withoutQuoted(lower);
  if (mayMatch(CONDITIONAL, mask)) lower = withoutConditions(lower);
  // "hos oss", "fra oss", "for us": "us" after a preposition is a place or a side, not who comes.
  const lowerWe = (lower.includes('oss') || lower.includes('us')) && PREP_US.test(lower) ? lower.replace(PREP_US_G, (m, p: string, o: string) => p + m.slice(p.length, m.length - o.length) + ' '.repeat(o.length)) : lower;
  // "Direktøren har bede meg melde på Eivind": "meg" is who was asked, not who is registered.
  const lowerObj = test(mask, ASKED_ME, lower) ? lower.replace(ASKED_ME_G, (m, me: string) => m.slice(0, m.length - me.length) + ' '.repeat(me.length)) : lower;
  const selfObjWord = test(mask, SELF_OBJECT, lowerObj);
  const falseFriends = matches(mask, ATTEND_FALSE_FRIENDS, lower);
  const group = matches(mask, GROUP_COUNT, lower);
  let transitive = matches(mask, ATTEND_TRANSITIVE, lower);
  if (lower.includes('end') || lower.includes(' med ')) {
    const sent = allMatches(SEND_PERSON, lower);
    if (sent.length > 0) transitive = sortRanges([...transitive, ...sent]);
  }
  // "Vi blir tre: …" registers the persons named, like "Vi melder på …".
  const attendT = withoutOverlaps(group.length > 0 ? sortRanges([...transitive, ...group]) : transitive, falseFriends);
  let intransitive = matches(mask, ATTEND_INTRANSITIVE, lower);
  if (mayMatch(SHOWS_UP, mask)) {
    const shows = showsUp(lower);
    if (shows.length > 0) intransitive = mergeRanges(intransitive, shows);
  }
  const attendI = withoutOverlaps(intransitive, falseFriends);
  const negs = matches(mask, NEGATION, lower);
  const diet = analyseDiets(raw);
  // "Gluten passer ikke for meg" speaks of food, not of coming: weak withdrawals yield to diets.
  // "ikke mulighet til å sende noen andre" speaks of a replacement, not of the writer: neither a
  // strong nor a weak withdrawal ("Vi rekker ikke å finne noen andre på så kort varsel").
  const noSubstitute = matches(mask, NO_SUBSTITUTE, lower);
  const weak = diet.mentions.length === 0 && test(mask, WITHDRAW_WEAK, noSubstitute.length > 0 ? blankRanges(lower, noSubstitute) : lower);
  const englishI = test(mask, ENGLISH_I, raw);
  const selfSubj = test(mask, SELF_SUBJECT, lower) || englishI;
  const oss = OSS.test(lower);
  const trimmed = raw.trim();
  const selfObj = selfObjWord && !OSS.test(lowerObj.replace(SELF_OBJECT, (m) => (OSS_ONLY.test(m) ? 'oss' : '')));
  return {
    lower,
    nameRuns: findNamesByWords(raw, 1),
    emails: findEmails(raw, 0),
    selfSubj,
    selfObj,
    we: test(mask, WE_WORDS, lowerWe),
    // Norwegian "her" is "here" ("her kommer påmeldingen min"), not the English pronoun.
    third: matches(mask, THIRD_PERSON, HER_WORD.test(lower) && NORWEGIAN_WORD.test(lower) ? lower.replace(HER_WORD_G, '   ') : lower).length > 0,
    elliptic: ELLIPTIC_START.test(lower.trim()),
    attendT,
    attendI,
    withdrawS: withoutOverlaps(mergeRanges(matches(mask, WITHDRAW_STRONG, lower), matches(mask, WITHDRAW_LIST, lower)), noSubstitute),
    withdrawW: weak || negatedAttend(lower, attendI, attendT, negs),
    uncertain: test(mask, UNCERTAIN, lower),
    replaceSelf: test(mask, REPLACE_SELF, lower),
    insteadOf: matches(mask, INSTEAD_OF, lower),
    dietCodes: diet.codes,
    dietNone: diet.none,
    selfDiet: selfSubj || SELF_DIET.test(lower) || ENGLISH_I.test(raw),
    both: test(mask, BOTH_WORDS, lower),
    session: test(mask, SESSION_WORD, lower),
    change: test(mask, CHANGE, lower),
    trimmed,
    listIntro: COLON_END.test(trimmed) || LIST_WORDS.test(lower),
    colonEnd: COLON_END.test(raw),
    nobody: NOBODY.test(lower),
    selfToo: (selfObj && !oss) || SELF_TOO.test(lower),
    usObject: OSS_US.test(lowerWe) && selfObjWord,
    selfWithOthers: test(mask, SELF_WITH_OTHERS, lower) || UNDERSIGNED.test(lower),
    selfRegisters: transitive.length > 0 && SELF_REGISTERS.test(lower),
    roleAt: (matches(mask, ROLE_SUBJECT, lower)[0] ?? [-1])[0],
    groupSize: group.length > 0 ? groupSizeOf(lower, group) : 0,
    groupMain: group.length > 0 && !SUBORDINATE.test(lower.slice(0, (group[0] as Range)[0])),
    dietAt: diet.mentions,
  };
}

const FACTS = new Memo<ClauseFacts>(20_000, 400);
const REQUESTS = new Memo<boolean>(20_000, 1000);

/** The facts of a clause (memoised; the result must not be modified). */
export function clauseFacts(raw: string): ClauseFacts {
  return FACTS.get(raw, computeFacts);
}

const SELF_WORDS_G = /(?<![\p{L}])(?:jeg|eg|meg|min|mi|mitt|mine|undertegnede|undertegna|underteikna|my|myself|me)(?![\p{L}])|(?<![\p{L}])I(?![\p{L}])/giu;

/**
 * Words in a clause that may say whose a diet is: self words ("jeg", "meg", "min", English "I")
 * and third-person pronouns. Asked only of clauses that name needs for several persons.
 */
export function personWordsOf(raw: string): { selfAt: Range[]; pronounAt: Range[] } {
  const selfAt = allMatches(SELF_WORDS_G, raw).filter(([a, b]) => raw.slice(a, b) !== 'i');
  return { selfAt, pronounAt: allMatches(THIRD_PERSON, raw) };
}

/** The unit asks someone to do something ("Kan du melde meg på?"). */
export function isRequest(unitText: string): boolean {
  return REQUESTS.get(unitText, (t) => mayMatch(REQUEST, scanTriggers(t)) && REQUEST.test(t));
}
