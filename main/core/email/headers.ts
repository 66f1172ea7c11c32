/**
 * Header blocks and address values as they appear in pasted mail.
 *
 * Layouts handled:
 *  - Outlook/Outlook Web/Thunderbird label blocks in any order: "Fra:/Frå:/From:", "Sendt:/Sent:/
 *    Dato:/Date:", "Til:/To:", "Kopi:/Cc:", "Emne:/Subject:", "Vedlegg:", … (also "*From:*" bold
 *    artefacts and a blank line between labels);
 *  - Gmail/Thunderbird/phone quote lines: "Den … skrev …:", "On … wrote:", possibly wrapped;
 *  - Gmail conversation view: "Name <email>" followed by a date line and "til meg"/"to me";
 *  - separators: "-----Opprinnelig melding-----", "---------- Forwarded message ---------", "____".
 * Address values: "Name <email>", "Last, First [mailto:email]", "Name (email)", bare addresses,
 * names only, and "X on behalf of Y".
 */
import { findDate, isDateLine } from './dates';
import { withStandIns } from './standins';
import { concatenated, findEmails, isBlankText, isSpaceCode, Memo } from './util';

export interface Address {
  name: string | null;
  email: string | null;
  /** Absolute offsets (normalised text) of the raw name/email, when present. */
  nameStart: number;
  nameEnd: number;
  emailStart: number;
  emailEnd: number;
}

export type HeaderKind = 'block' | 'wrote' | 'gmail';

export interface HeaderBlock {
  kind: HeaderKind;
  /** Absolute offsets of the whole block (normalised text); `end` is the end of its last line. */
  start: number;
  end: number;
  /** Index of the first line after the block. */
  nextLine: number;
  from: Address | null;
  /** The sender wrote on behalf of someone ("X on behalf of Y" → Y). */
  onBehalfOf: string | null;
  sentAt: string | null;
  sentStart: number;
  sentEnd: number;
  to: Address[];
  cc: Address[];
  /** "til meg"/"to me" (Gmail): addressed to whoever pasted it, i.e. the organiser. */
  toMe: boolean;
  subject: string | null;
  subjectStart: number;
  subjectEnd: number;
}

export interface Lines {
  text: string;
  /** Where each line starts. */
  starts: Int32Array;
}

export function splitLines(text: string): Lines {
  // Counted first, then filled: one array of the right size instead of one grown line by line.
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  const starts = new Int32Array(n);
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return { text, starts };
}

export function lineStart(l: Lines, i: number): number {
  return l.starts[i] ?? l.text.length;
}

/** End of line i, excluding the '\n'. */
export function lineEnd(l: Lines, i: number): number {
  const next = l.starts[i + 1];
  return next === undefined ? l.text.length : next - 1;
}

/** Line i's text. Sliced anew on each call: cheaper than keeping every line of a paste alive. */
export function lineText(l: Lines, i: number): string {
  return l.text.slice(lineStart(l, i), lineEnd(l, i));
}

// ---------------------------------------------------------------------------------------------
// Labels

type Label = 'from' | 'sent' | 'to' | 'cc' | 'bcc' | 'subject' | 'other';

const LABELS = new Map<string, Label>(Object.entries({
  fra: 'from', 'frå': 'from', from: 'from', von: 'from', avsender: 'from', avsendar: 'from',
  sendt: 'sent', sent: 'sent', dato: 'sent', date: 'sent', datum: 'sent', 'sendt dato': 'sent', gesendet: 'sent',
  til: 'to', to: 'to', an: 'to', mottaker: 'to', mottakere: 'to', mottakar: 'to', mottakarar: 'to',
  kopi: 'cc', 'kopi til': 'cc', cc: 'cc', blindkopi: 'bcc', bcc: 'bcc',
  emne: 'subject', subject: 'subject', betreff: 'subject', 'ämne': 'subject', tema: 'subject',
  vedlegg: 'other', attachments: 'other', attachment: 'other', viktighet: 'other', importance: 'other',
  prioritet: 'other', 'svar til': 'other', 'reply-to': 'other', anhang: 'other',
}) as Array<[string, Label]>);

