import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as rules from '../../../main/core/email/rules';
import { isTriggered, mayMatch, scanTriggers, triggersOf } from '../../../main/core/email/triggers';
import { generateReplies } from '../../../main/core/email/bench';
import { loadCases, FIXTURES_DIR, SAMPLES_DIR } from './helpers';

// The trigger pre-check may only skip a rule that cannot match: never a false "no".
const triggered = Object.entries(rules).filter((e): e is [string, RegExp] => e[1] instanceof RegExp && isTriggered(e[1]));

function agrees(s: string): string | null {
  const mask = scanTriggers(s);
  for (const [name, re] of triggered) {
    re.lastIndex = 0;
    const hit = re.test(s);
    re.lastIndex = 0;
    if (hit && !mayMatch(re, mask)) return `${name} matches ${JSON.stringify(s)} but was skipped`;
  }
  return null;
}

describe('trigger-word pre-check', () => {
  it('takes part for the clause rules', () => {
    expect(triggered.length).toBeGreaterThanOrEqual(15);
    expect(triggersOf(rules.NEGATION)).toContain('ikke');
    expect(triggersOf(rules.ELLIPTIC_START)).toBeNull();
  });

  it('never skips a rule that matches a line or sentence of the samples, fixtures or generated pastes', () => {
    const texts = [...loadCases(SAMPLES_DIR), ...loadCases(FIXTURES_DIR)].map((c) => c.text);
    texts.push(generateReplies(60, 5));
    for (const t of texts) {
      for (const piece of t.split(/\n|(?<=[.!?])\s+/)) expect(agrees(piece)).toBeNull();
      expect(agrees(t)).toBeNull();
    }
  });

  it('never skips a matching rule on random mixes of rule words', () => {
    const vocab = triggered.flatMap(([, re]) => triggersOf(re) ?? []);
    const word = fc.oneof(
      fc.constantFrom(...vocab, 'meg', 'på', 'Kari', 'Nordmann', 'ikke', 'dessverre', 'for', 'oss', 'I', 'am', 'ſom', 'KOMMER'),
      fc.string({ maxLength: 6 }),
    );
    const sep = fc.constantFrom(' ', '  ', ', ', '. ', '\n', '-', '', "'", '2');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { maxLength: 12 }), (parts) => {
        const s = parts.map(([w, x]) => w + x).join('');
        expect(agrees(s)).toBeNull();
        expect(agrees(s.toUpperCase())).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});
