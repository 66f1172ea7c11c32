/**
 * Diet codes, their Norwegian labels, and detection of diets in the reply's own words.
 *
 * Why word-level rules instead of keyword search: replies say what a person does NOT need as
 * often as what they need ("ingen allergier", "ikke vegetarianer", "men peanøtter går fint",
 * "melkeprotein, ikke laktose") and what they cannot eat with the same negation words
 * ("spiser ikke fisk", "tåler heller ikkje laktose", "no pork"). Each diet word is judged by the
 * words around it within its clause.
 */

import { withStandIns } from './standins';

export type DietCode =
  | 'gluten' | 'lactose' | 'milk' | 'egg' | 'fish' | 'shellfish' | 'nuts' | 'peanuts' | 'soy'
  | 'sesame' | 'celery' | 'mustard' | 'sulphites' | 'lupin' | 'vegetarian' | 'vegan' | 'halal'
  | 'kosher' | 'pork';

export const DIET_CODES: readonly DietCode[] = [
  'gluten', 'lactose', 'milk', 'egg', 'fish', 'shellfish', 'nuts', 'peanuts', 'soy', 'sesame',
  'celery', 'mustard', 'sulphites', 'lupin', 'vegetarian', 'vegan', 'halal', 'kosher', 'pork',
];

export const DIET_LABELS_NB: Record<DietCode, string> = {
  gluten: 'Glutenfri (cøliaki)',
  lactose: 'Laktosefri',
  milk: 'Melkeprotein',
  egg: 'Egg',
  fish: 'Fisk',
  shellfish: 'Skalldyr',
  nuts: 'Nøtter',
  peanuts: 'Peanøtter',
  soy: 'Soya',
  sesame: 'Sesam',
  celery: 'Selleri',
  mustard: 'Sennep',
  sulphites: 'Sulfitt',
  lupin: 'Lupin',
  vegetarian: 'Vegetar',
  vegan: 'Vegansk',
  halal: 'Halal',
  kosher: 'Kosher',
  pork: 'Uten svinekjøtt',
};

/** Sorts codes in the canonical order of DIET_CODES. */
export function sortDiets(codes: Iterable<DietCode>): DietCode[] {
  const set = new Set(codes);
  return DIET_CODES.filter((c) => set.has(c));
}

/** Diet types (a way of eating) as opposed to foods one avoids. "spiser halal" is a need. */
const DIET_TYPES = new Set<DietCode>(['vegetarian', 'vegan', 'halal', 'kosher']);