/**
 * A label and its colon; the value is the rest of the line. Sticky, so that `test` gives the
 * match's length in lastIndex without making a match array.
 */
const LABEL_RE = /^[ \t]{0,3}[*_]{0,2}([A-Za-zÅÆØåæøä -]{2,12}?)[ \t]{0,2}[*_]{0,2}[ \t]{0,2}:[*_]{0,2}(?:[ \t]+|$)/y;

export interface LabelLine {
  label: Label;
  value: string;
  /** Offset of `value` within the line. */
  valueOffset: number;
}

/** '*' or '_' (bold or underline around a label or value in a text copy). */
function isMarkup(c: number): boolean {
  return c === 0x2a || c === 0x5f;
}

/** The words of line[0, colon) without the white space, '*' and '_' around them: "  **Fra** " → "fra". */
function labelWords(line: string, colon: number): string {
  let a = 0;
  let b = colon;
  while (a < b && (isSpaceCode(line.charCodeAt(a)) || isMarkup(line.charCodeAt(a)))) a++;
  while (b > a && (isSpaceCode(line.charCodeAt(b - 1)) || isMarkup(line.charCodeAt(b - 1)))) b--;
  return line.slice(a, b).toLowerCase();
}

/** The label line `line` is, or null. */
export function matchLabel(line: string): LabelLine | null {
  if (line.length > 2000) return null;
  // LABEL_RE puts the colon at index 23 at the latest, and the words before it (without the
  // spaces, '*' and '_' around them) must be a label: most lines are rejected here, without the
  // regex. (Not memoised: hashing the line costs about what reading it does.)
  const colon = line.indexOf(':');
  if (colon < 0 || colon > 23) return null;
  const label = LABELS.get(labelWords(line, colon));
  if (!label) return null;
  // The exact shape of a label line. When it matches, its label words are the ones found above.
  LABEL_RE.lastIndex = 0;
  if (!LABEL_RE.test(line)) return null;
  const end = LABEL_RE.lastIndex;
  let value = line.slice(end);
  let valueOffset = end;
  const trimmedStart = value.length - value.trimStart().length;
  valueOffset += trimmedStart;
  value = value.trim();
  if (value.length > 0 && (isMarkup(value.charCodeAt(0)) || isMarkup(value.charCodeAt(value.length - 1)))) value = value.replace(/^[*_]{1,2}|[*_]{1,2}$/g, '').trim();
  return { label, value, valueOffset };
}

// ---------------------------------------------------------------------------------------------
// Addresses

const DISPLAY_NAMES = new Memo<string | null>(20_000, 300);

/** "Ødegård, Bjørn" → "Bjørn Ødegård"; strips quotes and stray punctuation. */
export function displayName(raw: string): string | null {
  return DISPLAY_NAMES.get(raw, displayNameUncached);
}

