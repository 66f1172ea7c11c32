/**
 * Splitting a paste into messages, and each message into its own text and quoted parts.
 *
 * The hard question is whether a header block ("Fra:/Sendt:/Til:/Emne:") starts a NEW reply
 * (several replies pasted one after another) or introduces the QUOTED original of the reply
 * above it. Evidence, in order:
 *  1. from the organiser → quoted (her invitation; never listed anyway);
 *  2. sent later than the message above → new (a quote is always older);
 *  3. right after "-----Original Message-----" → quoted;
 *  4. same sender as the message above → quoted (an earlier mail in the same thread);
 *  5. the reply's subject is "SV: " + this subject → quoted;
 *  6. addressed to someone other than the organiser → quoted (a forward chain inside a reply);
 *  7. sender is among the recipients of the message above → quoted (what it answered);
 *  8. addressed to the organiser → new; otherwise older → quoted; otherwise new.
 */
import {
  detectGmailLayout, detectLabelBlock, detectNotesLayout, detectSeparator, detectWrote, isQuotedLine, lineEnd, lineStart, lineText, mayBeSpecial,
  splitLines, type Address, type HeaderBlock,
} from './headers';
import { appended, fold, initialsOf, isBlankRange, isBlankText } from './util';

export type Range = [number, number];

export interface QuotedPart {
  header: HeaderBlock | null;
  /** The quoted message's text (normalised offsets), after its header. */
  text: Range;
  /** Introduced by a forward separator ("Forwarded message", "Videresendt melding"). */
  forward: boolean;
}

export interface RawMessage {
  start: number;
  end: number;
  header: HeaderBlock | null;
  body: Range[];
  quoted: Range[];
  chain: QuotedPart[];
}

export interface OrganiserTest {
  isOrganiser(a: Address | null): boolean;
}

function sameSender(a: Address | null, b: Address | null): boolean {
  if (!a || !b) return false;
  if (a.email && b.email) return a.email === b.email;
  if (a.name && b.name) return fold(a.name).replace(/[^a-z]/g, '') === fold(b.name).replace(/[^a-z]/g, '');
  return false;
}

function inList(a: Address | null, list: Address[]): boolean {
  return list.some((x) => sameSender(a, x));
}