// stem → codes. A word matches if it is stem + optional linking letter + known suffix.
const STEMS: Array<[string, DietCode[]]> = [
  ['glutenfri', ['gluten']], ['gluten', ['gluten']], ['cøliaki', ['gluten']], ['cøliakar', ['gluten']],
  ['cøliakiker', ['gluten']], ['coeliaki', ['gluten']], ['cøliakar', ['gluten']], ['celiac', ['gluten']],
  ['coeliac', ['gluten']], ['cøliak', ['gluten']], ['coeliak', ['gluten']], ['celiak', ['gluten']], ['hvete', ['gluten']], ['kveite', ['gluten']], ['wheat', ['gluten']],
  ['laktose', ['lactose']], ['lactose', ['lactose']], ['laktos', ['lactose']],
  ['melk', ['milk']], ['mjølk', ['milk']], ['kumelk', ['milk']], ['meieri', ['milk']], ['dairy', ['milk']],
  ['milk', ['milk']], ['kasein', ['milk']], ['casein', ['milk']],
  ['egg', ['egg']], ['eggs', ['egg']],
  ['fisk', ['fish']], ['fish', ['fish']], ['laks', ['fish']], ['torsk', ['fish']], ['sild', ['fish']],
  ['sjømat', ['fish', 'shellfish']], ['seafood', ['fish', 'shellfish']],
  ['skalldyr', ['shellfish']], ['skaldyr', ['shellfish']], ['skjell', ['shellfish']], ['blåskjell', ['shellfish']],
  ['reke', ['shellfish']], ['reker', ['shellfish']], ['krabbe', ['shellfish']], ['hummer', ['shellfish']],
  ['kreps', ['shellfish']], ['scampi', ['shellfish']], ['østers', ['shellfish']], ['blekksprut', ['shellfish']],
  ['shellfish', ['shellfish']], ['shrimp', ['shellfish']], ['prawn', ['shellfish']], ['crab', ['shellfish']],
  ['lobster', ['shellfish']], ['mussel', ['shellfish']], ['crustacean', ['shellfish']], ['molluscs', ['shellfish']],
  ['nøtt', ['nuts']], ['nøtte', ['nuts']], ['nøtter', ['nuts']], ['hasselnøtt', ['nuts']], ['valnøtt', ['nuts']],
  ['paranøtt', ['nuts']], ['trenøtt', ['nuts']], ['mandel', ['nuts']], ['mandl', ['nuts']], ['cashew', ['nuts']],
  ['pistasj', ['nuts']], ['pekan', ['nuts']], ['nut', ['nuts']], ['nuts', ['nuts']], ['almond', ['nuts']],
  ['hazelnut', ['nuts']], ['walnut', ['nuts']], ['treenut', ['nuts']],
  ['peanøtt', ['peanuts']], ['jordnøtt', ['peanuts']], ['peanut', ['peanuts']], ['peanøtter', ['peanuts']],
  ['soya', ['soy']], ['soy', ['soy']], ['soja', ['soy']],
  ['sesam', ['sesame']], ['sesame', ['sesame']],
  ['selleri', ['celery']], ['celery', ['celery']], ['stangselleri', ['celery']], ['sellerirot', ['celery']],
  ['sennep', ['mustard']], ['mustard', ['mustard']],
  ['sulfitt', ['sulphites']], ['sulfitter', ['sulphites']], ['sulphite', ['sulphites']], ['sulfite', ['sulphites']],
  ['svoveldioksid', ['sulphites']],
  ['lupin', ['lupin']], ['lupine', ['lupin']],
  ['vegetar', ['vegetarian']], ['vegetarian', ['vegetarian']], ['veggie', ['vegetarian']],
  ['vegetarisk', ['vegetarian']], ['kjøttfri', ['vegetarian']],
  ['kjøtt', ['vegetarian']], ['kjøt', ['vegetarian']], ['meat', ['vegetarian']],
  ['vegan', ['vegan']], ['plantebasert', ['vegan']], ['plantbased', ['vegan']],
  ['halal', ['halal']], ['kosher', ['kosher']], ['koscher', ['kosher']],
  ['svin', ['pork']], ['svine', ['pork']], ['gris', ['pork']], ['pork', ['pork']], ['pig', ['pork']],
  // Typed without æøå.
  ['nott', ['nuts']], ['notte', ['nuts']], ['notter', ['nuts']], ['peanott', ['peanuts']], ['peanotter', ['peanuts']],
  ['coliaki', ['gluten']], ['coliak', ['gluten']], ['sjomat', ['fish', 'shellfish']], ['mjolk', ['milk']], ['kjott', ['vegetarian']],
];

const SUFFIXES = [
  '', 'er', 'en', 'et', 'ene', 'ar', 'a', 'r', 's', 'es', 'e', 'ane', 'ana', 'ians', 'ianer', 'ianar', 'ianere',
  'ian', 'isk', 'iskt', 'iske', 'sk', 'skt', 'ske', 'arianer', 'arian', 'kost', 'mat', 'maten', 'rett', 'retter',
  'allergi', 'allergien', 'allergiker', 'allergisk', 'allergy', 'allergic', 'intoleranse', 'intoleransen',
  'intolerant', 'intolerance', 'intolerans', 'fri', 'fritt', 'frie', 'free', '-free', '-fri', '-fritt',
  'protein', 'proteiner', 'proteinallergi', 'produkter', 'produkt', 'holdig', 'holdige', 'frø', 'frøa', 'olje',
  'kjøtt', 'kjøt', 'kjøttet', 'hvite', 'plomme', 'diett', 'kosthold', 'måltid',
  'allergie', 'allergier', 'allergiar', 'kjott', 'kjot',
];

/**
 * Whole words people misspell ("vegitarianer", "glutenallegi", "laktoseintolerangse"): a word
 * one typo (two in long words) away from one of these names its codes. Only tried for words of
 * seven letters or more that no stem above explains.
 */