const QUOTES_AROUND = withStandIns(/^['"‘’“”«]+|['"‘’“”»]+$/g);
const PUNCTUATION_AROUND = withStandIns(/^[,;:–-]+|[,;:–-]+$/g);

function displayNameUncached(raw: string): string | null {
  let s = raw.replace(/[\s]+/g, ' ').trim();
  s = s.replace(QUOTES_AROUND, '').trim();
  s = s.replace(PUNCTUATION_AROUND, '').trim();
  if (s.length === 0 || s.includes('@')) return null;
  if (/^(?:mailto|sip|tel):/i.test(s)) return null;
  const comma = /^([^,]+),\s*([^,]+)$/.exec(s);
  if (comma) {
    const last = (comma[1] ?? '').trim();
    const first = (comma[2] ?? '').trim();
    // "Last, First" (Outlook's directory order). Not for "Kommune, avdeling"-like values.
    if (last.split(' ').length <= 3 && first.split(' ').length <= 3 && /^\p{Lu}/u.test(first)) {
      s = `${first} ${last}`;
    }
  }
  if (!/\p{L}/u.test(s)) return null;
  return s;
}

/** `a` with its offsets moved by `offset` (−1 stays −1). A new object. */
function shifted(a: Address, offset: number): Address {
  return {
    name: a.name,
    email: a.email,
    nameStart: a.nameStart < 0 ? a.nameStart : a.nameStart + offset,
    nameEnd: a.nameStart < 0 ? a.nameEnd : a.nameEnd + offset,
    emailStart: a.emailStart < 0 ? a.emailStart : a.emailStart + offset,
    emailEnd: a.emailStart < 0 ? a.emailEnd : a.emailEnd + offset,
  };
}

// Addresses repeat (the organiser's, colleagues' in To/Cc): parsed once at offset 0, then moved.
const ADDRESSES = new Memo<Address>(20_000, 300);
const ADDRESS_LISTS = new Memo<Address[]>(20_000, 1000);

/** Parses one address value; `offset` is the absolute offset of `value`. */
export function parseAddress(value: string, offset: number): Address {
  return shifted(ADDRESSES.get(value, parseAddressAt0), offset);
}

function parseAddressAt0(value: string): Address {
  return parseAddressUncached(value, 0);
}

function parseAddressUncached(value: string, offset: number): Address {
  const addr: Address = { name: null, email: null, nameStart: -1, nameEnd: -1, emailStart: -1, emailEnd: -1 };
  const emails = findEmails(value, 0);
  let nameRaw = value;
  let nameRawStart = 0;
  const first = emails[0];
  if (first) {
    addr.email = first.value;
    addr.emailStart = offset + first.start;
    addr.emailEnd = offset + first.end;
    // Name is whatever stands before the bracketed address, or inside brackets after a bare one.
    let before = value.slice(0, first.start);
    before = before.replace(/[<[(]\s*(?:mailto:)?\s*$/i, '');
    const after = value.slice(first.end).replace(/^\s*[>\])]/, '');
    if (/\p{L}/u.test(before)) {
      nameRaw = before;
      nameRawStart = 0;
    } else {
      const paren = /^\s*\(([^)]{1,80})\)/.exec(after) ?? /^\s*"([^"]{1,80})"/.exec(after);
      if (paren) {
        nameRaw = paren[1] ?? '';
        nameRawStart = first.end + value.slice(first.end).indexOf(nameRaw);
      } else {
        nameRaw = '';
      }
    }
  }
  const name = displayName(nameRaw);
  if (name) {
    addr.name = name;
    const lead = nameRaw.length - nameRaw.trimStart().length;
    const core = nameRaw.trim().replace(/[,;:]+$/, '');
    addr.nameStart = offset + nameRawStart + lead;
    addr.nameEnd = addr.nameStart + core.length;
  }
  return addr;
}

/** Splits a To/Cc value into addresses (";" in Outlook, "," in Gmail; "Last, First" kept). */
export function parseAddressList(value: string, offset: number): Address[] {
  return ADDRESS_LISTS.get(value, parseAddressListAt0).map((a) => shifted(a, offset));
}

function parseAddressListAt0(value: string): Address[] {
  const offset = 0;
  const out: Address[] = [];
  const pieces: Array<{ s: string; o: number }> = [];
  let pos = 0;
  for (const part of value.split(';')) {
    pieces.push({ s: part, o: pos });
    pos += part.length + 1;
  }
  for (const p of pieces) {
    const emails = findEmails(p.s);
    const commas = p.s.split(',').length - 1;
    if (commas === 0) {
      if (p.s.trim()) out.push(parseAddress(p.s, offset + p.o));
      continue;
    }
    const parts = p.s.split(',');
    const oneLastFirst =
      emails.length <= 1 && commas === 1 && (parts[0] ?? '').trim().split(/\s+/).length <= 2 && !/[<@]/.test(parts[0] ?? '');
    if (oneLastFirst) {
      out.push(parseAddress(p.s, offset + p.o));
      continue;
    }
    // Several entries separated by commas; re-join "Last, First <x>" pairs when the left part
    // is a single word without an address.
    let acc = '';
    let accStart = 0;
    let q = 0;
    for (const part of parts) {
      if (acc === '') {
        acc = part;
        accStart = q;
      } else if (!/[@>)\]]/.test(acc) && acc.trim().split(/\s+/).length === 1) {
        acc += `,${part}`;
      } else {
        if (acc.trim()) out.push(parseAddress(acc, offset + p.o + accStart));
        acc = part;
        accStart = q;
      }
      q += part.length + 1;
    }
    if (acc.trim()) out.push(parseAddress(acc, offset + p.o + accStart));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Header blocks

