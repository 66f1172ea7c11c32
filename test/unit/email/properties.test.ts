import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultParseContext, parseEmails, type ParseResult } from '../../../main/core/email';
import { loadCases, SAMPLES_DIR, FIXTURES_DIR } from './helpers';

const ctx = defaultParseContext();
const corpus = [...loadCases(SAMPLES_DIR), ...loadCases(FIXTURES_DIR)].map((c) => c.text);

function check(text: string, r: ParseResult): void {
  // Zero-width characters vanish and odd spaces become spaces, as in the normaliser.
  const squash = (s: string): string => s.replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '').replace(/[\s\u00a0]+/g, ' ').toLowerCase();
  // Addresses must occur in the text as the reader sees it (invisible characters removed).
  const lower = squash(text);
  for (const m of r.messages) {
    const inside = (s: { start: number; end: number }): void => {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeGreaterThanOrEqual(s.start);
      expect(s.end).toBeLessThanOrEqual(text.length);
    };
    inside(m.span);
    inside(m.bodySpan);
    m.quotedSpans.forEach(inside);
    Object.values(m.spans).forEach((s) => s && inside(s));
    if (m.from.email) expect(lower).toContain(m.from.email);
    if (m.from.email && m.spans.fromEmail) expect(squash(text.slice(m.spans.fromEmail.start, m.spans.fromEmail.end))).toContain(m.from.email);
    for (const a of m.attendees) {
      Object.values(a.spans).forEach((s) => s && inside(s));
      if (a.email) {
        expect(lower).toContain(a.email);
        if (a.spans.email) expect(squash(text.slice(a.spans.email.start, a.spans.email.end))).toContain(a.email);
      }
      if (a.name && a.spans.name) {
        const at = squash(text.slice(a.spans.name.start, a.spans.name.end));
        // "Last, First" spans hold the name tokens in another order.
        for (const tok of a.name.toLowerCase().split(' ')) expect(at).toContain(tok);
      }
    }
  }
}

function safeParse(text: string): ParseResult {
  const r = parseEmails(text, ctx);
  check(text, r);
  return r;
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), del: fc.nat({ max: 200 }), ins: fc.string({ maxLength: 40 }) }),
  fc.record({ kind: fc.constant('deleteLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('crlf' as const) }),
  fc.record({ kind: fc.constant('nbsp' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('zw' as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, ms: Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const at = t.length === 0 ? 0 : ('at' in m ? m.at % t.length : 0);
    switch (m.kind) {
      case 'splice':
        t = t.slice(0, at) + m.ins + t.slice(at + m.del);
        break;
      case 'deleteLine': {
        const lines = t.split('\n');
        lines.splice(at % Math.max(1, lines.length), 1);
        t = lines.join('\n');
        break;
      }
      case 'duplicate':
        t = t.slice(0, at) + t.slice(at, at + m.len) + t.slice(at);
        break;
      case 'crlf':
        t = t.replace(/\r?\n/g, '\r\n');
        break;
      case 'nbsp':
        t = `${t.slice(0, at)}\u00a0${t.slice(at)}`;
        break;
      case 'zw':
        t = `${t.slice(0, at)}\u200b${t.slice(at)}`;
        break;
    }
  }
  return t;
}

describe('properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void safeParse(s)), { numRuns: 300 });
  });

  it('never throws on arbitrary unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => void safeParse(s)), { numRuns: 200 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => void safeParse(s)), { numRuns: 200 });
  });

  it('never throws on header-like noise', () => {
    const piece = fc.constantFrom('Fra: ', 'From: ', 'Sendt: 2. september 2015 10:00', 'Til: ', 'Emne: SV: x', '> ', '\n', '\r\n', 'Kari Nordmann',
      '<kari@hfk.no>', 'Jeg kommer', ' ikke ', 'avbud', 'nøtter', 'Den 1.9.2015 kl. 10:00 skrev Kari <k@x.no>:', '-----Original Message-----', ',', ':', '(', ')');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (ps) => void safeParse(ps.join(''))), { numRuns: 300 });
  });

  it('never throws on mutated samples and keeps spans/e-mails honest', () => {
    fc.assert(
      fc.property(fc.nat({ max: corpus.length - 1 }), fc.array(mutation, { maxLength: 6 }), (i, ms) => {
        safeParse(mutate(corpus[i] ?? '', ms));
      }),
      { numRuns: 250 },
    );
  });

  it('holds the invariants on every sample and fixture unmutated', () => {
    for (const t of corpus) safeParse(t);
  });
});
