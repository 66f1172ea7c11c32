/**
 * Reading one reply's own text: who is signed up or withdrawn, with which diets.
 *
 * The text is cut into units (sentences, bullet and numbered lines, "Name, address, diet" lines,
 * form lines "Navn: …", rows of a table under a heading row – see table.ts) and clauses.
 * Each clause yields statements "person P comes / does not come" from the wording rules in
 * rules.ts; each diet mention is attached to a person by who the clause talks about (a name,
 * "jeg", "han/hun", "begge", the record it stands in, or the only attendee; with several persons
 * in one clause, the one named in the need's own part of it). Persons named in several places
 * are merged (full name, first names, e-mail).
 */
import { analyseDiets, sortDiets, type DietCode } from './diets';
import type { CountyHit, CountyResolver } from './county';
import { bestHit } from './county';
import { findNames, findPhone, findSignatureStart, parseSignature, titleBefore, type Signature } from './people';
import { clauseFacts, isRequest, personWordsOf, type ClauseFacts } from './clause';
import { BARE_YES, BULLET, FORM_LABEL, formField, FUNCTIONAL_NAME, GENERIC_STATEMENT, OOO_BODY, OWN_SIGNUP_NOUN, SIGNUP_STANDS, TAKES_THEIR_SEAT } from './rules';
import { isRecordLine, readTables, rowName, type Cell } from './table';
import { withStandIns } from './standins';
import { findEmails, fold, initialsOf, isBlankText, Memo, nameEmailScore, oneByte, type Found } from './util';

export interface Sender {
  name: string | null;
  email: string | null;
  nameStart: number;
  nameEnd: number;
  emailStart: number;
  emailEnd: number;
}

/** A person found in the body, with normalised (absolute) offsets. */
export interface BodyPerson {
  self: boolean;
  name: string | null;
  nameStart: number;
  nameEnd: number;
  email: string | null;
  emailStart: number;
  emailEnd: number;
  attending: boolean;
  attendStart: number;
  attendEnd: number;
  strength: number;
  firstPos: number;
  diets: Set<DietCode>;
  dietStart: number;
  dietEnd: number;
  dietNotes: string[];
  title: string | null;
  titleStart: number;
  titleEnd: number;
  phone: string | null;
  phoneStart: number;
  phoneEnd: number;
  county: CountyHit | null;
  countyFromText: boolean;
  sessionWish: string | null;
  sessionStart: number;
  sessionEnd: number;
  /** Offsets of the unit the person was introduced in (bullet/record), for county lookup. */
  unitStart: number;
  unitEnd: number;
}

export interface BodyResult {
  persons: BodyPerson[];
  question: boolean;
  outOfOffice: boolean;
  withdrawNobody: boolean;
  hasCue: boolean;
  signature: Signature | null;
  sender: Sender;
  mainEnd: number;
  /** Length of the message's own text when only its first MAX_ANALYSED characters were read, else 0. */
  truncated: number;
}

export interface AnalyseInput {
  /** Whole normalised text. */
  text: string;
  /** The text is stored one byte per character (Normalised.narrow): its slices need no copy. */
  narrow?: boolean;
  /** Ranges of the reply's own text. */
  ranges: Array<[number, number]>;
  /** Ranges inside `ranges` to ignore (quoted lines in bottom-posted replies). */
  blank: Array<[number, number]>;
  sender: Sender;
  cc: Array<{ name: string | null; email: string | null; emailStart: number; emailEnd: number; nameStart?: number; nameEnd?: number }>;
  org: { isOrganiserName(name: string): boolean; isOrganiserEmail(email: string): boolean };
  resolver: CountyResolver;
  /**
   * The writer is signed up unless the text says otherwise: a forwarded message whose forwarder
   * wrote "Ingvild stiller fra oss, se nedenfor" above Ingvild's own "Ja, jeg tar den gjerne."
   */
  presumeSelf?: boolean;
  /** The reply's subject, when its header has one. */
  subject?: string | null;
  /** Names in the headers of the quoted messages (From/To/Cc), to resolve a first name. */
  knownNames?: Array<{ name: string; nameStart: number; nameEnd: number }>;
}

interface Unit {
  kind: 'sentence' | 'bullet' | 'form' | 'row';
  start: number; // absolute
  end: number;
  text: string;
  formField?: ReturnType<typeof formField>;
  formValueStart?: number;
  /** Table row: its cells, offsets absolute. */
  cells?: Cell[];
  /** A line "Name, address, diet" (table.ts isRecordLine). */
  record?: boolean;
  question: boolean;
  /** A sentence's clauses, found with the sentence (other units' are looked up by their text). */
  clauses?: ReadonlyArray<UnitClause>;
}

/** No persons in copy: shared, never written to. */
const NO_NAMES: ReadonlyMap<string, { name: string; at: readonly [number, number] }> = new Map();

const ABBREV = new Set(['f.eks', 'eks', 'bl.a', 'bla', 'mv', 'ca', 'kl', 'tlf', 'nr', 'dvs', 'evt', 'mht', 'ift', 'pga', 'jf', 'inkl', 'osv', 'ol', 'o.l', 'mob', 'tel', 'vedr', 'ang', 'ref', 'e.l', 'el', 'iht', 'etc', 'e.g', 'i.e', 'mr', 'mrs', 'dr', 'st', 'avd', 'adm', 'ev', 'forts', 'kap', 'ks', 'nb', 'obs', 'prof', 'sen', 'stud', 'vs', 'ref']);

/** Splits a paragraph (absolute offsets) into sentence ranges. */
function sentences(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const isEnd = c === 0x2e || c === 0x21 || c === 0x3f; // . ! ?
    const isNl = c === 0x0a;
    if (!isEnd && !isNl) continue;
    if (isNl) {
      // A line break ends a sentence unless the next line continues in lower case.
      let k = i + 1;
      while (k < end && text.charCodeAt(k) === 0x20) k++;
      const next = text.charAt(k);
      if (next && next === next.toLowerCase() && next !== next.toUpperCase()) continue;
      if (i > s) out.push([s, i]);
      s = i + 1;
      continue;
    }
    // Followed by whitespace (or end)?
    const nextCh = text.charAt(i + 1);
    if (i + 1 < end && !/\s/.test(nextCh) && !/[.!?)"»]/.test(nextCh)) continue;
    if (c === 0x2e) {
      const before = /([\p{L}.\d]+)$/u.exec(text.slice(Math.max(s, i - 12), i))?.[1] ?? '';
      if (ABBREV.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before)) continue;
      // "24. september" is a date; "… i fase 2. Jeg melder meg på" ends a sentence.
      if (/^\d{1,2}$/.test(before) && !/^\s+\p{Lu}/u.test(text.slice(i + 1, i + 4)) ) continue;
      if (/^\d{1,2}$/.test(before) && MONTH_START.test(text.slice(i + 1, i + 16))) continue;
      // "24.9." and "kl. 10.00" are not sentence ends when a lower-case word follows.
      let k = i + 1;
      while (k < end && /\s/.test(text.charAt(k))) k++;
      const nx = text.charAt(k);
      // Written all in lower case ("… fylkeskommune. han er vegetarianer"): a pronoun after a word
      // still starts a sentence.
      if (nx && nx === nx.toLowerCase() && nx !== nx.toUpperCase() && !(before.length >= 3 && /^\p{Ll}+$/u.test(before) && LOWER_STARTER.test(text.slice(k, k + 12)))) continue;
    }
    out.push([s, i + 1]);
    s = i + 1;
  }
  if (end > s) out.push([s, end]);
  return out.filter(([a, b]) => text.slice(a, b).trim().length > 0);
}

/** "Nord-Trøndelag fylkeskommune: Lars Inge Flatås (undertegnede) – ingen allergier". */
const LABELLED_PERSON = withStandIns(/^\s*(?:[\p{L}.-]+\s+){0,3}(?:fylkeskommune|fylke|kommune|county council|county|region|regionen|avdeling|avdelingen|avdelinga|etat|etaten|seksjon|deltaker|deltakar|participant|representant)[ \t]*:[ \t]+\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+(?=[\s,(–—-]|$)/iu);

/** Whether text[a, b) is only white space (without slicing it). */
function isBlank(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** "…, som allerede er påmeldt", "(who is already registered)": named as signed up before. */
const ALREADY_SIGNED_UP_AFTER = /^\s*(?:\([^()]{0,80}\)\s*)?,?\s*(?:som|who)\s+(?:allerede|alt|allereie|already)\s+(?:er\s+|is\s+|har\s+(?:meldt|meld)\s+seg\s+)?(?:påmeld|registered|signed up)/iu;

/** The subject of a reply to the organiser's confirmation ("SV: Bekreftelse påmelding"). */
const CONFIRMATION_SUBJECT = /bekreft|stadfest|kvittering|confirmation/iu;
/** A sign-up said in words ("melder meg på", "register"), not only implied. */
const EXPLICIT_SIGNUP = /meld|registr|register|sign/iu;

/** Thanks for the organiser's confirmation. */
const CONFIRMATION_THANKS = /takk\s+for\s+(?:bekreftelsen|bekreftelse|stadfestinga|stadfestingen|beskjeden|svaret)|thanks?\s+(?:you\s+)?for\s+(?:the\s+|your\s+)?confirm/iu;

/** A question whether the invitation is for the writer's organisation at all. */
const ELIGIBILITY_QUESTION = /gjeld(?:er)?\s+(?:den|invitasjonen|dette|samlingen|samlinga)\s+(?:også\s+|òg\s+)?(?:oss|kommunene|kommunane)|(?:samlingen|samlinga|den|invitasjonen)\s+(?:\p{L}+\s+){0,2}aktuel\p{L}*\s+for\s+oss|først og fremst for|(?:bare|kun|berre)\s+for\s+fylkeskommun\p{L}*|(?:kan|får|may|can)\s+(?:vi|me|kommunene|kommunane|we)\s+(?:også\s+|òg\s+|also\s+)?(?:delta|komme|kome|melde|attend|join)|open\s+to\s+(?:us|municipalities)|only\s+for\s+(?:the\s+)?count|(?:vi|me)\s+(?:i\s+kommunene\s+|i\s+kommunane\s+)?(?:ikke\s+|ikkje\s+)?(?:skal|kan|får|bør)\s+(?:\p{L}+\s+)?(?:melde|delta|komme|kome)|(?:er\s+det\s+(?:mulig|mogleg|lov|greit|ok)|går\s+det\s+(?:an|greit|fint)|kan\s+(?:vi|me))\s+(?:\p{L}+\s+){0,4}?(?:melde\s+på|melde|ta\s+med|sende|stille\s+med|komme|kome|kommer|kjem|delta|deltar|deltek)\s+(?:\p{L}+\s+)?(?:begge|to|tre|flere|fleire|mer\s+enn|meir\s+enn|both|two)(?![\p{L}])/iu;
/** A wish conditional on being allowed to come ("dersom det er åpent", "if it is open to us"). */
const OPEN_TO_US = /(?:dersom|hvis|viss|om|if)\s+(?:det\s+er\s+|det\s+blir\s+|it\s+is\s+|that\s+is\s+)?(?:åpent|åpen|opent|open|lov|tillatt|allowed|aktuelt|ønskelig|ønskjeleg|desired|wanted|mulig|mogleg|possible)/iu;

/** Foods a vegan does not eat anyway. */
const VEGAN_IMPLIES: readonly DietCode[] = ['egg', 'milk', 'lactose', 'fish', 'shellfish', 'pork'];

/** Words of a change of plan: illness, "dessverre", "likevel". */
const CHANGE_OF_PLAN = /(?<![\p{L}])(?:syk|sjuk|sykmeldt|sjukmeld|sjukmeldt|sykemeldt|dessverre|diverre|likevel|lell|forhindret|forhindra|difor|derfor)(?![\p{L}])/iu;

/** "i stedet for han/henne": the person dropping out is one named before. */
const PRONOUN_AFTER = /^\s+(?:han|hun|ho|henne|ham|honom|him|her)(?![\p{L}])/iu;

/** A month name after "24." (a date, not a sentence end). */
const MONTH_START = /^\s+(?:jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec)/iu;

/** Words that start a sentence even in lower case. */
const LOWER_STARTER = /^(?:jeg|eg|han|hun|ho|vi|me|det|dette|dei|takk|ellers|elles|hilsen|mvh)(?![\p{L}])/u;

const CLAUSE_SPLIT = withStandIns(/(?:,\s+og\s+(?=(?:fra|frå)\s)|,\s+og\s+(?=(?:han|hun|ho)\s+(?:(?:\p{L}+)\s+)?(?:stiller|kommer|kjem|deltar|deltek|blir|vert|kan|skal|vil)\s)|,?\s+(?:men|but|mens|while|however|ellers|elles)\s+|;\s*|\s[–—-]\s|,\s+(?=(?:så|hvis|dersom|om|fordi|siden|da|når|slik at|sånn at|for at|since|if|because|so|og jeg|og eg|and I)\s)(?!(?:hvis|dersom|om|if)\s[^,.:]{0,40}:)|,\s+(?:og|and)\s+(?=(?:i stedet|istedet|i staden|istaden|instead)\s)|,?\s+(?:og|and)\s+(?=(?:sender|sendar|tar med|tek med|will send|send|bring|will bring)\s))/giu);

/**
 * ", og" before a new subject that is a person named with capitals and a verb: "trekker Anders
 * Vikse sin påmelding, og Randi Tjelta stiller for Rogaland". Case-sensitive (CLAUSE_SPLIT is not).
 */
const NEW_SUBJECT_SPLIT = /,\s+og\s+(?=\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}\s+(?:stiller|kommer|kjem|deltar|deltek|blir|vert|tar|tek|melder|trekker|kan|skal|vil|får)(?![\p{L}]))/gu;

/** A reason or time clause first in the sentence ends at its comma ("Sidan Ingebjørg ikkje kan reise, har vi …"). */
const LEADING_SUBORDINATE = /^\s*(?:sidan|siden|fordi|ettersom|since|because|etter at)\s[^,]{3,120},\s/iu;

/** Clause ranges of a unit's text (relative offsets). */
function clauses(seg: string): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  const lead = LEADING_SUBORDINATE.exec(seg);
  if (lead) cuts.push([lead[0].length - 2, lead[0].length]);
  for (const re of seg.includes(', og ') ? [CLAUSE_SPLIT, NEW_SUBJECT_SPLIT] : [CLAUSE_SPLIT]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(seg)) !== null) {
      cuts.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (cuts.length > 1) cuts.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  let s = 0;
  for (const [a, b] of cuts) {
    if (a < s) continue;
    if (a > s) out.push([s, a]);
    s = b;
  }
  if (seg.length > s) out.push([s, seg.length]);
  return out;
}