const TYPO_FORMS: Array<[string, DietCode[]]> = [
  ['vegetarianer', ['vegetarian']], ['vegetarianar', ['vegetarian']], ['vegetarian', ['vegetarian']],
  ['vegetariansk', ['vegetarian']], ['vegetarmat', ['vegetarian']], ['veganer', ['vegan']], ['veganar', ['vegan']],
  ['vegansk', ['vegan']], ['glutenfri', ['gluten']], ['glutenfritt', ['gluten']], ['glutenallergi', ['gluten']],
  ['glutenintoleranse', ['gluten']], ['cøliaki', ['gluten']], ['cøliaker', ['gluten']], ['laktosefri', ['lactose']],
  ['laktosefritt', ['lactose']], ['laktoseintolerant', ['lactose']], ['laktoseintoleranse', ['lactose']],
  ['melkeallergi', ['milk']], ['mjølkeallergi', ['milk']], ['melkeproteinallergi', ['milk']], ['nøtteallergi', ['nuts']],
  ['peanøttallergi', ['peanuts']], ['peanøtter', ['peanuts']], ['skalldyrallergi', ['shellfish']], ['fiskeallergi', ['fish']],
  ['eggeallergi', ['egg']], ['sesamallergi', ['sesame']], ['soyaallergi', ['soy']], ['selleriallergi', ['celery']],
  ['sennepsallergi', ['mustard']], ['svinekjøtt', ['pork']], ['vegetarian', ['vegetarian']], ['gluten-free', ['gluten']],
  ['lactose-free', ['lactose']], ['shellfish', ['shellfish']],
];

/** Optimal string alignment distance, stopping early above `max`. */
function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j] ?? 0;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

function typoCodes(w: string): DietCode[] | null {
  if (w.length < 7) return null;
  const max = w.length >= 11 ? 2 : 1;
  for (const [form, codes] of TYPO_FORMS) {
    if (form[0] !== w[0] || Math.abs(form.length - w.length) > max) continue;
    if (typoDistance(w, form, max) <= max) return codes;
  }
  return null;
}

const SUFFIX_SET = new Set(SUFFIXES);

const STEM_MAP = new Map<string, DietCode[]>(STEMS);
const STEM_LIST = [...STEM_MAP.keys()].sort((a, b) => b.length - a.length);