function subjectCore(s: string | null): string {
  return (s ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
}

export function classifyHeader(
  h: HeaderBlock, prev: HeaderBlock | null, own: HeaderBlock | null, afterSeparator: boolean, org: OrganiserTest,
): 'new' | 'quoted' {
  if (org.isOrganiser(h.from)) return 'quoted';
  if (h.sentAt && prev?.sentAt && h.sentAt > prev.sentAt) return 'new';
  if (afterSeparator) return 'quoted';
  if (h.kind === 'wrote') return 'quoted';
  if (sameSender(h.from, prev?.from ?? null) || sameSender(h.from, own?.from ?? null)) return 'quoted';
  const ps = subjectCore(prev?.subject ?? null);
  const hs = subjectCore(h.subject);
  if (ps && hs && ps.length > hs.length && ps.endsWith(hs)) return 'quoted';
  const toOrg = h.toMe || h.to.some((a) => org.isOrganiser(a)) || h.cc.some((a) => org.isOrganiser(a));
  if (!toOrg && h.to.length > 0) return 'quoted';
  if (prev && inList(h.from, [...prev.to, ...prev.cc])) return 'quoted';
  // An older message that went to (or in copy to) the writer of the reply above it: what she
  // replies to or passes on ("Cc: Johansen, Elin" under Elin's own reply), not a reply of its own.
  if (prev?.from && h.sentAt && prev.sentAt && h.sentAt < prev.sentAt && inList(prev.from, [...h.to, ...h.cc])) return 'quoted';
  if (toOrg) return 'new';
  if (h.sentAt && prev?.sentAt && h.sentAt < prev.sentAt) return 'quoted';
  return prev === null && own === null ? 'quoted' : 'new';
}

interface Builder {
  msg: RawMessage;
  mode: 'body' | 'quoted' | 'gt';
  hasContent: boolean;
  afterSeparator: boolean;
  forwardPending: boolean;
  /** A subject line above the header (web mail and print views show it first). */
  preambleSubject: [string, number, number] | null;
}

/**
 * Lines a web mail or print view puts above the header: the subject ("SV: Invitasjon …") and
 * Gmail's "1 message". Not a reply of their own.
 */
const PREAMBLE_SUBJECT = /^\s*(?:re|sv|vs|fw|fwd|aw|svar|tr)\s*:\s*\S.{0,200}(?<![.!?])\s*$/i;
const PREAMBLE_COUNT = /^\s*\d{1,3}\s+(?:message|messages|melding|meldinger|meldingar)\s*$/i;

let currentText = '';

/**
 * Adds a line range; ranges separated only by blank lines are merged. Returns the list, a new
 * one for the first range (see `appended`).
 */
function pushRange(list: Range[], s: number, e: number): Range[] {
  const last = list[list.length - 1];
  if (last && (s - last[1] <= 1 || isBlankRange(currentText, last[1], s))) {
    last[1] = e;
    return list;
  }
  return appended(list, [s, e]);
}

/**
 * A line the writer wrote into the quoted message, marked with her initials ("KS: Det blir meg
 * selv", "[KS] Ja"): her own text, not quoted.
 */
function markedAsOwn(line: string, h: HeaderBlock | null): boolean {
  // Cheap test first: a marker is a few capitals and ":" or "]" near the start of the line.
  const colon = line.indexOf(':');
  const bracket = line.indexOf(']');
  if ((colon < 2 || colon > 8) && (bracket < 3 || bracket > 9)) return false;
  const initials = initialsOf(h?.from?.name ?? null);
  if (!initials || line.length < initials.length + 2) return false;
  const t = line.trimStart();
  return (t.startsWith(initials + ':') || t.startsWith(`[${initials}]`)) && /^\S+\s+\S/.test(t);
}

/** A new message starting at `start`, added to `out`. */
function open(out: RawMessage[], start: number, header: HeaderBlock | null): Builder {
  const msg: RawMessage = { start, end: start, header, body: [], quoted: [], chain: [] };
  out.push(msg);
  return { msg, mode: 'body', hasContent: header !== null, afterSeparator: false, forwardPending: false, preambleSubject: null };
}

/** The header of the message quoted last, or the message's own. */
function lastHeader(b: Builder): HeaderBlock | null {
  const c = b.msg.chain;
  for (let k = c.length - 1; k >= 0; k--) {
    const h = c[k]?.header;
    if (h) return h;
  }
  return b.msg.header;
}

/** The quoted message read last now also holds [s, e). */
function extendChain(b: Builder, s: number, e: number): void {
  const last = b.msg.chain[b.msg.chain.length - 1];
  if (last) {
    if (last.text[1] <= last.text[0]) last.text[0] = s;
    last.text[1] = e;
  }
}

/** Splits normalised text into raw messages. */
export function splitMessages(text: string, org: OrganiserTest): RawMessage[] {
  currentText = text;
  const l = splitLines(text);
  const n = l.starts.length;
  const out: RawMessage[] = [];
  let cur: Builder | null = null;


  for (let i = 0; i < n; i++) {
    const line = lineText(l, i);
    const ls = lineStart(l, i);
    const le = lineEnd(l, i);
    if (isBlankText(line)) {
      if (cur) cur.msg.end = le;
      continue;
    }
    if (isQuotedLine(line)) {
      if (!cur) cur = open(out, ls, null);
      cur.hasContent = true;
      cur.msg.quoted = pushRange(cur.msg.quoted, ls, le);
      if (cur.mode !== 'body') extendChain(cur, ls, le);
      cur.msg.end = le;
      continue;
    }
    // Most lines are plain text: none of the detectors below can take them.
    const special = mayBeSpecial(line);
    const afterPreamble = cur !== null && !cur.hasContent && cur.msg.header === null && cur.preambleSubject !== null;
    const h = special ? (detectLabelBlock(l, i, line) ?? (i === 0 || isBlankRange(text, lineStart(l, i - 1), lineEnd(l, i - 1)) || afterPreamble ? (detectGmailLayout(l, i) ?? detectNotesLayout(l, i)) : null)) : null;
    if (h) {
      if (!cur || (!cur.hasContent && cur.msg.header === null)) {
        if (cur?.preambleSubject?.[0] && h.subject === null) {
          [h.subject, h.subjectStart, h.subjectEnd] = cur.preambleSubject;
        }
        if (cur) {
          // "---------- Forwarded message ----------" on top: the forwarded reply IS the message.
          cur.msg.header = h;
          cur.msg.start = Math.min(cur.msg.start, h.start);
          cur.hasContent = true;
          cur.mode = 'body';
        } else {
          cur = open(out, h.start, h);
        }
      } else {
        const verdict = classifyHeader(h, lastHeader(cur), cur.msg.header, cur.afterSeparator, org);
        if (verdict === 'new') {
          cur = open(out, h.start, h);
        } else {
          cur.mode = 'quoted';
          cur.msg.quoted = pushRange(cur.msg.quoted, h.start, h.end);
          cur.msg.chain = appended(cur.msg.chain, { header: h, text: [h.end + 1, h.end + 1], forward: cur.forwardPending });
          cur.forwardPending = false;
        }
      }
      cur.afterSeparator = false;
      cur.msg.end = h.end;
      i = h.nextLine - 1;
      continue;
    }
    const sep = special ? detectSeparator(line) : null;
    if (sep) {
      if (!cur) cur = open(out, ls, null);
      cur.mode = 'quoted';
      cur.afterSeparator = true;
      cur.forwardPending = sep === 'forward';
      cur.msg.quoted = pushRange(cur.msg.quoted, ls, le);
      cur.msg.end = le;
      continue;
    }
    const w = special ? detectWrote(l, i, line) : null;
    if (w) {
      if (!cur) cur = open(out, ls, null);
      cur.hasContent = true;
      cur.msg.quoted = pushRange(cur.msg.quoted, w.start, w.end);
      cur.msg.chain = appended(cur.msg.chain, { header: w, text: [w.end + 1, w.end + 1], forward: false });
      // Next non-blank line: "> …" means a '>' quote (text after it is the reply again when
      // bottom-posting); anything else means everything below is quoted (Gmail copy without '>').
      let k = w.nextLine;
      while (k < n && isBlankText(lineText(l, k))) k++;
      cur.mode = k < n && isQuotedLine(lineText(l, k)) ? 'gt' : 'quoted';
      cur.afterSeparator = false;
      cur.msg.end = w.end;
      i = w.nextLine - 1;
      continue;
    }
    if (!cur) cur = open(out, ls, null);
    if (special && !cur.hasContent && cur.msg.header === null && (PREAMBLE_SUBJECT.test(line) || PREAMBLE_COUNT.test(line))) {
      // Above any header: kept aside (greyed like quoted text), not read as the reply's text.
      if (PREAMBLE_SUBJECT.test(line) && !cur.preambleSubject) {
        const lead = line.length - line.trimStart().length;
        cur.preambleSubject = [line.trim(), ls + lead, ls + lead + line.trim().length];
      } else if (!cur.preambleSubject) {
        cur.preambleSubject = ['', -1, -1];
      }
      cur.msg.quoted = pushRange(cur.msg.quoted, ls, le);
      cur.msg.end = le;
      continue;
    }
    cur.hasContent = true;
    if (cur.mode === 'quoted' && !markedAsOwn(line, cur.msg.header)) {
      cur.msg.quoted = pushRange(cur.msg.quoted, ls, le);
      extendChain(cur, ls, le);
    } else {
      if (cur.mode === 'gt') cur.mode = 'body';
      cur.msg.body = pushRange(cur.msg.body, ls, le);
    }
    cur.afterSeparator = false;
    cur.msg.end = le;
  }
  return out;
}
