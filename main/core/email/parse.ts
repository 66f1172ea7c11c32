/**
 * Entry point: pasted text → structured sign-ups.
 *
 *   normalise (offset map) → split into messages (headers, quotes) → analyse each reply's own
 *   text (analyse.ts) → attendees with counties, diets, spans in ORIGINAL offsets, warnings.
 *
 * Messages from the organiser's side are dropped; quoted text never yields attendees, diets or
 * dates (except a forward whose own text only says "se nedenfor": then the forwarded sign-up
 * is read, as the samples' README asks).
 */
import { currentLang, msg, t } from '../i18n';
import { analyseBody, MAX_ANALYSED, sameName, type BodyPerson, type BodyResult, type Sender } from './analyse';
import { CountyResolver } from './county';
import { sortDiets } from './diets';
import type { Address, HeaderBlock } from './headers';
import { looksLikeGarbage, normalise, type Normalised } from './normalise';
import { COUNTIES_2015, MUNICIPALITIES_2015 } from './registry2015';
import { FORWARD_NOTE, FORWARD_SUBJECT, OOO_SUBJECT } from './rules';
import { splitMessages, type OrganiserTest, type RawMessage } from './split';
import { restored, withStandInChars } from './standins';
import type {
  MessageKind, ParseContext, ParsedAttendee, ParsedMessage, ParseResult, ParseWarning, SampleJson, Span,
} from './types';
import { clearMemos, domainMatches, fold, localPartTokens, nameTokens } from './util';

export const DEFAULT_ORGANISER_EMAILS = ['aina-sofie.brox@kdu.no'];
export const DEFAULT_ORGANISER_DOMAINS = ['kdu.no'];

/** The 2015 registry with the organiser at Distriktssenteret (kdu.no). Reads nothing from disk. */
export function defaultParseContext(): ParseContext {
  return {
    organiserEmails: [...DEFAULT_ORGANISER_EMAILS],
    organiserDomains: [...DEFAULT_ORGANISER_DOMAINS],
    counties: COUNTIES_2015.map((c) => ({ ...c, domains: [...c.domains] })),
    municipalities: MUNICIPALITIES_2015.map((m) => ({ ...m })),
  };
}

/**
 * Who the organiser is: her addresses, her domain, her name. A class rather than closures made
 * per call: optimised code that calls these methods stays valid from one paste to the next.
 */
class Organiser implements OrganiserTest {
  private readonly emails: Set<string>;
  private readonly domains: string[];
  /** Organiser names derived from their addresses: aina-sofie.brox → {aina, sofie, brox}. */
  private readonly nameSets: string[][];
  // Asked for every name and address in every clause: the answers are memoised.
  private readonly domainAnswers = new Map<string, boolean>();
  private readonly nameAnswers = new Map<string, boolean>();

  constructor(ctx: ParseContext) {
    this.emails = new Set(ctx.organiserEmails.map((e) => e.toLowerCase()));
    this.domains = ctx.organiserDomains.map((d) => d.toLowerCase().replace(/^@/, ''));
    for (const e of this.emails) {
      const d = e.split('@')[1];
      if (d && this.domains.length === 0) this.domains.push(d);
    }
    this.nameSets = ctx.organiserEmails.map((e) => localPartTokens(e)).filter((t) => t.length >= 2);
  }

  isOrganiserEmail(email: string): boolean {
    const e = email.toLowerCase();
    if (this.emails.has(e)) return true;
    // Every reply has its own address but few domains: the answer is kept per domain.
    const at = e.indexOf('@');
    if (at < 0) return false;
    const d = e.slice(at + 1);
    let v = this.domainAnswers.get(d);
    if (v === undefined) {
      v = this.domains.some((base) => domainMatches(d, base));
      if (this.domainAnswers.size >= 20_000) this.domainAnswers.clear();
      this.domainAnswers.set(d, v);
    }
    return v;
  }

  isOrganiserName(name: string): boolean {
    let v = this.nameAnswers.get(name);
    if (v === undefined) {
      const t = new Set(nameTokens(name));
      v = t.size > 0 && this.nameSets.some((set) => set.every((x) => t.has(x)) || (t.size >= 2 && [...t].every((x) => set.includes(x))));
      if (this.nameAnswers.size >= 20_000) this.nameAnswers.clear();
      this.nameAnswers.set(name, v);
    }
    return v;
  }

  isOrganiser(a: Address | null): boolean {
    if (!a) return false;
    if (a.email) return this.isOrganiserEmail(a.email);
    return a.name ? this.isOrganiserName(a.name) : false;
  }
}

function span(norm: Normalised, start: number, end: number): Span | undefined {
  if (start < 0 || end < start) return undefined;
  return norm.toOriginal(start, end);
}