const APOSTROPHES = withStandIns(/['’]/g);
/** "can't", "don’t". */
const NT = withStandIns(/n't$|n’t$/);

const DIET_WORD_CACHE = new Map<string, DietCode[] | null>();

/** Codes named by one word, or null. Memoised: the stem search below is the slow part. */
export function dietWord(word: string): DietCode[] | null {
  const hit = DIET_WORD_CACHE.get(word);
  if (hit !== undefined) return hit;
  const codes = dietWordUncached(word);
  if (DIET_WORD_CACHE.size >= 50_000) DIET_WORD_CACHE.clear();
  DIET_WORD_CACHE.set(word, codes);
  return codes;
}

function dietWordUncached(word: string): DietCode[] | null {
  const w = word.toLowerCase().replace(APOSTROPHES, '');
  const exact = STEM_MAP.get(w);
  if (exact) return exact;
  if (w.length < 3) return null;
  for (const stem of STEM_LIST) {
    if (!w.startsWith(stem)) continue;
    const rest = w.slice(stem.length);
    if (SUFFIX_SET.has(rest)) return STEM_MAP.get(stem) ?? null;
    // linking letter in compounds: "nøtt-e-allergi", "svin-e-kjøtt", "fisk-e-allergi"
    if ((rest.startsWith('e') || rest.startsWith('s') || rest.startsWith('-')) && SUFFIX_SET.has(rest.slice(1))) {
      return STEM_MAP.get(stem) ?? null;
    }
    if (rest.startsWith('e-') && SUFFIX_SET.has(rest.slice(2))) return STEM_MAP.get(stem) ?? null;
  }
  return typoCodes(w);
}

const MEAT = /^(?:kjøtt|kjøt|kjott|meat)/u;
const ALLERGY_WORD = /^(?:allergi\p{L}*|allergy|allergies|allergic|intoleran\p{L}*|overfølsom\p{L}*|matallergi\p{L}*|reaksjon\p{L}*)$/u;
const NEG_WORDS = new Set(['ikke', 'ikkje', 'ikkje', 'not', 'never', 'aldri', 'verken', 'hverken', 'neither', 'nor', 'korkje', 'kje']);
const NONE_WORDS = new Set(['ingen', 'inga', 'intet', 'no', 'none', 'noen']);
/** Verbs of needing: "trenger verken X eller Y" needs neither. */
const NEED_VERBS = new Set(['trenger', 'treng', 'trengs', 'trengst', 'behøver', 'need', 'needs', 'require', 'requires', 'ønsker', 'ønskjer']);
const EAT_VERBS = new Set([
  'spiser', 'spise', 'spis', 'et', 'eter', 'ete', 'eta', 'tåler', 'tåle', 'toler', 'tole', 'tolererer', 'tolerere',
  'drikker', 'drikke', 'eat', 'eats', 'eating', 'tolerate', 'tolerates', 'drink', 'drinks', 'have', 'has', 'consume',
  'får', 'kan', 'fordøye', 'fordøyer', 'digest',
]);
const SKIP_ADVERBS = new Set(['heller', 'lenger', 'lengre', 'dessverre', 'egentlig', 'så', 'really', 'also', 'heilt', 'helt',
  'absolutt', 'noe', 'noko', 'gjerne', 'godt', 'fint', 'dessverre', 'any', 'at', 'all', 'altså', 'fortsatt', 'framleis',
  'fremdeles', 'still', 'aldri', 'ellers', 'vanligvis', 'normalt', 'tillegg', 'i']);
/** "laktosefrie produkt hjelper ikkje": the food named is no help, so it is not the need. */
const NO_HELP_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:hjelper|hjelp|hjelpe|holder|hjelpar|helps?|fungerer|fungerar|funker|virker|verkar|works?)\s+(?:(?:dessverre|diverre|altså|heller|egentlig|eigentleg|uansett|nok)\s+){0,2}(?:ikke|ikkje|not)(?![\p{L}])|^\s*(?:[\p{L}-]+\s+){0,2}?(?:er|is)\s+(?:dessverre\s+)?(?:ikke|ikkje|not)\s+(?:nok|enough)(?![\p{L}])|^\s*(?:[\p{L}-]+\s+){0,2}?(?:doesn't|does not|won't|will not)\s+help/iu;
const TOLERATED_AFTER = /^\s*(?:tåler|tåle|toler|tolererer|spiser|et|eter)\s+(?:jeg|eg|hun|han|ho|vi|me)(?:\s+(?:fint|godt|helt fint|heilt fint|greit|bra|utan problem|uten problem))?\s*(?:[.,!;]|$)/iu;
const EXCEPT_WORDS = new Set(['unntatt', 'untatt', 'unnateke', 'except', 'excluding', 'utenom', 'utanom']);
const ONLY_WORDS = new Set(['bare', 'kun', 'berre', 'only', 'just', 'utelukkende']);
const CLAUSE_WORDS = new Set(['men', 'but', 'ellers', 'elles', 'otherwise', 'however', 'derimot', 'though']);
const OK_AFTER = /^(?:går|gar|er|is|are|works?|tåles|tolereres|passer)\s+(?:(?:helt|heilt|veldig|bare|også|òg|og|also|absolutt|like)\s+){0,2}(?:fint|fine|bra|greit|ok|okay|okei|i orden|uproblematisk|no problem|ikke noe problem|ikkje noko problem|an)\b/iu;

const SUBJECT_PRONOUNS = new Set(['jeg', 'eg', 'han', 'hun', 'ho', 'vi', 'me', 'de', 'dei', 'hen', 'dere']);
const LIST_LINKS = new Set(['og', 'and', 'eller', 'or', 'og/eller', '&']);
const ALSO_WORDS = new Set(['også', 'òg', 'inkludert', 'including', 'even']);
/** "spiser (jeg) det meste / alt", "et eg det meste", "I eat everything": the person eats anything. */
const EAT_ALL = /\b(?:spiser|spis|et|ete|eat|eats)\s+(?:(?:jeg|eg|i)\s+)?(?:(?:nesten|stort sett|vel)\s+)?(?:det meste|alt|everything|anything|most things|mostly everything)\b/iu;

/** Token k is a list link ("og", "and", "eller") inside clause cl. */
const ARTICLES = new Set(['en', 'ei', 'et', 'ein', 'eit', 'a', 'an', 'the']);

function isListLink(toks: Tok[], clause: number[], k: number, cl: number): boolean {
  const t = toks[k];
  return !!t && !t.punct && clause[k] === cl && LIST_LINKS.has(t.w);
}

/** Whether text[start, end) is part of an e-mail address (no space between it and an "@"). */
function inAddress(text: string, start: number, end: number): boolean {
  if (!text.includes('@')) return false;
  for (let k = end; k < text.length && k < end + 80; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x40) return true;
    if (c <= 0x20 || c === 0x2c || c === 0x3b || c === 0x3c || c === 0x3e || c === 0x28 || c === 0x29) break;
  }
  for (let k = start - 1; k >= 0 && k > start - 80; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x40) return true;
    if (c <= 0x20 || c === 0x2c || c === 0x3b || c === 0x3c || c === 0x3e || c === 0x28 || c === 0x29) break;
  }
  return false;
}

