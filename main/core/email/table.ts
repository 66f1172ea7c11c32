/**
 * Tables and lists of persons in a reply's own text.
 *
 * Why: organisers' contacts often paste the people they register as a small table (copied from
 * Excel or typed with aligned columns) or as "Name, address, diet" lines. Two shapes are read:
 *
 * - A table with a heading row that names its columns ("Navn  E-post  Matbehov",
 *   "| Name | Email | Diet |", "Fornavn<TAB>Etternavn<TAB>Allergier", an HTML table). Every
 *   following row up to a blank line (or, in an HTML table, rows with an address after blank
 *   lines) is a person; its cells are read by column (name, address, diet, title, phone, …).
 * - Without a heading: a line whose first cell is a person's full name and whose other cells hold
 *   an address or a food need ("Ola Nordby Strand, ola@afk.no, vegetar"). Such a line is read like
 *   a bullet line, so it counts only where the text registers people (a list introduction).
 *
 * Cells are separated by tabs, pipes, semicolons, two or more spaces, or (failing those) commas.
 * Numbered and lettered lists ("1.", "1)", "a)") are bullets (rules.ts BULLET), read the same way.
 * All work is linear in the length of the lines.
 */
import { analyseDiets } from './diets';
import { findNames } from './people';
import { BULLET, COLUMN_LABEL, formField, type FormField } from './rules';
import { withStandIns } from './standins';
import { findEmails } from './util';

export type ColumnField = FormField | 'first' | 'last' | 'number' | 'attending';

export interface Cell {
  field: ColumnField | null;
  text: string;
  /** Offsets relative to the line. */
  start: number;
  end: number;
}

type Delimiter = 'tab' | 'pipe' | 'semicolon' | 'spaces' | 'comma';

/** Lines longer than this are running text, not table rows. */
const MAX_ROW = 300;
const SEPARATOR_ROW = /^[\s|:+=-]+$/;
/** A cell that says "none": a dash or a word. */
const NOTHING_CELL = withStandIns(/^(?:-|–|—|ingen|inga|none|nei|no|n\/a)$/iu);
/** A record line starts (after a bullet) with two capitalised words: "Per Hansen", "Anne-Lise Dahl". */
const RECORD_START = withStandIns(/^[ \t]*(?:(?:[-*•·–>]|\d{1,2}\s?[.)]|\(\d{1,2}\)|[a-hA-H]\)|[a-h]\.|\([a-h]\))[ \t]+)?\p{Lu}[\p{Ll}'’]*[ -]\p{Lu}/u);
/** How the first label of a heading row starts (a superset of COLUMN_LABEL's first words). */
const HEADER_START = /^[\s|*]*(?:#|nr|no|navn|namn|name|full|deltak|particip|e-?post|e-?mail|mail|allerg|matallerg|diet|kost|matbehov|mat|food|spesiell|hensyn|stilling|tittel|title|position|rolle|role|tele|tlf|mobil|phone|organi|arbeidsgiver|virksomhet|fylke|kommune|county|fornavn|first|given|etternavn|surname|last|family|komment|merknad|comment|note|annet|anna)/iu;

function delimiterOf(line: string): Delimiter | null {
  if (line.includes('\t')) return 'tab';
  if (line.includes('|')) return 'pipe';
  if (line.includes(';')) return 'semicolon';
  if (/\S {2,}\S/.test(line)) return 'spaces';
  if (line.includes(',')) return 'comma';
  return null;
}

const SPLIT: Record<Delimiter, RegExp> = {
  tab: /[ ]*\t[\t ]*/g,
  pipe: /\s*\|\s*/g,
  semicolon: /\s*;\s*/g,
  spaces: / {2,}/g,
  comma: /\s*,\s*/g,
};

/** The non-empty cells of `line` split at `d`, with offsets relative to the line. */
export function splitCells(line: string, d: Delimiter): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const re = SPLIT[d];
  re.lastIndex = 0;
  let s = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    addCell(out, line, s, m.index);
    s = m.index + m[0].length;
  }
  addCell(out, line, s, line.length);
  return out;
}

/** Adds line[a, b) as a cell, trimmed, unless it is blank. */
function addCell(out: Array<{ text: string; start: number; end: number }>, line: string, a: number, b: number): void {
  const raw = line.slice(a, b);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text) out.push({ text, start: a + lead, end: a + lead + text.length });
}

function columnField(label: string): ColumnField | null {
  const l = label.replace(/^\*+|\*+$/g, '').trim();
  const m = COLUMN_LABEL.exec(l);
  if (!m) {
    // "Matbehov/allergier", "Allergier og diett", "Stilling / tittel": the first part that is a label.
    if (!/\/|\s(?:og|and|eller|or|&)\s/iu.test(l)) return null;
    const parts = l.split(/\s*\/\s*|\s+(?:og|and|eller|or|&)\s+/iu);
    for (const p of parts) if (p && COLUMN_LABEL.test(p)) return columnField(p);
    return null;
  }
  if (m[1]) return /^(?:fornavn|first|given)/i.test(m[1]) ? 'first' : 'last';
  if (m[2]) {
    if (/^(?:deltar|deltek|kommer|kjem|deltakelse|deltaking|påmeldt|attending|attends|attendance)$/iu.test(m[2])) return 'attending';
    return /^(?:komment|merknad|comment|note|annet|anna)/iu.test(m[2]) ? 'diet' : formField(m[2]);
  }
  return 'number';
}

