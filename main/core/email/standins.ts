/**
 * Stand-ins: one byte per character for pastes of Latin text with typographic punctuation.
 *
 * Why: V8 stores a string one byte per character only when every character is at most U+00FF.
 * One en dash in a quoted invitation ("10.00–15.30") or one curly apostrophe makes the whole
 * paste, and every slice of it, two bytes per character, and the parser's regular expressions
 * run markedly slower on such strings (the benchmark's paste, with one en dash in each quoted
 * invitation, parses about 8 % faster with stand-ins). Such a character is never a letter, digit
 * or space. normalise() therefore writes each of the characters below as a C1 control code
 * (U+0080–U+009F, which never reach the parser otherwise: normalise turns C1 controls in a paste
 * into spaces, as it does other control characters), parseEmails writes them back in everything
 * it returns, and every rule that names one of the characters names its stand-in too
 * (`withStandIns`). Offsets do not change: one character stands for one. standins.test.ts
 * parses every sample and fixture with and without stand-ins, as written and made typographic,
 * and requires the same result.
 *
 * A paste that also holds other characters above U+00FF (Sámi š, Polish ł, emoji) stays two
 * bytes per character: still correct, only not faster.
 */

/**
 * Character → the C1 code standing for it. U+0085 (next line) is left out: some engines see it as
 * a line end. "™" is left out: it is an emoji character (\p{Extended_Pictographic}) to the rules.
 */
const TABLE: ReadonlyArray<readonly [string, number]> = [
  ['€', 0x80], ['‐', 0x81], ['‑', 0x82], ['−', 0x83], ['„', 0x84], ['…', 0x86], ['‒', 0x87], ['′', 0x88],
  ['″', 0x89], ['‚', 0x8a], ['‹', 0x8b], ['‘', 0x91], ['’', 0x92], ['“', 0x93], ['”', 0x94], ['•', 0x95],
  ['–', 0x96], ['—', 0x97], ['›', 0x9b],
];

/** Stand-in code by character code (0: none). */
const STAND_IN = new Map<number, number>(TABLE.map(([ch, code]) => [ch.charCodeAt(0), code]));
/** The character by stand-in code − 0x80 ('' for codes that stand for nothing). */
const ORIGINAL: string[] = Array.from({ length: 32 }, () => '');
for (const [ch, code] of TABLE) ORIGINAL[code - 0x80] = ch;

/**
 * Whether normalise writes stand-ins. Off only in tests, which parse the same text both ways
 * and require the same result.
 */
export const STAND_INS = { enabled: true };

/** The code standing for character code `c` in the parser's text, or 0 if it has none. */
export function standInFor(c: number): number {
  return STAND_IN.get(c) ?? 0;
}

/** Whether `c` is a C1 control code (U+0080–U+009F): the range the stand-ins are taken from. */
export function isC1(c: number): boolean {
  return c >= 0x80 && c <= 0x9f;
}

const ANY_STAND_IN = /[\x80-\x9f]/;
const STAND_INS_G = /[\x80-\x9f]/g;

function originalOf(c: string): string {
  return ORIGINAL[c.charCodeAt(0) - 0x80] || c;
}

/** `s` with its stand-ins written back as the characters they stand for. */
export function restored(s: string): string {
  if (!ANY_STAND_IN.test(s)) return s;
  return s.replace(STAND_INS_G, originalOf);
}

/** The table's characters, for character classes. */
const CHARS = TABLE.map(([ch]) => ch).join('');
const HAS_CHAR = new RegExp(`[${CHARS}]`);
const CHARS_G = new RegExp(`[${CHARS}]`, 'g');
/** A paste the normaliser must rewrite: it holds a character of the table or a C1 control. */
export const NEEDS_STAND_IN = new RegExp(`[\\x80-\\x9f${CHARS}]`);

/** `s` as the parser's text holds it: each character of the table as its stand-in. */
export function withStandInChars(s: string): string {
  if (!HAS_CHAR.test(s)) return s;
  return s.replace(CHARS_G, (ch) => String.fromCharCode(standInFor(ch.charCodeAt(0))));
}

function hex(code: number): string {
  return `\\x${code.toString(16)}`;
}

/**
 * The regex with each character of the table in its source also matching the character's
 * stand-in: "’" becomes "[’\x92]", and inside a class "[’-]" becomes "[’\x92-]". Throws on a
 * table character that starts or ends a class range, which this cannot rewrite.
 */
export function withStandIns(re: RegExp): RegExp {
  const src = re.source;
  let out = '';
  let inClass = false;
  let classStart = -1;
  let changed = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] ?? '';
    if (ch === '\\') {
      out += ch + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
      classStart = i;
    }
    const code = standInFor(ch.charCodeAt(0));
    if (code === 0) {
      out += ch;
      continue;
    }
    changed = true;
    if (inClass) {
      const rangeBefore = src[i - 1] === '-' && i - 2 > classStart && src[i - 2] !== '\\';
      const rangeAfter = src[i + 1] === '-' && src[i + 2] !== ']';
      if (rangeBefore || rangeAfter) {
        throw new Error(`withStandIns: "${ch}" in a class range of /${src}/`);
      }
      out += ch + hex(code);
    } else {
      out += `[${ch}${hex(code)}]`;
    }
  }
  return changed ? new RegExp(out, re.flags) : re;
}