interface Tok {
  w: string; // lower-case word, or punctuation
  start: number;
  end: number;
  punct: boolean;
  /** Written like a name: capital first, then lower case. */
  name: boolean;
}

const TOKEN = withStandIns(/[\p{L}\d][\p{L}\d'’-]*|[,;:()!?.\n–—]/gu);

function tokenise(s: string): Tok[] {
  const out: Tok[] = [];
  const re = TOKEN;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const w = m[0];
    const punct = !/[\p{L}\d]/u.test(w);
    // Capitalised like a name ("Eggen", not "EGG" or "egg").
    const name = !punct && w.length > 1 && /^\p{Lu}\p{Ll}/u.test(w);
    out.push({ w: w.toLowerCase(), start: m.index, end: m.index + w.length, punct, name });
  }
  return out;
}

export interface DietMention {
  code: DietCode;
  /** Offsets within the analysed text. */
  start: number;
  end: number;
  negated: boolean;
}

export interface DietAnalysis {
  codes: DietCode[];
  mentions: DietMention[];
  /** The text says explicitly that there are no needs ("ingen allergier", "spiser alt"). */
  none: boolean;
  /**
   * Codes the text corrects away: "ikke laktose, men gluten", "not vegetarian but vegan". Such a
   * code is out for the person even where named positively before ("sto registrert som
   * laktoseintolerant, men det var feil – ikke laktose, men gluten").
   */
  retracted: DietCode[];
}

const NONE_PHRASE = /(?:ingen|inga|ikke noen|ikkje nokon|no|none|without)\s+(?:kjente\s+|spesielle\s+|særskilte\s+|særlige\s+|known\s+|special\s+|food\s+|mat)?(?:allergi|hensyn|behov|restriksjon|matallergi|intoleranse|diett|allergies|allergy|dietary|requirements|preferences|needs|restrictions)|spiser alt|et alt|eat(?:s)? (?:everything|anything)|alt går|går alt fint/iu;

/**
 * Diet needs stated in `text` (a sentence, or a form value like "Allergier: nøtter").
 * `formContext`: the text is the value of a diet label, where "ikke svinekjøtt" is a need.
 */
export function analyseDiets(text: string, formContext = false): DietAnalysis {
  const toks = tokenise(text);
  const mentions: DietMention[] = [];
  // Clause index per token: punctuation and "men/ellers/but" start a new clause.
  const clause: number[] = [];
  let c = 0;
  let lastBoundary = false;
  for (const t of toks) {
    const boundary = t.punct || CLAUSE_WORDS.has(t.w);
    if (boundary && !lastBoundary) c++; // ", men" is one boundary
    lastBoundary = boundary;
    clause.push(c);
  }
  const clausePositiveEat = new Map<number, boolean>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t || t.punct) continue;
    if (EAT_VERBS.has(t.w) && !['kan', 'får', 'have', 'has'].includes(t.w)) {
      const prev = toks[i - 1]?.w ?? '';
      const next = toks[i + 1]?.w ?? '';
      if (!NEG_WORDS.has(prev) && !NEG_WORDS.has(next)) clausePositiveEat.set(clause[i] ?? 0, true);
    }
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t || t.punct) continue;
    // "Kirsten Eggen", "Per Fiskaa": a capitalised word after another is part of a name; a word
    // of an address ("kirsten.eggen@…") is no food either.
    if (t.name && toks[i - 1]?.name) continue;
    if (inAddress(text, t.start, t.end)) continue;
    let codes = dietWord(t.w);
    let end = t.end;
    // Two-word English forms: "tree nuts", "gluten free", "nut allergy" are covered by the
    // first word; "sesame seeds" likewise.
    if (!codes) continue;
    // "peanøtter" must not also count as "nøtter": dietWord matched the longest stem already.
    if (t.w === 'nut' && toks[i - 1]?.w === 'pea') codes = ['peanuts'];
    let negated = judge(toks, clause, i, codes, formContext, clausePositiveEat, text);
    // "tåler ikke nøtter, og heller ikke peanøtter": "heller ikke" (not … either) says of this
    // food what was said of the one before it.
    const prevMention = mentions[mentions.length - 1];
    if (prevMention && NEG_WORDS.has(toks[i - 1]?.w ?? '') && (toks[i - 2]?.w === 'heller' || toks[i - 2]?.w === 'ei')) negated = prevMention.negated;
    // "kjøtt"/"meat" means vegetarian only when refused ("spiser ikke kjøtt", "kjøttfri", "no meat").
    if (!negated && MEAT.test(t.w) && !/fri|free/.test(t.w)) {
      let refused = false;
      for (let k = i - 1; k >= 0 && k >= i - 4 && clause[k] === clause[i]; k--) {
        const w = toks[k]?.w ?? '';
        if (NEG_WORDS.has(w) || NONE_WORDS.has(w) || /n't$/.test(w) || w === 'uten' || w === 'without') refused = true;
      }
      if (!refused) negated = true;
    }
    for (const code of codes) mentions.push({ code, start: t.start, end, negated });
    end = t.end;
  }
  // "Tåler ikkje mjølk (laktose)", "sjømat (reker)": a diet word in brackets right after another
  // of the same family says which one is meant.
  for (let i = 0; i + 3 < toks.length; i++) {
    if (toks[i + 1]?.w !== '(' || toks[i + 3]?.w !== ')') continue;
    const x = dietWord(toks[i]?.w ?? '');
    const y = dietWord(toks[i + 2]?.w ?? '');
    if (!x || !y || !related(x, y)) continue;
    const xs = toks[i]?.start;
    for (const m of mentions) if (m.start === xs && !y.includes(m.code)) m.negated = true;
  }
  const positive = new Set<DietCode>();
  for (const m of mentions) if (!m.negated) positive.add(m.code);
  const retracted: DietCode[] = [];
  for (let i = 0; i < toks.length; i++) {
    // NEG diet-word [,] men/but diet-word: the first is corrected to the second. Only where the
    // first is judged negated ("tåler ikke skalldyr, men peanøtter går fint" names an allergy).
    if (!NEG_WORDS.has(toks[i]?.w ?? '')) continue;
    const xt = toks[i + 1];
    const x = dietWord(xt?.w ?? '');
    if (!x || !mentions.some((m) => m.start === xt?.start && m.negated)) continue;
    let k = i + 2;
    if (toks[k]?.w === ',') k++;
    if (toks[k]?.w !== 'men' && toks[k]?.w !== 'but') continue;
    const y = dietWord(toks[k + 1]?.w ?? '');
    if (y && !x.some((c) => y.includes(c))) retracted.push(...x);
  }
  // "melkeallergi … ikke laktose": a negated code stays out even if named elsewhere? No — a
  // code named positively anywhere counts; negation only suppresses that mention.
  return { codes: sortDiets(positive), mentions, none: NONE_PHRASE.test(text) && positive.size === 0, retracted };
}

