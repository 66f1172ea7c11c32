import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultParseContext, parseEmails, toSampleJson } from '../../../main/core/email';
import { canon, loadCases, REPO_ROOT } from './helpers';

/**
 * The blind held-out replies (test/fixtures/email-holdout, written by a colleague without looking
 * at the parser): kept green from now on, compared exactly like the samples and own fixtures.
 * `npx tsx test/fixtures/email-holdout/measure.ts` prints the same comparison as a score.
 */
const cases = loadCases(path.resolve(REPO_ROOT, 'test/fixtures/email-holdout'));

describe('held-out replies (test/fixtures/email-holdout)', () => {
  it('has the 40 held-out cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
  for (const c of cases) {
    it(c.name, () => {
      const got = toSampleJson(parseEmails(c.text, defaultParseContext()));
      expect(canon(got)).toEqual(canon(c.expected));
    });
  }
});