/** 50000 → "50 000" (Norwegian digit grouping, plain space); in English "50,000". */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, currentLang() === 'en' ? ',' : ' ');
}

/** Sets `spans[k]` to the original range of [s, e) when that range exists. */
function setSpan<K extends string>(spans: Partial<Record<K, Span>>, k: K, norm: Normalised, s: number, e: number): void {
  const sp = span(norm, s, e);
  if (sp) spans[k] = sp;
}

function warn(code: string, message: string): ParseWarning {
  return { code, message };
}

function toAttendee(p: BodyPerson, norm: Normalised): ParsedAttendee {
  // Named stores (not spans[k] = … in a helper): each key keeps its own fast path.
  const spans: ParsedAttendee['spans'] = {};
  let sp = span(norm, p.nameStart, p.nameEnd);
  if (sp) spans.name = sp;
  sp = span(norm, p.emailStart, p.emailEnd);
  if (sp) spans.email = sp;
  if (p.county && (sp = span(norm, p.county.start, p.county.end))) spans.countyNumber = sp;
  sp = span(norm, p.attendStart, p.attendEnd);
  if (sp) spans.attending = sp;
  sp = span(norm, p.dietStart, p.dietEnd);
  if (sp) spans.diets = sp;
  sp = span(norm, p.dietStart, p.dietEnd);
  if (sp) spans.dietNote = sp;
  sp = span(norm, p.titleStart, p.titleEnd);
  if (sp) spans.title = sp;
  sp = span(norm, p.phoneStart, p.phoneEnd);
  if (sp) spans.phone = sp;
  if (p.county && p.county.start >= 0 && (sp = span(norm, p.county.start, p.county.end))) spans.organisation = sp;
  sp = span(norm, p.sessionStart, p.sessionEnd);
  if (sp) spans.sessionWish = sp;
  const note = p.dietNotes.length > 0 ? p.dietNotes.join(' ').slice(0, 300) : null;
  return {
    name: p.name,
    email: p.email,
    countyNumber: p.county?.countyNumber ?? null,
    attending: p.attending,
    diets: sortDiets(p.diets),
    dietNote: note,
    title: p.title,
    phone: p.phone,
    organisation: p.county?.organisation ?? null,
    sessionWish: p.sessionWish,
    spans,
  };
}

function senderOf(h: HeaderBlock | null): Sender {
  const a = h?.from ?? null;
  return {
    name: a?.name ?? null,
    email: a?.email ?? null,
    nameStart: a?.nameStart ?? -1,
    nameEnd: a?.nameEnd ?? -1,
    emailStart: a?.emailStart ?? -1,
    emailEnd: a?.emailEnd ?? -1,
  };
}

function kindOf(r: BodyResult, subject: string | null): MessageKind {
  if (subject && OOO_SUBJECT.test(subject.replace(/^\s*(?:sv|re|vs|fw|fwd|aw)\s*:\s*/i, ''))) return 'out-of-office';
  if (r.outOfOffice) return 'out-of-office';
  const yes = r.persons.some((p) => p.attending);
  const no = r.persons.some((p) => !p.attending);
  if (yes && no) return 'replacement';
  if (yes) return 'signup';
  if (no) return 'cancellation';
  if (r.question) return 'question';
  if (r.withdrawNobody) return 'cancellation';
  return 'other';
}

/** The text of the ranges, one per line. */
function joinRanges(T: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  return ranges.map(([a, b]) => T.slice(a, b)).join('\n');
}

/** The addresses of `cc` and then `to` that are not the organiser's, as copies. */
function others(org: Organiser, cc: readonly Address[], to: readonly Address[]): Address[] {
  const out: Address[] = [];
  for (const list of [cc, to]) {
    for (const a of list) {
      if (!org.isOrganiser(a)) out.push({ name: a.name, email: a.email, emailStart: a.emailStart, emailEnd: a.emailEnd, nameStart: a.nameStart, nameEnd: a.nameEnd });
    }
  }
  return out;
}

/** Adds the name of `a` to `names` unless it has none or is the organiser. */
function knownName(names: Array<{ name: string; nameStart: number; nameEnd: number }>, org: Organiser, a: Address): void {
  if (a.name && !org.isOrganiser(a)) names.push({ name: a.name, nameStart: a.nameStart, nameEnd: a.nameEnd });
}