function emptyBlock(kind: HeaderKind, start: number): HeaderBlock {
  return {
    kind, start, end: start, nextLine: 0, from: null, onBehalfOf: null, sentAt: null, sentStart: -1, sentEnd: -1,
    to: [], cc: [], toMe: false, subject: null, subjectStart: -1, subjectEnd: -1,
  };
}

const ON_BEHALF = /\s+(?:on behalf of|på vegne av|på vegner av|pa vegne av)\s+(.+)$/i;

function applyLabel(h: HeaderBlock, ll: LabelLine, absValue: number): void {
  const v = ll.value;
  switch (ll.label) {
    case 'from': {
      if (h.from) return;
      let value = v;
      const ob = ON_BEHALF.exec(value);
      if (ob) {
        h.onBehalfOf = displayName(ob[1] ?? '');
        value = value.slice(0, ob.index);
      }
      h.from = parseAddress(value, absValue);
      break;
    }
    case 'sent': {
      if (h.sentAt) return;
      const d = findDate(v);
      if (d) {
        h.sentAt = d.iso;
        h.sentStart = absValue;
        h.sentEnd = absValue + v.length;
      }
      break;
    }
    case 'to':
      h.to = concatenated(h.to, parseAddressList(v, absValue));
      if (/^(?:meg|me|deg|you)$/i.test(v)) h.toMe = true;
      break;
    case 'cc':
      h.cc = concatenated(h.cc, parseAddressList(v, absValue));
      break;
    case 'subject':
      if (h.subject === null) {
        h.subject = v;
        h.subjectStart = absValue;
        h.subjectEnd = absValue + v.length;
      }
      break;
    default:
      break;
  }
}

/**
 * A label block starting at line i ("Fra:/Sendt:/Til:/Emne:" in any order). Requires a sender
 * label plus a date, recipient or subject label, so that a form line like "Fra: Hordaland
 * fylkeskommune" in a reply body is not mistaken for a header.
 */
export function detectLabelBlock(l: Lines, i: number, first = lineText(l, i)): HeaderBlock | null {
  const ll0 = matchLabel(first);
  if (!ll0) return null;
  const h = emptyBlock('block', lineStart(l, i));
  let j = i;
  let hasFrom = false;
  let others = 0;
  let lastLine = i;
  const n = l.starts.length;
  while (j < n) {
    const t = j === i ? first : lineText(l, j);
    const ll = j === i ? ll0 : matchLabel(t);
    if (ll) {
      if (ll.label === 'from') {
        if (hasFrom) break; // the next block starts here
        hasFrom = true;
      } else if (ll.label !== 'other') {
        others++;
      }
      applyLabel(h, ll, lineStart(l, j) + ll.valueOffset);
      lastLine = j;
      j++;
      continue;
    }
    // One blank line between labels happens with HTML-to-text copies.
    if (isBlankText(t) && j + 1 < n && j - lastLine === 0) {
      const nxt = matchLabel(lineText(l, j + 1));
      if (nxt && !(nxt.label === 'from' && hasFrom)) {
        j++;
        continue;
      }
    }
    break;
  }
  if (!hasFrom || others === 0) return null;
  if (!h.from || (!h.from.email && !h.from.name)) return null;
  h.end = lineEnd(l, lastLine);
  h.nextLine = lastLine + 1;
  return h;
}

const WROTE_RE = /\b(skrev|skreiv|wrote|schrieb|a écrit|escribió)\b/i;

/**
 * Gmail's locale-neutral quote line of 2015: "2015-08-28 10:44 GMT+02:00 Name <x@y>:" — no
 * "wrote". Returns a match-like object whose index is the end of the date (the name follows).
 */
function gmailIsoQuote(joined: string): RegExpExecArray | null {
  const m = /^\d{4}-\d{2}-\d{2}\s+\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC)?[+-]\d{1,2}:?\d{2})?\s+(?=[^<>]*<[^<>@\s]+@[^<>\s]+>:$)/.exec(joined);
  if (!m) return null;
  const r = Object.assign([''], { index: m[0].length, input: joined, groups: undefined }) as unknown as RegExpExecArray;
  r[1] = 'skrev';
  return r;
}