interface Header {
  delimiter: Delimiter;
  columns: Array<{ field: ColumnField; start: number }>;
}

/**
 * Column labels separated by single spaces ("Navn E-post Matbehov"): what a tab-separated heading
 * becomes after normalisation (tabs turn into spaces). Multi-word labels are matched longest first.
 */
function labelsBySpace(line: string): Array<{ text: string; start: number; end: number }> | null {
  const words: Array<{ w: string; start: number; end: number }> = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    if (words.length >= 12) return null;
    words.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  }
  const out: Array<{ text: string; start: number; end: number }> = [];
  let i = 0;
  while (i < words.length) {
    let taken = 0;
    for (let k = Math.min(3, words.length - i); k >= 1 && taken === 0; k--) {
      const first = words[i];
      const last = words[i + k - 1];
      if (!first || !last) continue;
      const text = line.slice(first.start, last.end);
      if (columnField(text)) {
        out.push({ text, start: first.start, end: last.end });
        taken = k;
      }
    }
    if (taken === 0) return null;
    i += taken;
  }
  return out;
}

/** A heading row: 2+ cells, all column labels, naming a person (name or first/last) and more. */
function readHeader(line: string): Header | null {
  if (line.length > MAX_ROW) return null;
  let d = delimiterOf(line);
  let cells = d ? splitCells(line, d) : [];
  if (cells.length < 2) {
    cells = labelsBySpace(line) ?? [];
    d = 'spaces';
  }
  if (cells.length < 2 || !d) return null;
  const columns: Header['columns'] = [];
  for (const c of cells) {
    const f = columnField(c.text);
    if (!f) return null;
    columns.push({ field: f, start: c.start });
  }
  const person = columns.some((c) => c.field === 'name' || c.field === 'first' || c.field === 'last');
  const other = columns.some((c) => c.field !== 'name' && c.field !== 'number');
  return person && other ? { delimiter: d, columns } : null;
}

function readRow(line: string, h: Header): Cell[] | null {
  if (line.length > MAX_ROW || SEPARATOR_ROW.test(line)) return null;
  const body = line.replace(BULLET, (m) => ' '.repeat(m.length));
  let cells = splitCells(body, h.delimiter);
  // A row typed with single spaces in a space-aligned table is no row.
  if (cells.length === 0) return null;
  if (h.delimiter === 'spaces' && cells.length === 1 && h.columns.length > 1) {
    const tabbed = splitCells(body, 'tab');
    if (tabbed.length > 1) cells = tabbed;
  }
  const out: Cell[] = [];
  if (cells.length === 1 && h.columns.length > 1) return typedRow(body, h);
  if (cells.length === h.columns.length || h.delimiter !== 'spaces') {
    cells.forEach((c, i) => out.push({ ...c, field: h.columns[i]?.field ?? null }));
  } else {
    // Aligned columns with empty cells: each cell belongs to the column it starts under.
    for (const c of cells) {
      let field: ColumnField | null = null;
      for (const col of h.columns) if (col.start <= c.start + 2) field = col.field;
      out.push({ ...c, field });
    }
  }
  return out;
}

/**
 * A row whose cells cannot be told apart by separators (a tab-separated row after normalisation:
 * "Per Hansen per.hansen@hfk.no glutenfri"): cells by content. The name is the leading run of
 * capitalised words, the address and the phone number are found as such, and the rest after
 * them is the diet (when the heading has a diet column).
 */
function typedRow(body: string, h: Header): Cell[] | null {
  const has = (f: ColumnField): boolean => h.columns.some((c) => c.field === f);
  const out: Cell[] = [];
  const em = findEmails(body, 0)[0];
  const lead = body.length - body.trimStart().length;
  const nameEnd = em ? em.start : body.length;
  // Without an address the name must be a full name: a sentence after the table is no row.
  const hit = findNames(body.slice(0, nameEnd), em ? 1 : 2)[0];
  let rest = em ? em.end : 0;
  if (hit && hit.start === lead) {
    if (has('name')) out.push({ field: 'name', text: hit.name, start: hit.start, end: hit.end });
    else if (has('first')) {
      const sp = hit.name.indexOf(' ');
      if (sp < 0) return null;
      out.push({ field: 'first', text: hit.name.slice(0, sp), start: hit.start, end: hit.start + sp });
      out.push({ field: 'last', text: hit.name.slice(sp + 1), start: hit.start + sp + 1, end: hit.end });
    }
    rest = Math.max(rest, hit.end);
  }
  if (em) out.push({ field: 'email', text: em.value, start: em.start, end: em.end });
  if (out.length === 0) return null;
  const tail = body.slice(rest);
  const t = tail.trim();
  if (t && has('diet')) {
    const s = rest + tail.indexOf(t);
    out.push({ field: 'diet', text: t, start: s, end: s + t.length });
  }
  return out;
}

