import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itParsesEachCase, loadCases, REPO_ROOT } from './helpers';

/**
 * The blind held-out sets: replies written by colleagues who had read only the samples' README,
 * never the parser. Kept green from now on, compared exactly like the samples and own fixtures.
 * `npx tsx test/fixtures/email-holdout/measure.ts [--dir FOLDER]` prints the same comparison as a score.
 */
// Set 4 (test/fixtures/email-holdout4) is sealed: only measured, never tuned for, not run here.
// Each set's number; set 1 lives in test/fixtures/email-holdout.
const SETS = [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52];
/** Cases the parser still gets wrong (the last blind sets of the third session), with what is missing. */
const KNOWN_FAILURES = new Map<string, string>([
  ['zy12-replacement-by-leader-buskerud', 'a diet said of the newcomer goes to the one replaced'],
  ['zy15-two-persons-nord-trondelag', 'two persons named in a hand-over story: order and diets swapped'],
  ['zz13-outlook-web-self-signup-hedmark', 'Outlook Web header with the name alone and a weekday-abbreviated date ("to 03.09.2015 14:22")'],
  ['zz34-forward-internal-answer-vest-agder', 'a forward whose inner reply, not the note, is the sign-up, with no address in its header'],
]);
for (const folder of SETS.map((n) => `test/fixtures/email-holdout${n === 1 ? '' : n}`)) {
  const cases = loadCases(path.resolve(REPO_ROOT, folder));
  describe(`held-out replies (${folder})`, () => {
    it('has its 40 or more held-out cases', () => {
      expect(cases.length).toBeGreaterThanOrEqual(40);
    });
    itParsesEachCase(cases, KNOWN_FAILURES);
  });
}