/** A quote line starts with one of these words, holds "skrev/wrote" or ends its first line with ':'. */
const WROTE_START = /^\s*(?:den|on|am|le|el|p[åa])\b/i;
const ENDS_COLON = /:\s*$/;

/**
 * "Den fre. 28. aug. 2015 kl. 10:44 skrev Aina Sofie Brox <aina-sofie.brox@kdu.no>:",
 * "On Fri, Aug 28, 2015 at 10:44 AM, Name <x@y> wrote:", "Den 01.09.2015 kl. 10:15, skrev Navn:".
 * Gmail wraps long ones over two or three lines.
 */
export function detectWrote(l: Lines, i: number, line = lineText(l, i)): HeaderBlock | null {
  const n = l.starts.length;
  if (!ENDS_COLON.test(line) && !WROTE_START.test(line) && !WROTE_RE.test(line)) return null;
  let joined = '';
  let last = i;
  for (let k = i; k < Math.min(n, i + 3); k++) {
    const t = k === i ? line : lineText(l, k);
    if (k > i && isBlankText(t)) return null;
    joined += (k > i ? ' ' : '') + t.trim();
    last = k;
    if (joined.length > 400) return null;
    if (ENDS_COLON.test(t)) break;
  }
  if (!/:$/.test(joined)) return null;
  const kw = WROTE_RE.exec(joined) ?? gmailIsoQuote(joined);
  if (!kw) return null;
  const date = findDate(joined);
  const emails = findEmails(joined);
  if (!date && emails.length === 0) return null;
  if (!date && !/^(?:den|on|am|le|el)\b/i.test(joined)) return null;
  const h = emptyBlock('wrote', lineStart(l, i));
  h.end = lineEnd(l, last);
  h.nextLine = last + 1;
  if (date) h.sentAt = date.iso;
  // Who wrote: after "skrev" ("Den … skrev Name:"), or before "wrote" ("On …, Name wrote:").
  const kwWord = (kw[1] ?? '').toLowerCase();
  let who = '';
  let whoStart = 0;
  const afterKw = joined.slice(kw.index + kw[0].length, joined.length - 1);
  const afterClean = afterKw.replace(/\b(?:følgende|følgjande|the following|følgende den)\b/gi, ' ');
  const afterDate = date && date.start >= kw.index ? afterClean.replace(/.*\d{1,2}[:.]\d{2}(?:\s?[AP]M)?/i, '') : afterClean;
  if (kwWord !== 'wrote' && /\p{L}{2}/u.test(afterDate)) {
    who = afterDate;
    whoStart = kw.index + kw[0].length + (afterKw.length - afterDate.length);
  } else {
    let beforeStart = date && date.end <= kw.index ? date.end : 0;
    let before = joined.slice(beforeStart, kw.index);
    if (!date) before = before.replace(/^(?:den|on|am|le|el)\s+/i, (m) => ((beforeStart += m.length), ''));
    who = before;
    whoStart = beforeStart;
  }
  who = who.replace(/^[\s,]+|[\s,]+$/g, '');
  // Offsets in the joined string only map to the text when the line was not wrapped.
  const single = last === i;
  const base = lineStart(l, i) + (lineText(l, i).length - lineText(l, i).trimStart().length);
  const addr = parseAddress(who, single ? base + joined.indexOf(who, whoStart) : 0);
  if (!single) {
    addr.nameStart = addr.nameEnd = addr.emailStart = addr.emailEnd = -1;
  }
  h.from = addr;
  return h;
}

/**
 * Gmail conversation view: "Kari Nordmann <kari@x.no>" on a line of its own, then a date line
 * (maybe "(for 3 dager siden)") and "til meg"/"to me"/"til Aina". Outlook Web's print view
 * writes "Kari Nordmann [kari@x.no]" and "Sendt: …" the same way.
 */
