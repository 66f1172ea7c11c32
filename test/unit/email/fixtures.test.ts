import { describe, expect, it } from 'vitest';
import { defaultParseContext, parseEmails, toSampleJson } from '../../../main/core/email';
import { canon, FIXTURES_DIR, loadCases } from './helpers';

const cases = loadCases(FIXTURES_DIR);

describe('own fixtures (test/fixtures/email): other wordings and layouts', () => {
  it('has at least 25 fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });
  for (const c of cases) {
    it(c.name, () => {
      const got = toSampleJson(parseEmails(c.text, defaultParseContext()));
      expect(canon(got)).toEqual(canon(c.expected));
    });
  }
});
