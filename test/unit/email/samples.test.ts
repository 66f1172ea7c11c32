import { describe, expect, it } from 'vitest';
import { defaultParseContext, parseEmails, toSampleJson } from '../../../main/core/email';
import { canon, loadCases, SAMPLES_DIR } from './helpers';

const cases = loadCases(SAMPLES_DIR);

describe('shared samples (shared/samples/email-replies)', () => {
  it('finds all 16 samples', () => {
    expect(cases.length).toBe(16);
  });
  for (const c of cases) {
    it(c.name, () => {
      const got = toSampleJson(parseEmails(c.text, defaultParseContext()));
      expect(canon(got)).toEqual(canon(c.expected));
    });
  }
});