/**
 * After a negated food: it is refused, not denied ("Ikkje svin for meg", "ikke fisk, takk",
 * "ikke noe fisk til Rune takk").
 */
const REFUSED_AFTER = /^\s*,?\s*(?:(?:til|for|to)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s*,?\s*)?(?:[Ff]or meg|[Ff]or min del|[Ff]or me|[Tt]akk|[Tt]hanks|[Pp]lease)(?![\p{L}])/u;
/** "ikke noe fisk" is "no fish" (a need), like "ingen fisk". */
const SOME_WORDS = new Set(['noe', 'noen', 'noko', 'nokon', 'any']);

/** Codes of one family, where one word can say which of the other is meant. */
function related(x: readonly DietCode[], y: readonly DietCode[]): boolean {
  const fam = (c: DietCode): string => (c === 'milk' || c === 'lactose' ? 'milk' : c === 'fish' || c === 'shellfish' ? 'sea' : c === 'nuts' || c === 'peanuts' ? 'nuts' : c);
  return x.some((a) => y.some((b) => fam(a) === fam(b))) && x.join() !== y.join();
}

function judge(
  toks: Tok[], clause: number[], i: number, codes: DietCode[], formContext: boolean,
  clausePositiveEat: Map<number, boolean>, text: string,
): boolean {
  const t = toks[i];
  if (!t) return false;
  const cl = clause[i] ?? 0;
  const isType = codes.every((code) => DIET_TYPES.has(code));
  const wordIsAllergy = /allergi|allergy|allergic|intoleran/.test(t.w);
  // Look ahead: "peanøtter går fint", "fish is fine"; also over a coordinated list of diet words
  // ("nøtter og gluten går helt fint", "fish and eggs are fine").
  let j = i;
  for (;;) {
    if (!isListLink(toks, clause, j + 1, cl)) break;
    // "Fisk eller en vegetarrett er også greit": an article may stand before the next food.
    const k = ARTICLES.has(toks[j + 2]?.w ?? '') ? j + 3 : j + 2;
    if (!toks[k] || clause[k] !== cl || !dietWord(toks[k]?.w ?? '')) break;
    j = k;
  }
  const last = toks[j] ?? t;
  const after = text.slice(last.end, last.end + 60);
  // "nøtteallergi (alle nøtter unntatt peanøtter)": the exception is fine; but "spiser alt
  // unntatt fisk": the exception is the need.
  const pw = toks[i - 1]?.w ?? '';
  if (EXCEPT_WORDS.has(pw) || (pw === 'fra' && toks[i - 2]?.w === 'bortsett')) {
    const clauseStart = text.lastIndexOf('\n', t.start) + 1;
    return !EAT_ALL.test(text.slice(clauseStart, t.start));
  }
  if (OK_AFTER.test(after.replace(/^\s+/, '')) && !wordIsAllergy) return true;
  if (NO_HELP_AFTER.test(after) && !wordIsAllergy) return true;
  // "Vanlige nøtter tåler jeg (fint)": fine, not a need (but "… tåler jeg ikke").
  if (TOLERATED_AFTER.test(after) && !wordIsAllergy) return true;
  // "ellers går vegetarmat fint": fine, not a need.
  if ((toks[i - 1]?.w === 'går' || toks[i - 1]?.w === 'gar') && /^\s*(?:helt\s+|heilt\s+|også\s+|òg\s+)?(?:fint|bra|greit|ok)(?![\p{L}])/iu.test(after) && !wordIsAllergy) return true;
  // Look back within the clause, at most 6 words.
  let neg = -1;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const b = toks[k];
    if (!b || clause[k] !== cl) break;
    if (NEG_WORDS.has(b.w) || NONE_WORDS.has(b.w) || NT.test(b.w) || b.w === 'cannot') {
      neg = k;
      break;
    }
  }
  if (neg >= 0) {
    const n = toks[neg];
    const nw = n?.w ?? '';
    if (NONE_WORDS.has(nw)) {
      if (nw === 'noen' && toks[neg - 1]?.w !== 'ikke' && toks[neg - 1]?.w !== 'ikkje') return false;
      // "ingen nøtteallergi", "ingen allergi mot nøtter", "no nut allergy" → nothing;
      // "ingen svinekjøtt", "no pork" → a need.
      for (let k = neg + 1; k <= i + 1 && k < toks.length; k++) {
        const w = toks[k]?.w ?? '';
        if (ALLERGY_WORD.test(w) || /allergi|allergy|intoleran/.test(w)) return true;
      }
      return false;
    }
    // ikke/not: an eat verb between ("kan ikke spise gluten", "don't eat fish") → need.
    for (let k = neg + 1; k < i; k++) {
      if (EAT_VERBS.has(toks[k]?.w ?? '') && !['kan', 'får', 'has'].includes(toks[k]?.w ?? '')) return false;
    }
    if (NT.test(nw) || nw === 'cannot') {
      for (let k = neg + 1; k < i; k++) if (EAT_VERBS.has(toks[k]?.w ?? '')) return false;
    }
    // Food refused: "Ikkje svin for meg", "ikke fisk, takk", "no pork for me, please".
    const some = neg === i - 2 && SOME_WORDS.has(toks[neg + 1]?.w ?? '');
    if ((neg === i - 1 || some) && REFUSED_AFTER.test(after)) return false;
    // "ikke noe fisk" = "no fish": a need unless an allergy is what is denied ("ikke noen allergier").
    if (some && !wordIsAllergy && !ALLERGY_WORD.test(toks[i + 1]?.w ?? '')) return false;
    // …or just before the negation ("spiser ikke fisk", "tåler heller ikkje laktose").
    // Inverted order too: "Selv tåler jeg ikke gluten", "Då et ho ikkje fisk".
    // The word before position `at`, past adverbs and subject pronouns, in the same clause.
    const verbBefore = (at: number): Tok | undefined => {
      let k = at - 1;
      while (k >= 0 && (SKIP_ADVERBS.has(toks[k]?.w ?? '') || SUBJECT_PRONOUNS.has(toks[k]?.w ?? '')) && clause[k] === cl) k--;
      return clause[k] === cl ? toks[k] : undefined;
    };
    const before = verbBefore(neg);
    if (before && EAT_VERBS.has(before.w)) return false;
    if (nw === 'verken' || nw === 'hverken' || nw === 'korkje' || nw === 'neither' || nw === 'nor') {
      // "Trenger verken glutenfritt eller vegetar": needing neither is no need ("spiser verken
      // fisk eller skalldyr" is one).
      let at = neg;
      if (nw === 'nor') {
        // "need neither X nor Y": the verb stands before "neither".
        at = neg - 1;
        while (at >= 0 && clause[at] === cl && toks[at]?.w !== 'neither') at--;
        if (at < 0 || clause[at] !== cl) return false;
      }
      const verb = at === neg ? before : verbBefore(at);
      return verb !== undefined && NEED_VERBS.has(verb.w);
    }
    // "…, men ikke skalldyr" after "spiser fisk": inherits the eating clause.
    const first = toks.findIndex((x, idx) => clause[idx] === cl && !x.punct);
    if (first >= 0 && (first === neg || (first === neg - 1 && CLAUSE_WORDS.has(toks[first]?.w ?? '')))) {
      if (clausePositiveEat.get(cl - 1)) return false;
      if (formContext) return false;
    }
    if (formContext && first === neg) return false;
    return true;
  }
  // "tåler laktose", "spiser fisk", "spiser egg og melk": the food is fine (not for diet types:
  // "spiser halal", nor for what is free of it: "spiser glutenfritt").
  if (!isType && !/fri$|fritt$|frie$|free$/.test(t.w)) {
    let k = i - 1;
    for (;;) {
      while (k >= 0 && SKIP_ADVERBS.has(toks[k]?.w ?? '') && clause[k] === cl) k--;
      // walk back over "X og" of a coordinated list of diet words
      if (isListLink(toks, clause, k, cl) && k - 1 >= 0 && clause[k - 1] === cl && dietWord(toks[k - 1]?.w ?? '')) {
        k -= 2;
        continue;
      }
      break;
    }
    // "spiser det meste, også fisk": "også X" right after an eats-everything statement.
    if (ALSO_WORDS.has(toks[k]?.w ?? '') && clause[k] === cl) {
      const sentenceStart = Math.max(text.lastIndexOf('.', t.start), text.lastIndexOf('!', t.start),
        text.lastIndexOf('?', t.start), text.lastIndexOf('\n', t.start)) + 1;
      if (EAT_ALL.test(text.slice(sentenceStart, toks[k]?.start ?? t.start))) return true;
    }
    const b = toks[k];
    if (b && clause[k] === cl && EAT_VERBS.has(b.w) && !['kan', 'får', 'have', 'has'].includes(b.w)) {
      const bb = toks[k - 1]?.w ?? '';
      if (!ONLY_WORDS.has(bb)) return true;
    }
  }
  return false;
}
