import { describe, expect, it } from 'vitest';
import { MAX_ANALYSED } from '../../../main/core/email/analyse';
import { generateReplies } from '../../../main/core/email/bench';
import { defaultParseContext, parseEmails, type ParseResult } from '../../../main/core/email';

/**
 * Pathological pastes: the parser must answer (never throw) and its work must stay bounded.
 * No timing assertions here (speed belongs in `npm run bench`): each case asserts the shape of
 * the result, and that one enormous message is read only up to MAX_ANALYSED characters and says
 * so in Norwegian. A regression to super-linear work shows up as a test timeout.
 */

const ctx = defaultParseContext();
const MB = 1024 * 1024;
const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

function allWarnings(r: ParseResult): Array<{ code: string; message: string }> {
  return [...r.warnings, ...r.messages.flatMap((m) => m.warnings)];
}

/**
 * One message, read in part: its spans lie in the first MAX_ANALYSED characters of its text
 * (checked when the paste needs no normalisation, so that original and analysed offsets agree).
 */
function expectBoundedOneMessage(r: ParseResult, plain = true): void {
  expect(r.messages.length).toBe(1);
  const m = r.messages[0];
  if (!m) return;
  const tooLong = m.warnings.find((w) => w.code === 'too-long');
  expect(tooLong?.message).toMatch(/^Meldingen fra .+ er svært lang \([\d ]+ tegn\)\. Bare de første 50 000 tegnene ble lest; kontroller resten av meldingen selv\.$/);
  if (!plain) return;
  const limit = m.bodySpan.start + MAX_ANALYSED + 1;
  for (const a of m.attendees) for (const s of Object.values(a.spans)) if (s) expect(s.end).toBeLessThanOrEqual(limit);
}

describe('pathological pastes', () => {
  it('a header line and one sentence repeated for 4 MB: one message, read in part, with a warning', () => {
    const r = parseEmails(fill('Fra: Kari <kari@example.no>\nJeg kommer.\n', 4 * MB), ctx);
    expectBoundedOneMessage(r);
  }, 60_000);

  it('4 MB on one line (sentences, names, negations, relative clauses): read in part', () => {
    const r = parseEmails(fill('Jeg kommer og Kari Nordmann kommer også, men ikke fisk. Han kommer ikke, som sagt. ', 4 * MB), ctx);
    expectBoundedOneMessage(r);
  }, 60_000);

  it('one 4 MB clause without punctuation: no result, no throw', () => {
    const r = parseEmails(fill('kari nordmann som kommer ikke ', 4 * MB), ctx);
    expect(r.messages.every((m) => m.warnings.some((w) => w.code === 'too-long'))).toBe(true);
    expect(allWarnings(r).length).toBeGreaterThan(0);
  }, 60_000);

  it('many names in one message: bounded', () => {
    const r = parseEmails(fill('Kari Nordmann, Ola Hansen og Per Berg kommer. Hun er vegetarianer. ', 2 * MB), ctx);
    expectBoundedOneMessage(r);
    expect(r.messages[0]?.attendees.length).toBeGreaterThan(0);
  }, 60_000);

  it('4 MB of random bytes read as latin1: "not e-mail" in Norwegian', () => {
    let x = 12345;
    const b = Buffer.alloc(4 * MB);
    for (let i = 0; i < b.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      b[i] = x >>> 24;
    }
    const r = parseEmails(b.toString('latin1'), ctx);
    expect(r.messages).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['not-email']);
    expect(r.warnings[0]?.message).toMatch(/ser ikke ut som e-post/);
  }, 60_000);

  it('4 MB of HTML source with many scripts, comments and entities', () => {
    const unit = '<div class="x"><p>Hei, jeg melder meg p&aring; samlingen.<br>Kari Nordmann &lt;kari@hfk.no&gt;</p><script>var a = 1;</script><!-- c --></div>\n';
    const r = parseEmails(`<!doctype html><html><head><style>p{}</style></head><body>${fill(unit, 4 * MB)}</body></html>`, ctx);
    expectBoundedOneMessage(r, false);
  }, 60_000);

  it('HTML with thousands of unclosed tags, "<" and "&" (no closing ">", "</script>" or ";")', () => {
    for (const unit of ['<script>x ', '< a ', '&amp ', '[cid:x ', '<mailto:x ']) {
      const r = parseEmails(`<html><body><p>Hei</p><br><div>x</div>${fill(unit, MB)}`, ctx);
      expect(allWarnings(r).length + r.messages.length).toBeGreaterThan(0);
    }
  }, 60_000);

  it('5000 generated replies: 5000 messages, none cut', () => {
    const r = parseEmails(generateReplies(5000, 5), ctx);
    expect(r.messages.length).toBe(5000);
    expect(allWarnings(r).some((w) => w.code === 'too-long' || w.code === 'internal')).toBe(false);
  }, 60_000);

  it('a long but ordinary reply (under the limit) is read in full, without the warning', () => {
    const body = `Hei,\n\nJeg kommer. ${'Dette er en lang forklaring uten påmelding. '.repeat(900)}\n\nKari Nordmann kommer også.\n`;
    expect(body.length).toBeLessThan(MAX_ANALYSED);
    const r = parseEmails(`Fra: Ola Hansen <ola.hansen@hfk.no>\nSendt: 2. september 2015 10:00\nTil: Aina Sofie Brox <aina-sofie.brox@kdu.no>\nEmne: SV: Invitasjon\n\n${body}`, ctx);
    expect(r.messages.length).toBe(1);
    expect(r.messages[0]?.warnings.some((w) => w.code === 'too-long')).toBe(false);
    expect(r.messages[0]?.attendees.map((a) => a.name)).toEqual(['Ola Hansen', 'Kari Nordmann']);
  }, 60_000);
});