// Paragraphs and sentences repeat across the replies of one paste; their splits are memoised
// (relative offsets; a paragraph's sentences depend on its own text only).
const SENTENCES = new Memo<ReadonlyArray<ParaSentence>>(20_000, 1000);
const CLAUSES = new Memo<ReadonlyArray<UnitClause>>(20_000, 1000);

/** A sentence [a, b) of a paragraph, whether it asks, and its clauses. */
interface ParaSentence {
  a: number;
  b: number;
  question: boolean;
  clauses: ReadonlyArray<UnitClause>;
}

/** A paragraph's sentences with their clauses: one lookup per paragraph. */
const sentencesOf = (para: string): ReadonlyArray<ParaSentence> => SENTENCES.get(para, sentencesWithClauses);

function sentencesWithClauses(para: string): ParaSentence[] {
  return sentences(para, 0, para.length).map(([a, b]) => {
    const t = para.slice(a, b);
    return { a, b, question: /\?\s*$/.test(t.trim()), clauses: clausesOf(t) };
  });
}

/** A clause [ra, rb) of a unit's text, with its facts. */
interface UnitClause {
  ra: number;
  rb: number;
  facts: ClauseFacts;
}

/** A unit's clauses with their facts: one lookup per unit instead of one per clause as well. */
const clausesOf = (unit: string): ReadonlyArray<UnitClause> => CLAUSES.get(unit, clausesWithFacts);

function clausesWithFacts(unit: string): UnitClause[] {
  return clauses(unit).map(([ra, rb]) => ({ ra, rb, facts: clauseFacts(unit.slice(ra, rb)) }));
}

/** A person by name; `nameAt` is where the full name is written when that is not at [start, end) ("Solveig" in the text, "Solveig Rud" in the Kopi line). */
interface NameTarget { kind: 'name'; name: string; start: number; end: number; nameAt?: readonly [number, number] }
type Target =
  /** The sender; `implicit` when only "vi/oss/we" says so (not "jeg/meg/undertegnede" or the name). */
  | { kind: 'self'; start: number; end: number; implicit?: boolean }
  | NameTarget
  | { kind: 'pronoun'; start: number; end: number }
  | { kind: 'email'; email: Found };

interface Statement {
  target: Target;
  attending: boolean;
  strength: number;
  pos: number;
  cueStart: number;
  cueEnd: number;
  unit: Unit;
}

/** Where a clause's cue stands, shared by the statements the clause makes. */
interface Cue {
  start: number;
  end: number;
  unit: Unit;
}

const QUESTION_INSIDE = /\?\s+\S/;
/** A relative clause ("som …", "who …") has begun before this point of the clause, with no comma since. */
const RELATIVE_BEFORE = /(?<![\p{L}])(?:som|who|which)\s[^,]*$/iu;

/**
 * "Solveig kommer, som overtar etter Anette": a name inside a relative clause (blanked in the
 * clause's cue text) is not who the clause's verb is about.
 */
function inRelativeClause(f: ClauseFacts, raw: string, at: number): boolean {
  return f.lower !== raw && f.lower.charCodeAt(at) === 32 && raw.charCodeAt(at) !== 32 && RELATIVE_BEFORE.test(raw.slice(0, at));
}
/** "vi er blitt enige om at hun ikke deltar": the pronoun is the one not coming, not "vi". */
const PRONOUN_NOT_COMING = /(?<![\p{L}])(?:han|hun|ho|he|she)\s+(?:\p{L}+\s+)?(?:ikke|ikkje|not|cannot|can't)\s+(?:\p{L}+\s+)?(?:deltar|deltek|delta|kommer|kjem|komme|kome|stiller|attend|come)/iu;
const OWN_SUBJECT_VALUE = /^(?:[Jj]eg|[Ee]g|I)\s+\p{L}+\s.*[.!]\s+\S/u;
const NOBODY_SUBJECT = /(?<![\p{L}])(?:ingen|nobody|no one)(?:\s+(?:fra|frå|from)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2})?\s+(?:skulle|skal|vil|kan|kunne|kjem|kommer|reiser|deltek|deltar|stiller|will|would|can)(?![\p{L}])/iu;
/** "Før jeg melder meg på", "before I register": what follows is asked first. */
const BEFORE_SIGNUP = /(?<![\p{L}])(?:før|innan|innen)\s+(?:jeg|eg|vi|me)\s+(?:\p{L}+\s+)?(?:melder|meldar|registrerer|sender påmelding)|before\s+(?:I|we)\s+(?:register|sign)/iu;
const NAMES_LATER_HINT = /navn|namn|name|hvem|kven|deltak/i;
/** Names are still to come: "vi kommer tilbake med navn", "sender navn seinare", "will send the names later". */
const NAMES_LATER = /(?<![\p{L}])(?:(?:kommer|kjem)\s+tilbake\s+(?:med|til\s+deg\s+med|til\s+dykk\s+med)\s+(?:\p{L}+\s+){0,2}?(?:navn|namn|navnet|namnet|hvem|kven|deltaker\p{L}*|deltakar\p{L}*)|(?:sender|sendar|melder|gir|gjev)\s+(?:\p{L}+\s+){0,3}?(?:navn|namn|navnet|namnet)(?:\s+[^.?!]{0,60}?)?\s+(?:senere|seinare|seinere|etter hvert|etterkvart|snart|når|etter fristen)|(?:når|til)\s+(?:vi|me)\s+vet\s+hvem|(?:navn|namn|navnet|namnet)\s+(?:på\s+[\p{L}-]+\s+)?(?:kommer|kjem|følger|følgjer|ettersendes|ettersendast|sendes|sendast)\s+(?:\p{L}+\s+)?(?:senere|seinare|seinere|etter hvert|etterkvart|snart)|(?:get back to you|come back to you|send you)\s+(?:\p{L}+\s+){0,2}?names?)(?![\p{L}])/iu;
const LEADING_NEGATION = /^\s*(?:ikke|ikkje|not)(?![\p{L}])/iu;
/** Asking someone to pass a statement on: "svare (Distriktssenteret) at jeg deltar", "gi beskjed om at eg kjem". */
const PASS_ON = /(?<![\p{L}])(?:svare|svar|gi beskjed|gje beskjed|melde fra|melde frå|si fra|sei frå|seie frå|videreformidle|formidle|informere|tell|let)\s+(?:[\p{L}-]+\s+){0,3}?(?:at|om at|that)\s+(?:jeg|eg|vi|me|undertegnede|I|we)(?![\p{L}])/iu;

/** Adds the sentences of the paragraph `para` (absolute offsets) as units; returns null. */
function pushSentences(units: Unit[], view: string, regionStart: number, para: [number, number] | null): null {
  if (!para) return null;
  const [pa, pb] = para;
  for (const { a, b, question, clauses } of sentencesOf(view.slice(pa - regionStart, pb - regionStart))) {
    const s = pa + a;
    const e = pa + b;
    units.push({ kind: 'sentence', start: s, end: e, text: view.slice(s - regionStart, e - regionStart), question, clauses });
  }
  return null;
}

function push(statements: Statement[], t: Target, attending: boolean, strength: number, cue: Cue): void {
  statements.push({ target: t, attending, strength, pos: t.kind === 'email' ? t.email.start : t.start, cueStart: cue.start, cueEnd: cue.end, unit: cue.unit });
}

interface DietStatement {
  codes: DietCode[];
  /** Codes the sentence corrects away for the same persons ("ikke laktose, men gluten"). */
  retract?: DietCode[];
  clauseText: string;
  targets: Target[];
  all: boolean;
  pos: number;
  start: number;
  end: number;
  unit: Unit;
}


/**
 * The words right before an address (over "(", "<", ":" or a dash) when they spell its local part
 * ("per arne lie (per.arne.lie@…)"), capitalised as a name: the name is written there; the address
 * only shows where it ends. Null for initials ("kmh@…") or anything else.
 */