const GMAIL_FROM = /^([^<>:@\n[\]()]{2,80}?)\s*(?:<[^<>\s]+@[^<>\s]+>|\[[^[\]\s]+@[^[\]\s]+\])\s*(.*)$/;
const SENT_LABEL = /^(?:sendt|sent|dato|date)\s*:\s*(.+)$/i;

export function detectGmailLayout(l: Lines, i: number): HeaderBlock | null {
  const t = lineText(l, i).trim();
  if (t.length > 200 || !t.includes('@')) return null;
  const m = GMAIL_FROM.exec(t);
  if (!m) return null;
  const rest = m[2] ?? '';
  const n = l.starts.length;
  let dateIso: string | null = null;
  let k = i + 1;
  let dateLine = -1;
  if (rest && isDateLine(rest)) {
    dateIso = findDate(rest)?.iso ?? null;
    dateLine = i;
  } else if (rest) {
    return null;
  }
  while (dateIso === null && k < n && k <= i + 3) {
    const s = lineText(l, k).trim();
    if (s === '') {
      k++;
      continue;
    }
    // Outlook Web's print view labels it: "Sendt: 4. september 2015 13:22".
    const d = SENT_LABEL.exec(s)?.[1] ?? s;
    if (!isDateLine(d)) return null;
    dateIso = findDate(d)?.iso ?? null;
    dateLine = k;
    k++;
    break;
  }
  if (dateIso === null) return null;
  const h = emptyBlock('gmail', lineStart(l, i));
  const lead = lineText(l, i).length - lineText(l, i).trimStart().length;
  h.from = parseAddress(t, lineStart(l, i) + lead);
  h.sentAt = dateIso;
  h.sentStart = lineStart(l, dateLine);
  h.sentEnd = lineEnd(l, dateLine);
  let last = Math.max(dateLine, i);
  for (let q = last + 1; q < n && q <= last + 4; q++) {
    const s = lineText(l, q).trim();
    if (s === '') {
      if (q === last + 1) continue;
      break;
    }
    const to = /^(?:til|to)\s+(.{1,200})$/i.exec(s);
    if (to) {
      const who = to[1] ?? '';
      if (/^(?:meg|me)\b/i.test(who)) h.toMe = true;
      else h.to = concatenated(h.to, parseAddressList(who.replace(/\s*▼?$/, ''), lineStart(l, q) + lineText(l, q).indexOf(who)));
      last = q;
      continue;
    }
    // Outlook Web and Gmail's print view: "Til: …;", "Kopi: …", "To: …", "Cc: …".
    const ll = matchLabel(lineText(l, q));
    if (ll && (ll.label === 'to' || ll.label === 'cc' || ll.label === 'bcc')) {
      applyLabel(h, ll, lineStart(l, q) + ll.valueOffset);
      last = q;
      continue;
    }
    break;
  }
  h.end = lineEnd(l, last);
  h.nextLine = last + 1;
  return h;
}