/** "Ola Nordby Strand" alone in a cell: a person's full name. */
function isNameCell(text: string): boolean {
  const hits = findNames(text, 2);
  const h = hits[0];
  return hits.length === 1 && h !== undefined && h.start === 0 && h.end === text.length;
}

/**
 * A line without heading that reads as a record of one person: "Name, address, diet",
 * "Name<TAB>address", "Name | diet". The first cell is a full name; another holds an address or
 * a food need (or "-"/"ingen"); no cell is running text.
 */
export function isRecordLine(line: string): boolean {
  if (line.length > MAX_ROW || !RECORD_START.test(line)) return false;
  const body = line.replace(BULLET, '');
  const d = delimiterOf(body);
  if (!d) return false;
  // Cheap first: the text up to the first separator must be a full name.
  const re = SPLIT[d];
  re.lastIndex = 0;
  const sep = re.exec(body);
  if (!sep || !isNameCell(body.slice(0, sep.index).trim())) return false;
  // One sentence per line: "Kari Nordmann, kari@x.no. Hun kommer." is running text.
  if (/[.!?]\s+\S/.test(body.replace(/\b(?:[\p{L}]\.|[\w.+-]+@[\w.-]+)/gu, ''))) return false;
  const cells = splitCells(body, d);
  const first = cells[0];
  if (cells.length < 2 || cells.length > 6 || !first || !isNameCell(first.text)) return false;
  let evidence = false;
  for (const c of cells.slice(1)) {
    if (c.text.split(/\s+/).length > 6) return false;
    if (findEmails(c.text, 0).length > 0) evidence = true;
    else if (NOTHING_CELL.test(c.text)) evidence = true;
    else {
      const diet = analyseDiets(c.text, true);
      if (diet.codes.length > 0 || diet.none) evidence = true;
    }
  }
  return evidence;
}

export interface TableLine {
  /** 'header': a heading row (no person); 'row': one person's cells. */
  kind: 'header' | 'row';
  cells: Cell[];
}

/**
 * The table lines among `lines` (by index): heading rows and the rows under them, up to a blank
 * line or a line that is no row.
 */
export function readTables(lines: readonly string[]): ReadonlyMap<number, TableLine> {
  let out: Map<number, TableLine> | null = null;
  let header: Header | null = null;
  // Blank lines since the last row: an HTML table's rows come out with blank lines between them,
  // so a table goes on after one, but only with a row that holds an address (strong evidence).
  let gap = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      gap = true;
      continue;
    }
    if (header) {
      if (SEPARATOR_ROW.test(line)) {
        out?.set(i, { kind: 'header', cells: [] });
        continue;
      }
      const row = readRow(line, header);
      const person = row?.some((c) => c.field === 'name' || c.field === 'first' || c.field === 'last' || c.field === 'email');
      if (row && person && (!gap || row.some((c) => c.field === 'email'))) {
        out?.set(i, { kind: 'row', cells: row });
        gap = false;
        continue;
      }
      header = null;
    }
    gap = false;
    // Cheap pre-check: a heading row starts with (the start of) a column label.
    const h = HEADER_START.test(line) ? readHeader(line) : null;
    if (h) {
      header = h;
      gap = false;
      out ??= new Map();
      out.set(i, { kind: 'header', cells: [] });
    }
  }
  return out ?? NO_TABLES;
}

const NO_TABLES: ReadonlyMap<number, TableLine> = new Map();

/** A row's person: name (from "Navn", or "Fornavn" + "Etternavn"; "Last, First" turned round). */
export function rowName(cells: readonly Cell[]): { name: string; start: number; end: number } | null {
  const full = cells.find((c) => c.field === 'name' && !/@/.test(c.text) && /\p{L}/u.test(c.text));
  if (full) {
    const t = full.text.replace(/[,;.]+$/, '');
    const comma = /^([^,]+),\s*([^,]+)$/.exec(t);
    const name = comma ? `${(comma[2] ?? '').trim()} ${(comma[1] ?? '').trim()}` : t.replace(/\s+/g, ' ');
    return { name, start: full.start, end: full.start + t.length };
  }
  const first = cells.find((c) => c.field === 'first' && /\p{L}/u.test(c.text));
  const last = cells.find((c) => c.field === 'last' && /\p{L}/u.test(c.text));
  if (first && last) return { name: `${first.text} ${last.text}`.replace(/\s+/g, ' '), start: first.start, end: Math.max(first.end, last.end) };
  return null;
}