const WORDS_BEFORE_ADDRESS = withStandIns(/((?:[\p{L}][\p{L}'’-]*\s+){1,4})[(<:–—-]?\s*$/u);
const DASH_AT_END = withStandIns(/[(<:–—-]\s*$/u);
/** Between a name and its address: brackets, a colon or dash, maybe "e-post". */
const ONLY_ADDRESS_LABEL = withStandIns(/^[\s(<[,:–-]*(?:e-?post|epost|e-mail|email|mail)?\s*:?\s*[(<[]?\s*$/iu);

function nameWrittenBefore(T: string, at: number, email: string): { name: string; start: number; end: number } | null {
  const parts = (email.split('@')[0] ?? '').split(/[._-]+/).filter((x) => x.length > 0);
  if (parts.length < 2 || parts.length > 4 || parts.some((x) => x.length < 2 || /\d/.test(x))) return null;
  const before = T.slice(Math.max(0, at - 100), at);
  const m = WORDS_BEFORE_ADDRESS.exec(before.replace(DASH_AT_END, ' '));
  if (!m || m[1] === undefined) return null;
  const words = m[1].trim().split(/\s+/);
  // The last words that spell as many parts as the address has ("nordmann-berg" spells two).
  const tail: string[] = [];
  let count = 0;
  for (let k = words.length - 1; k >= 0 && count < parts.length; k--) {
    const w = words[k] ?? '';
    tail.unshift(w);
    count += w.split('-').length;
  }
  const spelled = tail.flatMap((w) => w.split('-'));
  const folded = spelled.map((w) => fold(w).replace(/[^a-z]/g, ''));
  if (folded.length !== parts.length || folded.some((w, i) => w !== parts[i])) return null;
  const text = tail.join(' ');
  const start = before.lastIndexOf(text) + Math.max(0, at - 100);
  if (start < 0) return null;
  const name = tail.map((w) => w.split('-').map((x) => (x[0] ?? '').toUpperCase() + x.slice(1)).join('-')).join(' ');
  return { name, start, end: start + text.length };
}

/** The field a quoted question asks for ("1. Fullt navn …:", "Hvem kommer fra …?", "> E-post:"). */
function questionField(q: string): ReturnType<typeof formField> | null {
  if (!/[:?]\s*$/.test(q) || q.length > 200) return null;
  const l = q.toLowerCase();
  // "Hvem er kontaktperson?": not who comes.
  if (/kontakt|contact|leder|leiar|sjef|manager/.test(l)) return null;
  if (/e-?post|epost|e-?mail|mailadresse/.test(l)) return 'email';
  if (/allerg|kost|diett|diet|matbehov|\bmat\b|food|spesialkost|behov/.test(l)) return 'diet';
  if (/telefon|\btlf|mobil|phone/.test(l)) return 'phone';
  if (/byregion|gruppe|sesjon|session|workshop|verksted/.test(l)) return 'session';
  if (/stilling|tittel|title|position|rolle/.test(l)) return 'title';
  if (/navn|namn|name|hvem|kven|who|deltaker|deltakar|participant/.test(l)) return 'name';
  return null;
}

/**
 * An own line written under a quoted question, read as the answer to it: a form field of the
 * question's kind. A name answer must be a name ("Ranveig Lysø", "KS: Det blir meg selv, Knut
 * Solberg." gives the name in it); other answers are taken whole. Null when the line is no answer
 * of that kind (it is then read as ordinary text).
 */
function inlineAnswer(q: string, line: string, ls: number, le: number, initials: string | null): Unit | null {
  const field = questionField(q);
  if (!field) return null;
  let vs = ls + (line.length - line.trimStart().length);
  const marker = initials ? new RegExp(`^\\s*\\[?${initials}\\]?\\s*:?\\s+`).exec(line) : null;
  if (marker) vs = ls + marker[0].length;
  const value = line.slice(vs - ls).trim();
  if (!value) return null;
  if (field === 'name') {
    const h = findNames(value, 2)[0];
    if (!h) return null;
    const start = vs + (line.slice(vs - ls).length - line.slice(vs - ls).trimStart().length) + h.start;
    return { kind: 'form', start: ls, end: start + (h.end - h.start), text: line, formField: 'name', formValueStart: start, question: false };
  }
  return { kind: 'form', start: ls, end: le, text: line, formField: field, formValueStart: vs, question: false };
}

/** A Cc display name as a person's name, or null for a functional one ("Postmottak HFK"). */
function displayCcName(name: string): string | null {
  const n = name.replace(/\s+/g, ' ').trim();
  return FUNCTIONAL_NAME.test(n.split(' ')[0] ?? '') ? null : n;
}

/** A sentence that may correct a diet ("ikke laktose, men gluten"): read again as a whole. */
const CORRECTION_HINT = /(?<![\p{L}])(?:ikke|ikkje|not)\s+[\p{L}-]+\s*,?\s+(?:men|but)\s/iu;

/**
 * Offset of the first word in a clause that names the sender ("jeg", "meg selv", "I",
 * "undertegnede"), so that attendees come in the order the reply names them ("Vi er tre: Per
 * Hansen, Line Aas og undertegnede"); 0 when the sender is not named (a counted group the writer
 * belongs to: "Vi blir tre: Per Hansen og Ola Berg").
 */
function selfMentionAt(raw: string): number {
  for (const [a, b] of personWordsOf(raw).selfAt) {
    // Nynorsk "Me blir to", "me kjem": "me" is "vi" there, not the English "me".
    if (b - a === 2 && raw.slice(a, b).toLowerCase() === 'me' && NYNORSK_WE_VERB.test(raw.slice(b))) continue;
    return a;
  }
  return 0;
}
/** "Vi melder på" with the persons on the next lines. */
const DANGLING_PAA = /(?:på|up|:)\s*$/iu;
const STANDS_HINT = /påmeld|registr|sign-up|booking/i;
const MELDE_MEG_PAA = /^meld\p{L}*\s+(?:(?:jeg|eg)\s+)?meg\s+(?:\p{L}+\s+){0,2}?på$/iu;
const NYNORSK_WE_VERB = /^\s+(?:blir|er|vert|kjem|kan|skal|vil|har|melder|meldar|stiller|ønskjer|ynskjer|reknar|treng|får|sender|sende)(?![\p{L}])/iu;

function newPerson(self: boolean, pos: number): BodyPerson {
  return {
    self, name: null, nameStart: -1, nameEnd: -1, email: null, emailStart: -1, emailEnd: -1, attending: true,
    attendStart: -1, attendEnd: -1, strength: -1, firstPos: pos, diets: new Set(), dietStart: -1, dietEnd: -1,
    dietNotes: [], title: null, titleStart: -1, titleEnd: -1, phone: null, phoneStart: -1, phoneEnd: -1, county: null,
    countyFromText: false, sessionWish: null, sessionStart: -1, sessionEnd: -1, unitStart: -1, unitEnd: -1,
  };
}

interface Mention {
  target: Target;
  pos: number;
}

interface NameKey {
  full: string;
  first: string;
  single: boolean;
}

const NAME_KEYS = new Memo<NameKey>(20_000, 200);

function nameKeyOf(name: string): NameKey {
  const full = fold(name).replace(/[^a-z ]/g, '').trim();
  const sp = full.indexOf(' ');
  return { full, first: sp < 0 ? full : full.slice(0, sp), single: sp < 0 };
}

/** Same person by name: equal folded names, or equal first names when one is a first name only. */
/** The same person's name in two spellings ("Gunnar" and "Gunnar Aasheim", "Kjell Inge" for "Kjell Inge Rønning"). */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const ka = NAME_KEYS.get(a, nameKeyOf);
  const kb = NAME_KEYS.get(b, nameKeyOf);
  if (ka.full === kb.full) return true;
  if (ka.single || kb.single) return ka.first === kb.first;
  // "Kjell Inge" for "Kjell Inge Rønning": the shorter name is the longer one's first names.
  return ka.full.length < kb.full.length ? kb.full.startsWith(`${ka.full} `) : ka.full.startsWith(`${kb.full} `);
}

/**
 * Between two persons of one group: "Kari og Per", "Kari, Per", "Kari, Per, and me". Not ", og",
 * which in Norwegian joins two main clauses ("Mohammed spiser halal, og Kjell Inge er …").
 */
const COORDINATION = /^\s*(?:,|,?\s*(?:and|or|&)|og|samt|eller|&)\s*$/iu;
/** "… og Kjell også", "and Per too": the person shares the need named before. */
const ALSO_AFTER = /^\s*(?:er\s+(?:det\s+)?|is\s+)?(?:også|òg|au|too|as well|likeså|likså|det samme)(?![\p{L}])/iu;
/** A need followed by whom it is for: "halal for Mohammed", "vegetarmat til Kari". */
const FOR_WHOM = /^\s*(?:[\p{L}-]+\s+)?(?:for|til|to)\s+$/iu;

/** Persons in one coordinated group ("Kari, Per, Ola og jeg") looked at, at most. */
const MAX_GROUP = 12;

interface Anchor {
  start: number; // relative to the clause
  end: number;
  target: Target;
}

/**
 * Diets of a clause that names several persons, each given to the person named in its own part
 * of the clause: "Mohammed spiser halal, og Kjell Inge er vegetarianer" → halal to Mohammed,
 * vegetarian to Kjell Inge. A need goes to the nearest person named before it, together with the
 * persons coordinated with that one ("Kari og Per er vegetarianere"); with nobody before it, or
 * with "for/til X" after it, to the nearest person after it. Returns null when the clause gives
 * no positions to go by (the caller then gives every need to every person, as before).
 */
function dietsByOwnClause(f: ClauseFacts, raw: string, others: readonly NameTarget[], selfT: Target, cs: number): Array<{ codes: DietCode[]; targets: Target[]; pos: number }> | null {
  if (f.dietCodes.length === 0) return null;
  const anchors: Anchor[] = others.map((t) => ({ start: t.start - cs, end: t.end - cs, target: t }));
  const { selfAt, pronounAt } = personWordsOf(raw);
  if (f.selfDiet) for (const [a, b] of selfAt) anchors.push({ start: a, end: b, target: selfT });
  for (const [a, b] of pronounAt) anchors.push({ start: a, end: b, target: { kind: 'pronoun', start: cs + a, end: cs + b } });
  if (anchors.length < 2) return null;
  anchors.sort((x, y) => x.start - y.start);
  const text = f.lower;
  const groups = new Map<string, { codes: DietCode[]; targets: Target[]; pos: number }>();
  let lastGroup: { codes: DietCode[]; targets: Target[]; pos: number } | null = null;
  // Diet mentions come in text order: one pointer walks the anchors (linear in the clause).
  let before = -1;
  const coordinated = (k: number): boolean => COORDINATION.test(text.slice((anchors[k] as Anchor).end, (anchors[k + 1] as Anchor).start));
  for (const m of f.dietAt) {
    if (m.negated) continue;
    while (before + 1 < anchors.length && (anchors[before + 1] as Anchor).end <= m.start) before++;
    const after = before + 1 < anchors.length ? before + 1 : -1;
    let pick: number[] = [];
    const afterA = after >= 0 ? anchors[after] : undefined;
    // A group of coordinated persons is short; the walk is capped so that it stays linear.
    if (afterA && (before < 0 || FOR_WHOM.test(text.slice(m.end, afterA.start)))) {
      pick = [after];
      for (let k = after + 1; k < anchors.length && k <= after + MAX_GROUP && coordinated(k - 1); k++) pick.push(k);
    } else if (before >= 0) {
      pick = [before];
      for (let k = before - 1; k >= 0 && k >= before - MAX_GROUP && coordinated(k); k--) pick.push(k);
    }
    if (pick.length === 0) return null;
    const key = pick.sort((a, b) => a - b).join(',');
    const g = groups.get(key) ?? { codes: [], targets: pick.map((k) => (anchors[k] as Anchor).target), pos: cs + (anchors[pick[0] as number] as Anchor).start };
    groups.set(key, g);
    if (!g.codes.includes(m.code)) g.codes.push(m.code);
    lastGroup = g;
  }
  // "Kari er vegetarianer, og Kjell også": a person named after the last need, followed by "også".
  const lastDiet = f.dietAt.findLast((m) => !m.negated);
  if (lastGroup && lastDiet) {
    for (let k = Math.max(0, before + 1), n = 0; k < anchors.length && n < MAX_GROUP; k++, n++) {
      const a = anchors[k] as Anchor;
      if (a.start > lastDiet.end && ALSO_AFTER.test(text.slice(a.end, a.end + 24)) && !lastGroup.targets.includes(a.target)) lastGroup.targets.push(a.target);
    }
  }
  return [...groups.values()];
}

/** Who is the organiser's side by name. */
type OrgNames = Pick<AnalyseInput['org'], 'isOrganiserName'>;

/** The name (not the sender's, not an organisation) mentioned last before `pos`. */
function lastNamedIn(mentions: readonly Mention[], pos: number, sender: Sender, org: OrgNames): NameTarget | null {
  let best: NameTarget | null = null;
  let bestPos = -1;
  for (const m of mentions) {
    const t = m.target;
    if (m.pos >= pos || t.kind !== 'name' || m.pos <= bestPos) continue;
    if (org.isOrganiserName(t.name) || (sender.name && sameName(t.name, sender.name))) continue;
    best = t;
    bestPos = m.pos;
  }
  return best;
}

/** Removes the writer's sign-ups (only those said of "vi/we" when `implicitOnly`). */
function dropSelfSignUps(statements: Statement[], implicitOnly: boolean): void {
  for (let k = statements.length - 1; k >= 0; k--) {
    const st = statements[k];
    if (st && st.attending && st.target.kind === 'self' && (!implicitOnly || st.target.implicit === true)) statements.splice(k, 1);
  }
}

/** The persons of one reply, looked up by name, address or pronoun as statements name them. */
class Persons {
  readonly list: BodyPerson[] = [];
  self: BodyPerson | null = null;

  constructor(
    private readonly sender: Sender,
    private readonly mentions: readonly Mention[],
    private readonly org: OrgNames,
  ) {}

  getSelf(pos: number): BodyPerson {
    if (!this.self) {
      const sender = this.sender;
      const p = newPerson(true, pos);
      p.name = sender.name;
      p.nameStart = sender.nameStart;
      p.nameEnd = sender.nameEnd;
      p.email = sender.email;
      p.emailStart = sender.emailStart;
      p.emailEnd = sender.emailEnd;
      this.self = p;
      this.list.push(p);
    }
    return this.self;
  }

  /** The person (not the sender) named last before `pos`. */
  lastOther(pos: number): BodyPerson | null {
    let best: BodyPerson | null = null;
    let bestPos = -1;
    for (const m of this.mentions) {
      const t = m.target;
      if (m.pos >= pos || (t.kind !== 'name' && t.kind !== 'email') || m.pos <= bestPos) continue;
      // "meld på kmh@stfk.no. Hun er veganer.": a person known only by her address counts too.
      const p = t.kind === 'name' ? this.findByName(t.name) : this.findByEmail(t.email.value);
      if (p && !p.self) {
        best = p;
        bestPos = m.pos;
      }
    }
    return best;
  }

  /** The name (not the sender's) mentioned last before `pos`, whether or not a statement listed it. */
  lastNamed(pos: number): NameTarget | null {
    return lastNamedIn(this.mentions, pos, this.sender, this.org);
  }


  findByEmail(email: string): BodyPerson | null {
    for (const p of this.list) if (p.email === email) return p;
    return null;
  }

  findByName(name: string): BodyPerson | null {
    if (this.sender.name && sameName(name, this.sender.name)) return this.self;
    for (const p of this.list) if (p.name && !p.self && sameName(p.name, name)) return p;
    return null;
  }

  resolve(t: Target, pos: number, create: boolean): BodyPerson | null {
    const sender = this.sender;
    switch (t.kind) {
      case 'self':
        return create ? this.getSelf(pos) : this.self;
      case 'pronoun': {
        // "han/hun kan ikke komme" refers back to the person named last, even one no statement
        // listed yet ("… at Per Olav kanskje ville bli med, men han kan ikke likevel").
        const p = this.lastOther(pos);
        if (p || !create) return p;
        const m = this.lastNamed(pos);
        return m ? this.resolve(m, pos, true) : null;
      }
      case 'email': {
        for (const p of this.list) if (p.email === t.email.value) return p;
        if (sender.email === t.email.value) return create ? this.getSelf(pos) : this.self;
        if (!create) return null;
        const p = newPerson(false, pos);
        p.email = t.email.value;
        p.emailStart = t.email.start;
        p.emailEnd = t.email.end;
        this.list.push(p);
        return p;
      }
      case 'name': {
        if (this.org.isOrganiserName(t.name)) return null;
        if (sender.name && sameName(t.name, sender.name)) return create ? this.getSelf(pos) : this.self;
        const found = this.findByName(t.name);
        const [ns, ne] = t.nameAt ?? [t.start, t.end];
        if (found) {
          if (found.name && t.name.split(' ').length > found.name.split(' ').length) {
            found.name = t.name;
            found.nameStart = ns;
            found.nameEnd = ne;
          }
          return found;
        }
        if (!create) return null;
        const p = newPerson(false, pos);
        // "Vi har fått en ny kollega, Per Hansen. Vi melder på Per.": a first name stands for the
        // full name said before, even where nothing was said of that person yet.
        const full = this.fullNameOf(t.name);
        p.name = full ? full.name : t.name;
        p.nameStart = full ? full.start : ns;
        p.nameEnd = full ? full.end : ne;
        this.list.push(p);
        return p;
      }
    }
  }

  /** The one longer name mentioned (not the sender's) that begins with `first` ("Ida Marie" → "Ida Marie Fossum"), or null. */
  private fullNameOf(first: string): NameTarget | null {
    let found: NameTarget | null = null;
    for (const m of this.mentions) {
      const t = m.target;
      if (t.kind !== 'name' || !t.name.startsWith(`${first} `) || !sameName(t.name, first)) continue;
      if (this.org.isOrganiserName(t.name) || (this.sender.name && sameName(t.name, this.sender.name))) continue;
      if (found && !sameName(found.name, t.name)) return null; // two persons with that first name
      if (!found || t.name.length > found.name.length) found = t;
    }
    return found;
  }
}

/**
 * `view` (which starts at `offset` in the text) with every character inside the ranges but line
 * breaks turned into spaces. Built from slices: splitting the region into one string per
 * character cost more than the rest of the analysis of a short reply.
 */
function blankRanges(view: string, offset: number, ranges: readonly (readonly [number, number])[]): string {
  const clipped: [number, number][] = [];
  for (const [a, b] of ranges) {
    const s = Math.max(a, offset) - offset;
    const e = Math.min(b, offset + view.length) - offset;
    if (e > s) clipped.push([s, e]);
  }
  if (clipped.length === 0) return view;
  clipped.sort((x, y) => x[0] - y[0]);
  let out = '';
  let pos = 0;
  for (const [s, e] of clipped) {
    if (e <= pos) continue; // inside a range already blanked
    const from = Math.max(s, pos);
    out += view.slice(pos, from) + view.slice(from, e).replace(/[^\n]/g, ' ');
    pos = e;
  }
  return out + view.slice(pos);
}

/** Characters of one message's own text that are analysed at most. */
export const MAX_ANALYSED = 50_000;

/**
 * Reads a reply's units into statements (who comes or not), diet statements and mentions. One
 * object per reply; its methods are shared, so nothing is made anew per reply but the state.
 */
class StatementReader {
  readonly statements: Statement[] = [];
  /** Session wishes stated outside a form record. */
  readonly dietlessSession: Array<{ value: string; start: number; end: number; pos: number }> = [];
  readonly dietStatements: DietStatement[] = [];
  readonly mentions: Mention[] = [];
  /** First names (folded) of the persons mentioned by name so far. */
  readonly known = new Set<string>();
  readonly recordInfo = new Map<Target, { email?: Found; title?: [string, number]; phone?: Found; diet?: string; session?: [string, number, number] }>();
  question = false;
  hasCue = false;
  withdrawNobody = false;
  /**
   * A list announced ("Vi melder på følgende:", "Påmelding fra Hedmark:"): its items follow as
   * bullets, form records, table rows or, after a colon, a line of names. `items` counts the items
   * read; a sentence after them ends the list ("Håkon Lunde har svart for oss tidligere" is no item).
   */
  pending: { attending: boolean; strength: number; fromList: boolean; colon: boolean; items: number } | null = null;
  recordTarget: Target | null = null;
  recordUnitStart = -1;

  constructor(
    readonly input: AnalyseInput,
    readonly view: string,
    readonly regionStart: number,
    readonly sender: Sender,
    readonly senderFirst: string,
    readonly ccByFirstName: ReadonlyMap<string, { name: string; at: readonly [number, number] }>,
    readonly confirmationThanks: boolean,
    /** The reply asks whether the invitation is for them at all. */
    readonly eligibilityAsked: boolean,
  ) {}

  get org(): AnalyseInput['org'] {
    return this.input.org;
  }

  mention(target: Target, pos: number): void {
    this.mentions.push({ target, pos });
    if (target.kind === 'name') this.known.add(fold(target.name.split(' ')[0] ?? ''));
  }

  /** Reads clause [ra, rb) of unit u, whose facts are f (clauseBefore: where the clause before it starts, or -1). */
  readClause(u: Unit, ra: number, rb: number, clauseBefore: number, f: ClauseFacts): void {
    const { input, view, regionStart, sender, senderFirst, ccByFirstName, confirmationThanks, eligibilityAsked, statements, dietlessSession, dietStatements, mentions, known } = this;
    const cs = u.start + ra;
    const ce = u.start + rb;
    const raw = view.slice(cs - regionStart, ce - regionStart);
    // One name scan serves both: full names (2+ words) and single first names.
    const nameTargets: NameTarget[] = [];
    for (const r of f.nameRuns) {
      const h = r.hit;
      // "sammen med Eivind Skaug, som allerede er påmeldt": a report, not a sign-up.
      if (ALREADY_SIGNED_UP_AFTER.test(raw.slice(h.end, h.end + 120))) continue;
      if (inRelativeClause(f, raw, h.start)) continue;
      if (r.words >= 2 && !h.greeting && !h.afterPlacePreposition && !this.org.isOrganiserName(h.name)) {
        // "Jan Erik er blitt syk" with "Fra: Sande, Jan Erik" quoted below: the full name.
        const full = ccByFirstName.get(fold(h.name.split(' ')[0] ?? ''));
        if (full && full.name.length > h.name.length && sameName(h.name, full.name)) {
          nameTargets.push({ kind: 'name', name: full.name, start: cs + h.start, end: cs + h.end, nameAt: full.at });
        } else nameTargets.push({ kind: 'name', name: h.name, start: cs + h.start, end: cs + h.end });
      }
    }
    // First names of persons already mentioned ("Hanne har nøtteallergi").
    const singleRefs: NameTarget[] = [];
    for (const { hit: h } of f.nameRuns) {
      if (h.name.includes(' ') || h.greeting) continue;
      if (inRelativeClause(f, raw, h.start)) continue;
      const fn = fold(h.name);
      if (known.has(fn) || (senderFirst && fn === senderFirst)) {
        singleRefs.push({ kind: 'name', name: h.name, start: cs + h.start, end: cs + h.end });
      } else {
        // "Solveig blir med frå oss" with "Kopi: Solveig Rud <…>": the person in copy.
        const full = ccByFirstName.get(fn);
        if (full) singleRefs.push({ kind: 'name', name: full.name, start: cs + h.start, end: cs + h.end, nameAt: full.at });
      }
    }
    const emails: Found[] = [];
    for (const e of f.emails) {
      if (!input.org.isOrganiserEmail(e.value) && e.value !== sender.email) emails.push({ value: e.value, start: cs + e.start, end: cs + e.end });
    }
    const { selfSubj, selfObj, we, third, elliptic, attendT, attendI, withdrawS, withdrawW, uncertain, replaceSelf, insteadOf } = f;
    const cueS = (attendT[0] ?? attendI[0] ?? withdrawS[0] ?? [0, 0]) as readonly [number, number];
    const cue: Cue = { start: cs + cueS[0], end: cs + cueS[1], unit: u };
    const others: NameTarget[] = [...nameTargets];
    for (const sr of singleRefs) if (!nameTargets.some((n) => n.start <= sr.start && sr.end <= n.end)) others.push(sr);
    // Attendees come in the order the reply names them: with other names in the clause, the
    // sender stands where "jeg/meg (selv)/I/me" stands ("Anne Brekke og meg selv").
    // A replacement lists the withdrawn sender first ("Per Hansen tar over plassen min").
    const selfAtRel = others.length > 0 && !replaceSelf ? selfMentionAt(raw) : 0;
    const selfT: Target = { kind: 'self', start: cs + selfAtRel, end: ce };
    // "Vi er to …", "Me kjem", "stryk oss": the writer only as one of "us".
    const weT: Target = selfSubj || selfObj || elliptic ? selfT : { kind: 'self', start: cs + selfAtRel, end: ce, implicit: true };
    for (const t of others) this.mention(t, t.start);
    for (const e of emails) this.mention({ kind: 'email', email: e }, e.start);
    if (selfSubj) this.mention(selfT, selfT.start);

    // Diets, judged over the clause. "Jeg spiser det meste, men ikke skalldyr": a clause that
    // starts with the negation inherits the eating of the clause before it.
    let dietCodes = f.dietCodes;
    if (clauseBefore >= 0 && LEADING_NEGATION.test(raw) && f.dietAt.some((d) => d.negated)) {
      const off = ra - clauseBefore;
      const inherited = analyseDiets(u.text.slice(clauseBefore, rb)).mentions.filter((d) => d.start >= off && !d.negated).map((d) => d.code);
      if (inherited.length > 0) dietCodes = sortDiets(new Set([...f.dietCodes, ...inherited]));
    }
    if (dietCodes.length > 0 || f.dietNone) {
      const targets: Target[] = [...others];
      if (f.selfDiet) targets.push(selfT);
      if (targets.length === 0 && third) targets.push({ kind: 'pronoun', start: cs, end: ce });
      if (targets.length === 0 && this.recordTarget) targets.push(this.recordTarget);
      // "Lupinmel er ofte brukt i glutenfrie bakevarer": about food in general, nobody's diet.
      const generic = targets.length === 0 && GENERIC_STATEMENT.test(raw);
      const own = targets.length >= 2 && !f.both ? dietsByOwnClause(f, raw, others, selfT, cs) : null;
      if (own) {
        for (const g of own) dietStatements.push({ codes: g.codes, clauseText: f.trimmed, targets: g.targets, all: false, pos: g.pos, start: cs, end: ce, unit: u });
      } else if (!generic) {
        dietStatements.push({ codes: [...dietCodes], clauseText: f.trimmed, targets, all: f.both, pos: cs, start: cs, end: ce, unit: u });
      }
    }
    if (f.session) dietlessSession.push({ value: f.trimmed, start: cs, end: ce, pos: cs });

    // "Påmeldingen står ellers ved lag", "my registration still stands": the writer's own sign-up.
    if (others.length === 0 && !u.question && STANDS_HINT.test(raw) && SIGNUP_STANDS.test(raw)) {
      push(statements, selfT, true, 2, cue);
      this.hasCue = true;
      return;
    }
    // "Gjelder den også oss i kommunene? Vi er to her som gjerne vil komme dersom det er åpent":
    // a wish that waits for the answer to the question is no sign-up yet.
    if (eligibilityAsked && OPEN_TO_US.test(raw)) return;
    // "Vi er to i avdelinga som jobbar med dette. Er det mogleg å melde på begge?": the count
    // describes who asks; the sign-up waits for the answer.
    if (eligibilityAsked && f.groupSize > 0 && attendI.length === 0 && withdrawS.length === 0 && others.length === 0 && emails.length === 0 && !u.question) return;
    // "Takk for bekreftelsen! Vi sees i Oslo.": a see-you in a thank-you for the confirmation
    // signs nobody up (she is signed up already).
    if (confirmationThanks && attendT.length === 0 && attendI.length > 0 && attendI.every(([a]) => /^(?:sees|see you)/iu.test(raw.slice(a)))) return;
    // In a reply to the confirmation, "Takk, da er vi to" confirms what is registered already.
    if (confirmationThanks && others.length === 0 && emails.length === 0 && withdrawS.length === 0 && !withdrawW && !EXPLICIT_SIGNUP.test(raw)) return;
    const anyCue = attendT.length + attendI.length + withdrawS.length > 0 || replaceSelf || withdrawW || (insteadOf.length > 0 && others.length > 0);
    if (u.question && anyCue) {
      // Questions sign nobody up, unless they ask to register someone ("Kan du melde meg på?").
      // "Kan dere svare Distriktssenteret at jeg deltar?": a message to pass on is a statement.
      // "Kan du melde ham på samlingen?" (the one named before) is a request as well.
      const request = (attendT.length > 0 && (selfObj || ((nameTargets.length > 0 || third) && isRequest(u.text)))) || (PASS_ON.test(raw) && isRequest(u.text));
      if (!request) return;
    }
    if (uncertain && withdrawS.length === 0) return;
    if (!anyCue) {
      // Names (with or without address) after "Vi melder på følgende:" or in a list.
      if (this.pending && (others.length > 0 || emails.length > 0) && this.pending.colon && !u.question) {
        const ts: Target[] = others.length > 0 ? others : emails.map((e) => ({ kind: 'email', email: e }));
        for (const t of ts) push(statements, t, this.pending.attending, this.pending.strength, cue);
        this.pending.items++;
        if (!this.pending.fromList || u.kind === 'sentence') this.pending = u.kind === 'bullet' ? this.pending : null;
      } else if (this.pending?.fromList && u.kind === 'bullet' && (selfSubj || selfObj || f.selfToo) && ra === 0) {
        // The writer as an item of the list: "* myself – no special requirements", "- meg selv".
        push(statements, selfT, this.pending.attending, this.pending.strength, cue);
        this.pending.items++;
      }
      return;
    }
    this.hasCue = true;
    if (replaceSelf) {
      push(statements, selfT, false, 3, cue);
      for (const t of others) push(statements, t, true, 3, cue);
      if (others.length === 0 && emails.length > 0) for (const e of emails) push(statements, { kind: 'email', email: e }, true, 3, cue);
      return;
    }
    // "Ordføreren kan ikke komme", "Fylkesrådmannen ønsker å delta": a role holder (no name) is
    // the subject, so the statement is not the writer's, and it names nobody to list.
    if (f.roleAt >= 0 && !selfSubj && !f.selfToo && others.length === 0 && emails.length === 0 && f.roleAt < (cueS[1] > 0 ? cueS[0] : raw.length)) return;
    if (insteadOf.length > 0 && others.length > 0 && PRONOUN_AFTER.test(raw.slice(insteadOf[0]?.[1] ?? 0))) {
      // "I staden for han kjem Kristoffer Vestre": the one dropping out was named before.
      push(statements, { kind: 'pronoun', start: cs, end: ce }, false, 3, cue);
      for (const t of others) push(statements, t, true, 3, cue);
      return;
    }
    if (insteadOf.length > 0 && others.length > 0) {
      const at = cs + (insteadOf[0]?.[1] ?? 0);
      // "I stedet for Marius kommer Silje": the phrase ends at the verb; who follows it comes.
      const verb = [...attendI, ...attendT].map(([a]) => cs + a).filter((a) => a >= at).sort((x, y) => x - y)[0] ?? Infinity;
      const dropped = others.filter((t) => t.kind === 'name' && t.start >= at && t.start < verb);
      const coming = others.filter((t) => !dropped.includes(t));
      // The one dropping out is listed first ("jeg reiser i stedet for Torbjørn Aas").
      for (const t of dropped) statements.push({ target: t, attending: false, strength: 3, pos: Math.min(t.start, cs), cueStart: cue.start, cueEnd: cue.end, unit: cue.unit });
      for (const t of coming) push(statements, t, true, 3, cue);
      if (coming.length === 0 && (selfSubj || elliptic)) push(statements, selfT, true, 3, cue);
      return;
    }
    if (f.change && others.length >= 2) {
      push(statements, others[0] as Target, false, 3, cue);
      for (const t of others.slice(1)) push(statements, t, true, 3, cue);
      return;
    }
    if (withdrawS.length > 0 || withdrawW) {
      // A weak "kommer ikke" yields to a later "men jeg kommer", but a change of plan
      // ("har vorte sjukmeld og kjem difor ikkje") overrides the earlier sign-up it follows.
      const strength = withdrawS.length > 0 ? 3 : CHANGE_OF_PLAN.test(raw) ? 2 : 1;
      if (others.length > 0) for (const t of others) push(statements, t, false, strength, cue);
      else if (emails.length > 0 && !selfSubj) for (const e of emails) push(statements, { kind: 'email', email: e }, false, strength, cue);
      else if (third && !selfSubj && (!we || PRONOUN_NOT_COMING.test(raw))) push(statements, { kind: 'pronoun', start: cs, end: ce }, false, strength, cue);
      else if (f.nobody && !selfSubj) this.withdrawNobody = true;
      else if (f.listIntro && !selfSubj && !selfObj && !we) {
        // "Følgende melder seg av:" – the persons follow in a list or table.
        this.pending = { attending: false, strength, fromList: true, colon: f.colonEnd || f.listIntro || DANGLING_PAA.test(raw), items: 0 };
      } else if (selfSubj || selfObj || we || elliptic || !f.nameRuns.some((r) => r.words === 1 && r.hit.start > 0 && !r.hit.greeting)) {
        // Otherwise the writer, unless a first name we cannot place is the one who cannot come
        // ("Sidan Ingebjørg ikkje kan reise, …").
        push(statements, weT, false, strength, cue);
      }
      return;
    }
    if (attendT.length > 0) {
      // "Sigrun har meldt seg på, og ho har bedt meg melde meg på i tillegg": a reflexive "melde
      // meg på" signs up the writer; other names of the clause are not its object (unless named
      // inside it: "melde meg og Per Hansen på").
      const reflexive = !f.selfWithOthers && attendT.length === 1 && attendT[0] !== undefined && MELDE_MEG_PAA.test(raw.slice(attendT[0][0], attendT[0][1]));
      const cueA = cs + (attendT[0]?.[0] ?? 0);
      const cueB = cs + (attendT[0]?.[1] ?? 0);
      const ts: Target[] = reflexive ? others.filter((t) => t.kind === 'name' && t.start >= cueA && t.end <= cueB) : [...others];
      if (reflexive) ts.push(selfT);
      if (ts.length === 0) for (const e of emails) ts.push({ kind: 'email', email: e });
      // "Per Hansen og jeg melder oss på", "melder på Per Hansen og meg selv".
      if (f.selfToo || (f.selfWithOthers && ts.length > 0 && !(f.groupSize > 0 && ts.length >= f.groupSize))) ts.push(selfT);
      // "Vi blir tre: A og B" – the writer is the third.
      else if (f.groupSize > 0 && ts.length > 0 && ts.length < f.groupSize && !ts.some((t) => t.kind === 'name' && sender.name !== null && sameName(t.name, sender.name))) ts.push(weT);
      if (ts.length === 0) {
        if (third) ts.push({ kind: 'pronoun', start: cs, end: ce });
        else if (f.usObject && f.groupSize === 0) ts.push(weT);
        // "Ja takk, vi kommer to stykker" (no list follows): the writer is one of them.
        else if (f.groupSize > 0 && f.groupMain && !f.colonEnd) ts.push(weT);
        // "I would like to register for the meeting", "I'd like to sign up": English uses these intransitively.
        else if ((selfSubj || elliptic) && f.selfRegisters && !f.listIntro) ts.push(selfT);
        // "Her kommer påmeldingen min", "Vedlagt min påmelding".
        else if (OWN_SIGNUP_NOUN.test(raw)) ts.push(selfT);
        // "Håper det går an å melde seg på likevel: jeg vil gjerne delta".
        else if (selfSubj && attendI.length > 0) ts.push(selfT);
      }
      if (ts.length === 0) {
        this.pending = { attending: true, strength: 2, fromList: true, colon: f.colonEnd || f.listIntro || DANGLING_PAA.test(raw), items: 0 };
        return;
      }
      if (f.listIntro) this.pending = { attending: true, strength: 2, fromList: true, colon: f.colonEnd || f.listIntro || DANGLING_PAA.test(raw), items: 0 };
      for (const t of ts) push(statements, t, true, 2, cue);
      return;
    }
    // "Rita Hauge … har gått ut i permisjon. Jeg overtar plassen hennes.": she drops out.
    if (third && TAKES_THEIR_SEAT.test(raw)) push(statements, { kind: 'pronoun', start: cs, end: ce }, false, 3, cue);
    // "Vi hadde tenkt at ingen frå Hordaland skulle reise": nobody is the subject, nobody comes.
    if (others.length === 0 && emails.length === 0 && !selfSubj && !selfObj && NOBODY_SUBJECT.test(raw)) return;
    // Intransitive: "jeg kommer", "Kari Nordmann deltar", "Kommer gjerne!"
    const ts: Target[] = [...others];
    if (ts.length === 0 && emails.length > 0 && !selfSubj) for (const e of emails) ts.push({ kind: 'email', email: e });
    if (ts.length === 0 && f.listIntro && !selfSubj) {
      // "Frå oss kjem desse:" – the persons follow in a list.
      this.pending = { attending: true, strength: 2, fromList: true, colon: f.colonEnd || f.listIntro || DANGLING_PAA.test(raw), items: 0 };
      return;
    }
    if (ts.length > 0) {
      if (f.selfWithOthers) ts.push(selfT);
    } else if (third && !selfSubj) {
      ts.push({ kind: 'pronoun', start: cs, end: ce });
    } else if (f.both && !selfSubj && !selfObj && statements.filter((st) => st.attending && st.target.kind === 'name').length >= 2) {
      // "Vi melder på A og B … håper det går an at begge kommer": "begge" are the two already named.
    } else if (selfSubj || we || elliptic || selfObj) {
      // "Trond Are skal overta etter meg. Vi vil derfor gjerne komme begge to": the writer (for
      // certain, not just one of "us") and the one named before, listed after the writer.
      const other = f.both && we && !selfSubj ? lastNamedIn(mentions, cs, sender, input.org) : null;
      ts.push(other ? selfT : weT);
      if (other) statements.push({ target: other, attending: true, strength: 2, pos: cs + 1, cueStart: cue.start, cueEnd: cue.end, unit: cue.unit });
    } else if (f.colonEnd) {
      this.pending = { attending: true, strength: 2, fromList: true, colon: f.colonEnd || f.listIntro || DANGLING_PAA.test(raw), items: 0 };
    }
    for (const t of ts) push(statements, t, true, 2, cue);
  }

  /** Reads one unit (sentence, bullet, form line or table row) into statements. */
  readUnit(u: Unit): void {
    const { input, view, regionStart, statements, dietlessSession, dietStatements, recordInfo } = this;
    if (u.kind === 'row') {
      // A table row under a heading: the person of the "Navn" cell (or the address), signed up
      // unless the text introduced the table as withdrawals.
      const cells = u.cells ?? [];
      const rn = rowName(cells);
      const emCell = cells.find((c) => c.field === 'email' || /@/.test(c.text));
      const em = emCell ? findEmails(emCell.text, emCell.start)[0] : undefined;
      let t: Target | null = null;
      if (rn && !this.org.isOrganiserName(rn.name)) t = { kind: 'name', name: rn.name, start: rn.start, end: rn.end };
      else if (em && !input.org.isOrganiserEmail(em.value)) t = { kind: 'email', email: em };
      if (!t) return;
      const info: { email?: Found; title?: [string, number]; phone?: Found } = {};
      if (em && !input.org.isOrganiserEmail(em.value)) info.email = em;
      const titleCell = cells.find((c) => c.field === 'title');
      if (titleCell) info.title = [titleCell.text, titleCell.start];
      const phoneCell = cells.find((c) => c.field === 'phone');
      const ph = phoneCell ? findPhone(phoneCell.text) : null;
      if (phoneCell && ph) info.phone = { value: ph.value, start: phoneCell.start + ph.start, end: phoneCell.start + ph.end };
      recordInfo.set(t, info);
      // A "Deltar" column ("Ja"/"Nei") says it for each row.
      const says = cells.find((c) => c.field === 'attending')?.text.trim().toLowerCase() ?? '';
      const no = /^(?:nei|no|ikke|ikkje|kan ikke|kan ikkje|x)$/u.test(says);
      const yes = /^(?:ja|yes|kommer|kjem|deltar)$/u.test(says);
      statements.push({ target: t, attending: no ? false : yes ? true : this.pending ? this.pending.attending : true, strength: no || yes ? 3 : 2, pos: u.start, cueStart: u.start, cueEnd: u.end, unit: u });
      if (this.pending) this.pending.items++;
      this.mention(t, t.kind === 'email' ? t.email.start : t.start);
      this.hasCue = true;
      for (const c of cells) {
        if (c.field !== 'diet') continue;
        const d = analyseDiets(c.text, true);
        if (d.codes.length > 0 || d.none) {
          dietStatements.push({ codes: d.codes, clauseText: c.text, targets: [t], all: false, pos: u.start, start: c.start, end: c.end, unit: u });
        }
      }
      return;
    }
    if (u.kind === 'form') {
      const valueStart = u.formValueStart ?? u.start;
      const value = view.slice(valueStart - regionStart, u.end - regionStart).trim();
      const vs = valueStart + (view.slice(valueStart - regionStart, u.end - regionStart).length - view.slice(valueStart - regionStart, u.end - regionStart).trimStart().length);
      switch (u.formField) {
        case 'name': {
          if (!value || /@/.test(value)) break;
          const disp = value.replace(/\s+/g, ' ').replace(/[,;.]+$/, '');
          const comma = /^([^,]+),\s*([^,]+)$/.exec(disp);
          const name = comma ? `${(comma[2] ?? '').trim()} ${(comma[1] ?? '').trim()}` : disp;
          const t: Target = { kind: 'name', name, start: vs, end: vs + value.replace(/[,;.]+$/, '').length };
          this.recordTarget = t;
          this.recordUnitStart = u.start;
          recordInfo.set(t, {});
          const em = findEmails(value, vs)[0];
          if (em) recordInfo.set(t, { email: em });
          statements.push({
            target: t, attending: this.pending ? this.pending.attending : true, strength: 2, pos: u.start, cueStart: u.start, cueEnd: u.end, unit: u,
          });
          if (this.pending) this.pending.items++;
          this.mention(t, u.start);
          this.hasCue = true;
          return;
        }
        case 'email': {
          const em = findEmails(value, vs)[0];
          if (em && this.recordTarget) {
            const info = recordInfo.get(this.recordTarget) ?? {};
            info.email = em;
            recordInfo.set(this.recordTarget, info);
          }
          return;
        }
        case 'title':
          if (this.recordTarget && value) (recordInfo.get(this.recordTarget) ?? {}).title = [value, vs];
          return;
        case 'phone': {
          const ph = findPhone(view.slice(vs - regionStart, u.end - regionStart));
          if (this.recordTarget && ph) {
            const info = recordInfo.get(this.recordTarget);
            if (info) info.phone = { value: ph.value, start: vs + ph.start, end: vs + ph.end };
          }
          return;
        }
        case 'session':
          if (this.recordTarget && value) {
            const info = recordInfo.get(this.recordTarget);
            if (info) info.session = [value, vs, vs + value.length];
          } else if (value) {
            dietlessSession.push({ value, start: vs, end: vs + value.length, pos: u.start });
          }
          return;
        case 'diet': {
          // "Matbehov: Jeg er allergisk mot soya. Ola Kristian spiser alt.": sentences with their
          // own subjects are read as sentences.
          if (!this.recordTarget && OWN_SUBJECT_VALUE.test(value)) break;
          const d = analyseDiets(value, true);
          const targets: Target[] = this.recordTarget ? [this.recordTarget] : [];
          if (d.codes.length > 0 || d.none) {
            dietStatements.push({ codes: d.codes, clauseText: value, targets, all: false, pos: u.start, start: vs, end: vs + value.length, unit: u });
          }
          return;
        }
        default:
          // Organisation lines are read by the county lookup over the whole text.
          return;
      }
    }
    if (u.kind === 'sentence' && this.recordTarget && u.start > this.recordUnitStart) {
      // A paragraph ends a form record.
      this.recordTarget = null;
    }
    if (u.question) this.question = true;
    if (u.kind === 'sentence' && this.pending && this.pending.items > 0) this.pending = null;
    // "Ja!", "Jepp", "+1 fra Telemark 👍": yes to the invitation (weak: anything said wins).
    if (u.kind === 'sentence' && !u.question && u.text.length < 100 && BARE_YES.test(u.text.trim())) {
      statements.push({ target: { kind: 'self', start: u.start, end: u.end }, attending: true, strength: 1, pos: u.start, cueStart: u.start, cueEnd: u.end, unit: u });
      this.hasCue = true;
    }
    const dietsBefore = dietStatements.length;
    let prevRa = -1;
    for (const { ra, rb, facts } of u.clauses ?? clausesOf(u.text)) {
      this.readClause(u, ra, rb, prevRa, facts);
      prevRa = ra;
    }
    // "… registrert som laktoseintolerant, men det var feil – ikke laktose, men gluten."
    if (dietStatements.length > dietsBefore && CORRECTION_HINT.test(u.text)) {
      const retract = analyseDiets(u.text).retracted;
      if (retract.length > 0) for (const d of dietStatements.slice(dietsBefore)) d.retract = retract;
    }
  }
}

/** County mentions in a reply's text (`view` starts at `regionStart`), with absolute offsets. */
function countyHitsIn(resolver: CountyResolver, view: string, regionStart: number): CountyHit[] {
  return resolver.findInText(view).map((h) => ({
    countyNumber: h.countyNumber,
    organisation: h.organisation,
    start: h.start + regionStart,
    end: h.end + regionStart,
    strength: h.strength,
  }));
}

/** Where to cut `text` at or before `limit` (after `from`): a line break, else a space. */
function cutPoint(text: string, from: number, limit: number): number {
  const nl = text.lastIndexOf('\n', limit);
  if (nl > from + (limit - from) / 2) return nl;
  const sp = text.lastIndexOf(' ', limit);
  return sp > from + (limit - from) / 2 ? sp : limit;
}

export function analyseBody(input: AnalyseInput): BodyResult {
  const T = input.text;
  const first = input.ranges[0];
  const last = input.ranges[input.ranges.length - 1];
  const regionStart = first ? first[0] : 0;
  let regionEnd = last ? last[1] : 0;
  // An enormous "reply" (a paste with no headers, one line of megabytes) is read only in part:
  // no real reply is that long, and the analysis of one message is not linear in its length.
  const fullLength = regionEnd - regionStart;
  if (fullLength > MAX_ANALYSED) regionEnd = cutPoint(T, regionStart, regionStart + MAX_ANALYSED);
  // A view of the region with quoted lines blanked, so offsets stay absolute.
  let view = T.slice(regionStart, regionEnd);
  if (input.blank.length > 0) view = blankRanges(view, regionStart, input.blank);
  // Stored one byte per character where possible: the clause rules run on slices of the view.
  if (!input.narrow) view = oneByte(view);
  const sigRel = findSignatureStart(view);
  const mainEnd = regionStart + sigRel;
  const signature = sigRel < view.length ? parseSignature(view.slice(sigRel), mainEnd) : null;
  // Offsets stay absolute: a position p of the text is view[p - regionStart].

  // ---- Sender identity (header first, then signature)
  const sender: Sender = { ...input.sender };
  if (!sender.name && signature?.name) {
    sender.name = signature.name;
    sender.nameStart = signature.nameStart;
    sender.nameEnd = signature.nameEnd;
  }
  if (!sender.email && signature) {
    const candidates = signature.emails.filter((e) => !input.org.isOrganiserEmail(e.value));
    let best: Found | null = null;
    let bestScore = -1;
    for (const e of candidates) {
      const sc = sender.name ? nameEmailScore(sender.name, e.value) : 0;
      if (sc > bestScore) {
        best = e;
        bestScore = sc;
      }
    }
    if (best) {
      sender.email = best.value;
      sender.emailStart = best.start;
      sender.emailEnd = best.end;
    }
  }
  if (!sender.email && sender.name) {
    // Headerless paste: an address in the text that matches the signer.
    for (const e of findEmails(view.slice(0, sigRel), regionStart)) {
      if (nameEmailScore(sender.name, e.value) >= 0.99) {
        sender.email = e.value;
        sender.emailStart = e.start;
        sender.emailEnd = e.end;
        break;
      }
    }
  }
  const senderFirst = sender.name ? fold(sender.name.split(' ')[0] ?? '') : '';
  // Full names of the persons in copy by their first name (only first names that are unique there).
  let ccByFirstName = NO_NAMES;
  if (input.cc.length > 0 || (input.knownNames?.length ?? 0) > 0) {
    const byFirst = new Map<string, { name: string; at: readonly [number, number] }>();
    ccByFirstName = byFirst;
    const seen = new Set<string>();
    // The Kopi/Til lines, and the headers of the messages quoted below ("From: Aune, Ingvild"
    // above her own reply that the writer forwards: "Ingvild stiller fra oss, se nedenfor").
    for (const c of [...input.cc, ...(input.knownNames ?? [])]) {
      const n = c.name ? displayCcName(c.name) : null;
      if (!n || !n.includes(' ') || (sender.name && sameName(n, sender.name)) || input.org.isOrganiserName(n)) continue;
      const at: readonly [number, number] = [c.nameStart ?? -1, c.nameEnd ?? -1];
      const first = fold(n.split(' ')[0] ?? '');
      const had = byFirst.get(first);
      if (seen.has(first)) {
        // Two different persons with this first name: ambiguous.
        if (had === undefined || !sameName(had.name, n)) byFirst.delete(first);
      } else byFirst.set(first, { name: n, at });
      seen.add(first);
    }
  }

  // ---- Units
  const units: Unit[] = [];
  {
    let pos = regionStart;
    let para: [number, number] | null = null;
    // Below the signature only answers written under quoted questions are read ("> Navn på
    // deltaker:" / "Ranveig Lysø"): the rest there is signature.
    const mainArr = view.slice(0, sigRel).split('\n');
    const mainLines = mainArr.length;
    const lines = input.blank.length > 0 && sigRel < view.length ? view.split('\n') : mainArr;
    const tables = readTables(lines.length > mainLines ? lines.slice(0, mainLines) : lines);
    // The last non-blank line, when it was quoted: a question the next own line may answer.
    let quotedQ: readonly [number, number] | null = null;
    for (let li = 0; li < lines.length; li++) {
      const line = lines[li] ?? '';
      const ls = pos;
      const le = pos + line.length;
      pos = le + 1;
      if (isBlankText(line)) {
        para = pushSentences(units, view, regionStart, para);
        if (input.blank.length > 0 && le > ls && !isBlank(T, ls, le)) quotedQ = [ls, le];
        continue;
      }
      const q = quotedQ ? T.slice(quotedQ[0], quotedQ[1]).replace(/^[\s>]+/, '').trim() : null;
      quotedQ = null;
      const answer = q !== null ? inlineAnswer(q, line, ls, le, initialsOf(sender.name)) : null;
      if (answer) {
        para = pushSentences(units, view, regionStart, para);
        units.push(answer);
        continue;
      }
      if (li >= mainLines) {
        // An answer in sentences below the signature ("KS: Det blir meg selv, Knut Solberg.").
        if (q === null || !/[:?]\s*$/.test(q)) {
          para = pushSentences(units, view, regionStart, para);
          continue;
        }
      }
      const tl = li < mainLines ? tables.get(li) : undefined;
      if (tl) {
        // A table's heading row is no statement; each row below it is one person.
        para = pushSentences(units, view, regionStart, para);
        if (tl.kind === 'row') {
          const cells = tl.cells.map((c) => ({ ...c, start: ls + c.start, end: ls + c.end }));
          units.push({ kind: 'row', start: ls, end: le, text: line, cells, question: false });
        }
        continue;
      }
      const fm = FORM_LABEL.exec(line);
      if (fm && line.length < 200) {
        para = pushSentences(units, view, regionStart, para);
        const value = fm[2] ?? '';
        const vs = ls + line.length - value.length;
        units.push({ kind: 'form', start: ls, end: le, text: line, formField: formField(fm[1] ?? ''), formValueStart: vs, question: false });
        continue;
      }
      const record = isRecordLine(line);
      // "Sør-Trøndelag fylkeskommune: Kirsten Eggen, kirsten.eggen@stfk.no – cøliaki": a list
      // item under a heading word, like a bullet.
      if (record || BULLET.test(line) || (line.length < 300 && line.includes(':') && LABELLED_PERSON.test(line))) {
        para = pushSentences(units, view, regionStart, para);
        // "2. Når kommer programmet? Det er lettere …": a numbered question with more after it is
        // read sentence by sentence, so the question stays a question.
        if (!record && QUESTION_INSIDE.test(line)) {
          pushSentences(units, view, regionStart, [ls, le]);
          continue;
        }
        units.push({ kind: 'bullet', start: ls, end: le, text: line, question: /\?\s*$/.test(line), record });
        continue;
      }
      if (para) para[1] = le;
      else para = [ls, le];
    }
    para = pushSentences(units, view, regionStart, para);
  }

  // ---- Statements
  const confirmationThanks = CONFIRMATION_THANKS.test(view.slice(0, sigRel)) || (input.subject !== undefined && input.subject !== null && CONFIRMATION_SUBJECT.test(input.subject));
  const eligibilityAsked = units.some((u) => u.question && ELIGIBILITY_QUESTION.test(u.text));
  const reader = new StatementReader(input, view, regionStart, sender, senderFirst, ccByFirstName, confirmationThanks, eligibilityAsked);
  const { statements, dietlessSession, dietStatements, mentions, recordInfo } = reader;
  for (const u of units) reader.readUnit(u);
  const { question, withdrawNobody } = reader;
  let hasCue = reader.hasCue;

  // "Vi ønsker gjerne å være med … Vi kommer tilbake med navn": the county will come, who is not
  // decided yet; "vi" signs nobody up.
  const ownText = view.slice(0, sigRel);
  if (NAMES_LATER_HINT.test(ownText) && NAMES_LATER.test(ownText)) dropSelfSignUps(statements, true);
  // "Før jeg melder meg på, et praktisk spørsmål: …? Jeg kommer fra Trondheim …": a question
  // asked before signing up; the writer has not signed up yet.
  if (question && BEFORE_SIGNUP.test(ownText)) dropSelfSignUps(statements, false);

  if (input.presumeSelf) {
    const at = regionStart;
    statements.push({ target: { kind: 'self', start: at, end: at }, attending: true, strength: 1, pos: at, cueStart: at, cueEnd: at, unit: units[0] ?? { kind: 'sentence', start: at, end: at, text: '', question: false } });
    hasCue = true;
  }

  // A reply that says nothing but lists person records ("Per Hansen, per@hfk.no, vegetar") signs
  // them up, as a form record ("Navn: …") does. Not the sender's own line (a signature without a
  // closing), and not in an out-of-office reply ("Kontakt Per Hansen, per@hfk.no, i mitt fravær").
  if (statements.length === 0 && !question && !withdrawNobody && units.some((u) => u.record) && !OOO_BODY.test(view.slice(0, sigRel))) {
    for (const u of units) {
      if (!u.record) continue;
      const h = findNames(u.text.replace(BULLET, (m) => ' '.repeat(m.length)), 2)[0];
      if (!h || input.org.isOrganiserName(h.name)) continue;
      if (sender.name !== null && sameName(h.name, sender.name)) {
        // The writer's own line counts when it says what she eats ("Linn Edvardsen, vegetar");
        // without that it is a signature.
        const d = analyseDiets(u.text);
        if (d.codes.length > 0 || d.none) {
          statements.push({ target: { kind: 'self', start: u.start + h.start, end: u.end }, attending: true, strength: 2, pos: u.start, cueStart: u.start, cueEnd: u.end, unit: u });
          dietStatements.push({ codes: d.codes, clauseText: u.text.trim(), targets: [{ kind: 'self', start: u.start, end: u.end }], all: false, pos: u.start, start: u.start, end: u.end, unit: u });
          hasCue = true;
        }
        continue;
      }
      const t: Target = { kind: 'name', name: h.name, start: u.start + h.start, end: u.start + h.end };
      statements.push({ target: t, attending: true, strength: 2, pos: u.start, cueStart: u.start, cueEnd: u.end, unit: u });
      reader.mention(t, t.start);
      hasCue = true;
    }
  }

  // ---- Out of office (only when nothing else is said)
  const mainText = view.slice(0, sigRel);
  const outOfOffice = statements.length === 0 && OOO_BODY.test(mainText);

  // ---- Persons
  const book = new Persons(sender, mentions, input.org);
  const persons = book.list;

  statements.sort((a, b) => a.pos - b.pos);
  // The sender placed only by "vi/we" moves to where the reply names her ("Vi er to: Per Hansen
  // og undertegnede", "Navn: Kari Nordmann" in a form below "Vi er to fra Oppland").
  let selfPlacedImplicitly = false;
  // A withdrawal said only of "us" ("de kan stryke oss frå lista") after a named person withdrew
  // is that person's seat, not the writer's.
  let selfWithdrawnByUsOnly = false;
  for (const s of statements) {
    const p = book.resolve(s.target, s.pos, true);
    if (!p) continue;
    if (p.self) {
      const implicit = s.target.kind === 'self' && s.target.implicit === true;
      if (p.strength < 0) selfPlacedImplicitly = implicit;
      else if (selfPlacedImplicitly && !implicit) {
        p.firstPos = s.pos;
        selfPlacedImplicitly = false;
      }
      if (!s.attending) selfWithdrawnByUsOnly = implicit && (p.strength < 0 || selfWithdrawnByUsOnly);
    }
    if (s.strength >= p.strength) {
      p.attending = s.attending;
      p.strength = s.strength;
      p.attendStart = s.cueStart;
      p.attendEnd = s.cueEnd;
    }
    if (p.unitStart < 0 && (s.unit.kind === 'bullet' || s.unit.kind === 'form' || s.unit.kind === 'row')) {
      p.unitStart = s.unit.start;
      p.unitEnd = s.unit.end;
    }
    if (s.unit.kind === 'bullet' && s.target.kind === 'name') {
      // Bullet "- Kari Nordmann, kari@x.no, vegetar": address and diets of that line.
      const em = findEmails(s.unit.text, s.unit.start).filter((e) => !input.org.isOrganiserEmail(e.value));
      if (em.length === 1 && !p.email && em[0]) {
        p.email = em[0].value;
        p.emailStart = em[0].start;
        p.emailEnd = em[0].end;
      }
    }
    const info = recordInfo.get(s.target);
    if (info) {
      if (info.email && !p.email) {
        p.email = info.email.value;
        p.emailStart = info.email.start;
        p.emailEnd = info.email.end;
      }
      if (info.title) {
        p.title = info.title[0];
        p.titleStart = info.title[1];
        p.titleEnd = info.title[1] + info.title[0].length;
      }
      if (info.phone) {
        p.phone = info.phone.value;
        p.phoneStart = info.phone.start;
        p.phoneEnd = info.phone.end;
      }
      if (info.session) {
        p.sessionWish = info.session[0];
        p.sessionStart = info.session[1];
        p.sessionEnd = info.session[2];
      }
    }
  }
  // Persons that only had a bullet/record target also get their record email.
  // "meld på per arne lie (per.arne.lie@hedmark.org)": the name written (in any case) right
  // before an address whose parts it spells is that person's name.
  for (const p of persons) {
    if (p.self || p.name || !p.email || p.emailStart < 0) continue;
    const n = nameWrittenBefore(T, p.emailStart, p.email);
    if (n) {
      p.name = n.name;
      p.nameStart = n.start;
      p.nameEnd = n.end;
    }
  }
  const selfP = book.self;
  if (selfP && selfWithdrawnByUsOnly && !selfP.attending && persons.some((p) => !p.self && p.strength >= 0 && !p.attending)) selfP.strength = -1;
  const attendees = persons.filter((p) => p.strength >= 0);

  // ---- E-mail addresses for named persons
  const allEmails = findEmails(mainText, regionStart).filter((e) => !input.org.isOrganiserEmail(e.value) && e.value !== sender.email);
  const used = new Set<string>();
  for (const p of attendees) if (p.email !== null) used.add(p.email);
  for (const p of attendees) {
    if (p.email || !p.name) continue;
    // 1. Written right after the name: "Maren Vik (maren.vik@rogfk.no)", "Guro, guro@…"
    const next = allEmails.find((e) => e.start >= p.nameEnd && e.start - p.nameEnd <= 40 && ONLY_ADDRESS_LABEL.test(T.slice(p.nameEnd, e.start)));
    let chosen: Found | null = next && !used.has(next.value) ? next : null;
    // 2. An address whose local part matches the name.
    if (!chosen) {
      let best = 0;
      for (const e of allEmails) {
        if (used.has(e.value)) continue;
        const sc = nameEmailScore(p.name, e.value);
        if (sc > best && sc >= 0.5) {
          best = sc;
          chosen = e;
        }
      }
    }
    if (chosen) {
      p.email = chosen.value;
      p.emailStart = chosen.start;
      p.emailEnd = chosen.end;
      used.add(chosen.value);
      continue;
    }
    // 3. The Cc line ("Kopi: Lie-Olsen, Hanne <hanne@…>").
    for (const c of input.cc) {
      if (!c.email || used.has(c.email)) continue;
      if ((c.name && sameName(c.name, p.name) && c.name.includes(' ')) || nameEmailScore(p.name, c.email) >= 0.99) {
        p.email = c.email;
        p.emailStart = c.emailStart;
        p.emailEnd = c.emailEnd;
        used.add(c.email);
        break;
      }
    }
  }
  // An unclaimed address in a sentence that signed up exactly one unnamed-address person.
  for (const p of attendees) {
    if (p.email || p.self || !p.name) continue;
    const free = allEmails.filter((e) => !used.has(e.value) && e.start > p.nameEnd && e.start - p.nameEnd < 120);
    const f0 = free[0];
    if (f0 && nameEmailScore(p.name, f0.value) > 0) {
      p.email = f0.value;
      p.emailStart = f0.start;
      p.emailEnd = f0.end;
      used.add(f0.value);
    }
  }

  // ---- Diets
  const attending = attendees.filter((p) => p.attending);
  const retracted = new Map<BodyPerson, Set<DietCode>>();
  // Where each person's codes were said (sentence units), for what veganism implies: kept only
  // when someone is said to be vegan.
  const anyVegan = dietStatements.some((d) => d.codes.includes('vegan'));
  const codeUnits = new Map<BodyPerson, Map<DietCode, Set<Unit>>>();
  const veganUnits = new Map<BodyPerson, Set<Unit>>();
  for (const d of dietStatements) {
    let targets: BodyPerson[] = [];
    if (d.all) targets = attending.length ? attending : attendees;
    for (const t of d.targets) {
      const p = t.kind === 'pronoun' ? book.lastOther(d.pos) : book.resolve(t, d.pos, false);
      if (p && attendees.includes(p) && !targets.includes(p)) targets.push(p);
    }
    if (targets.length === 0 && d.targets.length === 0) {
      if (attending.length === 1 && attending[0]) targets = [attending[0]];
      else if (attendees.length === 1 && attendees[0]) targets = [attendees[0]];
      else {
        // The person talked about last before this sentence.
        let best: BodyPerson | null = null;
        let bp = -1;
        for (const m of mentions) {
          if (m.pos > d.pos) continue;
          const p = m.target.kind === 'self' ? book.self : book.resolve(m.target, m.pos, false);
          if (p && attendees.includes(p) && m.pos >= bp) {
            best = p;
            bp = m.pos;
          }
        }
        if (best) targets = [best];
        else if (attending[0]) targets = [attending[0]];
      }
    }
    for (const p of targets) {
      for (const code of d.codes) {
        p.diets.add(code);
        if (!anyVegan) continue;
        let m = codeUnits.get(p);
        if (!m) codeUnits.set(p, (m = new Map()));
        let us = m.get(code);
        if (!us) m.set(code, (us = new Set()));
        us.add(d.unit);
        if (code === 'vegan') {
          let vs = veganUnits.get(p);
          if (!vs) veganUnits.set(p, (vs = new Set()));
          vs.add(d.unit);
        }
      }
      if (d.retract) {
        let r = retracted.get(p);
        if (!r) retracted.set(p, (r = new Set()));
        for (const code of d.retract) r.add(code);
      }
      if (d.codes.length > 0) {
        p.dietNotes.push(d.clauseText.replace(/\s+/g, ' '));
        if (p.dietStart < 0) {
          p.dietStart = d.start;
          p.dietEnd = d.end;
        } else {
          p.dietEnd = Math.max(p.dietEnd, d.end);
        }
      }
    }
  }

  for (const [p, codes] of retracted) for (const code of codes) p.diets.delete(code);
  // "Eg er veganar, så eg et verken kjøt, fisk, egg eller mjølkeprodukt": what veganism excludes,
  // said in the same sentence, explains it rather than adding needs.
  for (const [p, units] of veganUnits) {
    p.diets.delete('vegetarian');
    for (const code of VEGAN_IMPLIES) {
      const from = codeUnits.get(p)?.get(code);
      if (from && [...from].every((u) => units.has(u))) p.diets.delete(code);
    }
  }

  // ---- Sessions
  for (const s of dietlessSession) {
    const p = attending.length === 1 ? attending[0] : null;
    if (p && !p.sessionWish) {
      p.sessionWish = s.value;
      p.sessionStart = s.start;
      p.sessionEnd = s.end;
    }
  }

  // ---- Titles, phone for the sender and colleagues
  const self = book.self;
  if (self && signature) {
    if (signature.title && !self.title) {
      self.title = signature.title;
      self.titleStart = signature.titleStart;
      self.titleEnd = signature.titleEnd;
    }
    if (signature.phone && !self.phone) {
      self.phone = signature.phone;
      self.phoneStart = signature.phoneStart;
      self.phoneEnd = signature.phoneEnd;
    }
  }
  for (const p of attendees) {
    if (p.self || p.title || p.nameStart < 0) continue;
    const tb = titleBefore(T, p.nameStart);
    if (tb) {
      p.title = tb.title;
      p.titleStart = tb.start;
      p.titleEnd = tb.start + tb.title.length;
    }
  }

  // ---- Counties: an attendee's own address decides; the text is searched only when one has none
  // that does (most replies come from county addresses).
  let countyHits: CountyHit[] | null = null;
  const senderCounty = input.resolver.fromEmail(sender.email);
  for (const p of attendees) {
    const own = input.resolver.fromEmail(p.email);
    if (own) {
      p.county = own;
      continue;
    }
    if (p.unitStart >= 0) {
      const inUnit = bestHit((countyHits ??= countyHitsIn(input.resolver, view, regionStart)).filter((h) => h.start >= p.unitStart && h.end <= p.unitEnd));
      if (inUnit) {
        p.county = inUnit;
        p.countyFromText = true;
        continue;
      }
    }
    if (!p.self && senderCounty) {
      p.county = senderCounty;
      continue;
    }
    const textBest = bestHit((countyHits ??= countyHitsIn(input.resolver, view, regionStart)));
    if (textBest) {
      p.county = textBest;
      p.countyFromText = true;
    }
  }

  return {
    persons: attendees.sort((a, b) => a.firstPos - b.firstPos),
    question,
    outOfOffice,
    withdrawNobody,
    hasCue,
    signature,
    sender,
    mainEnd,
    truncated: fullLength > MAX_ANALYSED ? fullLength : 0,
  };
}