/** "Tor Egil Sødal/VAF/NO" (Lotus Notes writes people as Name/Unit/Country). */
const NOTES_NAME = /^\s*([\p{L}][\p{L} .'-]{1,60}?)\/[\p{L}\d-]{1,20}(?:\/[\p{L}\d-]{1,20}){0,3}(?:@[\p{L}\d-]{1,20})?\s*$/u;
const NOTES_LABELS: Record<string, 'to' | 'cc' | 'subject' | 'other'> = {
  til: 'to', to: 'to', kopi: 'cc', cc: 'cc', emne: 'subject', subject: 'subject', blindkopi: 'other', bcc: 'other',
};

/**
 * Lotus Notes: "Tor Egil Sødal/VAF/NO" on a line, the date on the next, then "Til", "Kopi" and
 * "Emne" each alone on a line with the value on the line below.
 */
export function detectNotesLayout(l: Lines, i: number): HeaderBlock | null {
  const n = l.starts.length;
  const first = lineText(l, i);
  if (first.length > 120 || !first.includes('/') || first.includes(':')) return null;
  const m = NOTES_NAME.exec(first);
  if (!m || m[1] === undefined) return null;
  let k = i + 1;
  while (k < n && isBlankText(lineText(l, k)) && k <= i + 2) k++;
  const dateText = k < n ? lineText(l, k).trim() : '';
  if (!isDateLine(dateText)) return null;
  const h = emptyBlock('block', lineStart(l, i));
  const lead = first.length - first.trimStart().length;
  const name = m[1].trim();
  h.from = { name, email: null, nameStart: lineStart(l, i) + lead, nameEnd: lineStart(l, i) + lead + name.length, emailStart: -1, emailEnd: -1 };
  h.sentAt = findDate(dateText)?.iso ?? null;
  h.sentStart = lineStart(l, k);
  h.sentEnd = lineEnd(l, k);
  let last = k;
  for (let q = k + 1; q < n && q <= last + 3; q++) {
    const t = lineText(l, q).trim();
    if (t === '') continue;
    const label = NOTES_LABELS[t.toLowerCase()];
    if (!label || q + 1 >= n) break;
    const value = lineText(l, q + 1);
    const vs = lineStart(l, q + 1);
    if (label === 'subject' && h.subject === null) {
      h.subject = value.trim();
      h.subjectStart = vs + (value.length - value.trimStart().length);
      h.subjectEnd = h.subjectStart + value.trim().length;
    } else if (label === 'to' || label === 'cc') {
      for (const part of value.split(/[,;]/)) {
        const pm = NOTES_NAME.exec(part);
        if (pm?.[1]) {
          const nm = pm[1].trim();
          const at = vs + value.indexOf(nm);
          (label === 'to' ? h.to : h.cc).push({ name: nm, email: null, nameStart: at, nameEnd: at + nm.length, emailStart: -1, emailEnd: -1 });
        } else if (part.trim()) (label === 'to' ? h.to : h.cc).push(...parseAddressList(part, vs + value.indexOf(part)));
      }
    }
    last = q + 1;
    q = q + 1;
  }
  h.end = lineEnd(l, last);
  h.nextLine = last + 1;
  return h;
}

export type SeparatorKind = 'original' | 'forward';

const SEP_ORIGINAL = /^\s*-{2,}\s*(?:original message|opprinnelig melding|opprinneleg melding|original meddelelse|ursprüngliche nachricht|originalmeddelande)\s*-{2,}\s*$/i;
const SEP_FORWARD = /^\s*(?:-{2,}\s*(?:forwarded message|videresendt melding|vidaresendt melding|videresendt e-post|weitergeleitete nachricht)\s*-{2,}|-{2,}\s*(?:videresendt av|vidaresendt av|forwarded by)\s.{0,120}?-{2,}|(?:begin forwarded message|start på videresendt melding|videresendt melding|forwarded message)\s*:?)\s*$/i;
const SEP_RULE = /^\s*_{10,}\s*$/;

/** Every separator has dashes, a rule of underscores or one of these words. */
const SEP_WORDS = /message|melding/i;

export function detectSeparator(line: string): SeparatorKind | null {
  if (line.length > 120) return null;
  if (!line.includes('--') && !line.includes('__________') && !SEP_WORDS.test(line)) return null;
  if (SEP_ORIGINAL.test(line) || SEP_RULE.test(line)) return 'original';
  if (SEP_FORWARD.test(line)) return 'forward';
  return null;
}

/**
 * What a line needs for any detector here to take it: a label's or a quote line's colon, an
 * address (Gmail), a Notes name ("Navn/Enhet/NO"), an initials marker ("[KS]"), a separator's
 * dashes, underscores or words, a "wrote" word, or a quote line's first word. Built from the
 * detectors' own patterns, so a word added there is seen here too.
 */
const MAY_BE_SPECIAL = new RegExp([String.raw`[:@/\]]|--|_{10}`, SEP_WORDS.source, WROTE_RE.source, WROTE_START.source].join('|'), 'i');

/** False for plain text that none of the header, separator or quote-line detectors can take. */
export function mayBeSpecial(line: string): boolean {
  return MAY_BE_SPECIAL.test(line);
}

/** Lines quoted with ">" (also "> >" and "| " from some web mails). */
export function isQuotedLine(line: string): boolean {
  // /^[ ]{0,3}>/ by hand: asked of every line.
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 0x20) i++;
  return line.charCodeAt(i) === 0x3e;
}