function analyseMessage(raw: RawMessage, norm: Normalised, org: Organiser, resolver: CountyResolver): ParsedMessage | null {
  const T = norm.text;
  const header = raw.header;
  const cc = header ? others(org, header.cc, header.to) : [];
  const headerSender = senderOf(header);
  // The organiser's own message (typically the quoted invitation): nothing to read in it.
  if (headerSender.email && org.isOrganiserEmail(headerSender.email)) return null;
  const knownNames: Array<{ name: string; nameStart: number; nameEnd: number }> = [];
  for (const part of raw.chain) {
    const h = part.header;
    if (!h) continue;
    if (h.from) knownName(knownNames, org, h.from);
    for (const a of h.to) knownName(knownNames, org, a);
    for (const a of h.cc) knownName(knownNames, org, a);
  }
  let r = analyseBody({ text: T, narrow: norm.narrow, ranges: raw.body, blank: raw.quoted, sender: headerSender, cc, org, resolver, knownNames, subject: header?.subject ?? null });
  if (r.sender.email && org.isOrganiserEmail(r.sender.email)) return null;
  if (!r.sender.email && r.sender.name && org.isOrganiserName(r.sender.name)) return null;
  const subject = header?.subject ?? null;
  let kind = kindOf(r, subject);
  const sender = r.sender;
  let truncated = r.truncated;

  // A forward that only passes a sign-up on ("se nedenfor"): read the forwarded text.
  // …or names the person whose own message below says more ("Videresender påmelding fra Gunnar,
  // se nedenfor"): the forwarded text is read, and used if it signs up the same persons.
  const passesOn = r.persons.length > 0 && r.persons.every((p) => !p.self && (!p.email || !p.diets.size));
  if ((r.persons.length === 0 || passesOn) && kind !== 'out-of-office' && kind !== 'question') {
    const ownText = joinRanges(T, raw.body);
    const forwardLike = (subject !== null && FORWARD_SUBJECT.test(subject)) || FORWARD_NOTE.test(ownText) || raw.chain.some((c) => c.forward);
    if (forwardLike) {
      for (const part of raw.chain) {
        if (part.header && org.isOrganiser(part.header.from)) continue;
        if (part.text[1] <= part.text[0]) continue;
        const fromName = part.header?.from?.name ?? null;
        const fr = analyseBody({
          presumeSelf: passesOn && fromName !== null && r.persons.some((p) => p.name !== null && sameName(p.name, fromName)),
          text: T,
          narrow: norm.narrow,
          ranges: [part.text],
          blank: [],
          sender: senderOf(part.header),
          cc: part.header ? others(org, part.header.cc, part.header.to) : [],
          org,
          resolver,
        });
        const covers = !passesOn || r.persons.every((p) => p.name !== null && fr.persons.some((q) => q.name !== null && sameName(p.name ?? '', q.name)));
        if (fr.persons.length > 0 && covers) {
          // The forwarder's own county/domain does not override the forwarded person's.
          r = { ...fr, sender, signature: r.signature };
          truncated = Math.max(truncated, fr.truncated);
          kind = kindOf(fr, null);
          break;
        }
      }
    }
  }

  // Filled by push from one literal: empty or not, the array has the same shape (a map() result
  // beside an empty literal made the optimised code start over).
  const attendees: ParsedAttendee[] = [];
  if (kind !== 'out-of-office') for (const p of r.persons) attendees.push(toAttendee(p, norm));
  const warnings: ParseWarning[] = [];
  const who = sender.name ?? sender.email ?? t('ukjent avsender');
  if (!header?.sentAt) warnings.push(warn('missing-date', msg`Fant ingen sendedato for meldingen fra ${who}.`));
  if (!sender.name && !sender.email) warnings.push(warn('unknown-sender', t('Fant ikke hvem meldingen er fra.')));
  if (truncated > 0) {
    warnings.push(
      warn(
        'too-long',
        msg`Meldingen fra ${who} er svært lang (${thousands(truncated)} tegn). Bare de første ${thousands(MAX_ANALYSED)} tegnene ble lest; kontroller resten av meldingen selv.`,
      ),
    );
  }
  for (const a of attendees) {
    const label = a.name ?? a.email ?? t('en deltaker');
    if (!a.countyNumber) warnings.push(warn('unknown-county', msg`Fant ikke fylke for ${label}.`));
    if (!a.email) warnings.push(warn('missing-email', msg`Fant ingen e-postadresse for ${label}.`));
    if (!a.name)
      warnings.push(warn('missing-name', a.email ? msg`Fant ikke navnet til deltakeren med adressen ${a.email}.` : t('Fant ikke navnet til en deltaker.')));
  }
  const msgSpans: ParsedMessage['spans'] = {};
  setSpan(msgSpans, 'fromName', norm, sender.nameStart, sender.nameEnd);
  setSpan(msgSpans, 'fromEmail', norm, sender.emailStart, sender.emailEnd);
  if (header) {
    setSpan(msgSpans, 'sentAt', norm, header.sentStart, header.sentEnd);
    setSpan(msgSpans, 'subject', norm, header.subjectStart, header.subjectEnd);
  }
  const first = raw.body[0];
  const last = raw.body[raw.body.length - 1];
  const bodySpan = first && last ? norm.toOriginal(first[0], last[1]) : norm.toOriginal(raw.end, raw.end);
  return {
    from: { name: sender.name, email: sender.email },
    sentAt: header?.sentAt ?? null,
    subject,
    kind,
    attendees,
    warnings,
    span: norm.toOriginal(raw.start, raw.end),
    bodySpan,
    quotedSpans: raw.quoted.map(([a, b]) => norm.toOriginal(a, b)),
    spans: msgSpans,
  };
}

/** Parses pasted e-mail replies. Never throws on any string input. */
export function parseEmails(text: string, ctx: ParseContext): ParseResult {
  const warnings: ParseWarning[] = [];
  if (typeof text !== 'string' || text.trim().length === 0) {
    return { messages: [], warnings: [warn('empty', t('Teksten er tom. Lim inn ett eller flere e-postsvar.'))] };
  }
  if (looksLikeGarbage(text)) {
    return {
      messages: [],
      warnings: [
        warn('not-email', t('Teksten ser ikke ut som e-post (den inneholder mest tegn som ikke er vanlig tekst). Kopier teksten fra e-posten på nytt.')),
      ],
    };
  }
  // Memoised clause analysis holds slices of the previous paste: start afresh.
  clearMemos();
  const norm = normalise(text);
  // The registry's names are compared with the text: written the way the text writes them.
  const context = norm.standIns ? contextWithStandIns(ctx) : ctx;
  const org = new Organiser(context);
  const resolver = new CountyResolver(context);
  const raws = splitMessages(norm.text, org);
  const messages: ParsedMessage[] = [];
  let organiserOnly = 0;
  for (const raw of raws) {
    let m: ParsedMessage | null;
    try {
      m = analyseMessage(raw, norm, org, resolver);
    } catch (e) {
      // A bug must not lose the whole paste: report the message and go on.
      warnings.push(warn('internal', msg`En melding kunne ikke leses (${e instanceof Error ? e.message : String(e)}).`));
      continue;
    }
    if (!m) {
      organiserOnly++;
      continue;
    }
    // Text with no header, no address, nobody signed up and no mail wording is not a reply.
    if (!raw.header && !m.from.email && m.attendees.length === 0 && m.kind === 'other' && !m.from.name) continue;
    messages.push(m);
  }
  if (messages.length === 0 && organiserOnly === 0) {
    warnings.push(warn('not-email', t('Teksten ser ikke ut som e-post: fant verken avsender, e-postadresse eller påmelding.')));
  }
  if (norm.standIns) {
    for (const m of messages) restoreMessage(m);
    for (const w of warnings) w.message = restored(w.message);
  }
  return { messages, warnings };
}

/** `restored` for a field that may be empty. */
function restoredOrNull(s: string | null): string | null {
  return s === null ? null : restored(s);
}

/** Every text of a message with its stand-ins written back (the objects are the message's own). */
function restoreMessage(m: ParsedMessage): void {
  m.from.name = restoredOrNull(m.from.name);
  m.subject = restoredOrNull(m.subject);
  for (const a of m.attendees) {
    a.name = restoredOrNull(a.name);
    a.title = restoredOrNull(a.title);
    a.organisation = restoredOrNull(a.organisation);
    a.phone = restoredOrNull(a.phone);
    a.dietNote = restoredOrNull(a.dietNote);
    a.sessionWish = restoredOrNull(a.sessionWish);
  }
  for (const w of m.warnings) w.message = restored(w.message);
}

/** The context with its names written as a text with stand-ins writes them (the same object when none changes). */
function contextWithStandIns(ctx: ParseContext): ParseContext {
  let changed = false;
  const mapped = (s: string): string => {
    const r = withStandInChars(s);
    if (r !== s) changed = true;
    return r;
  };
  const counties = ctx.counties.map((c) => ({ ...c, name: mapped(c.name), organisation: mapped(c.organisation) }));
  const municipalities = ctx.municipalities.map((m) => ({ ...m, name: mapped(m.name) }));
  return changed ? { ...ctx, counties, municipalities } : ctx;
}

/** The shape of the samples' expected JSON (diets in DIET_CODES order). */
export function toSampleJson(result: ParseResult): SampleJson {
  return {
    messages: result.messages.map((m) => ({
      from: { name: m.from.name, email: m.from.email },
      sentAt: m.sentAt,
      attendees: m.attendees.map((a) => ({
        name: a.name,
        email: a.email,
        countyNumber: a.countyNumber,
        attending: a.attending,
        diets: sortDiets(a.diets),
      })),
    })),
  };
}

export { fold };
