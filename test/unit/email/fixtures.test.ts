import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, itParsesEachCase, loadCases } from './helpers';

const cases = loadCases(FIXTURES_DIR);

describe('own fixtures (test/fixtures/email): other wordings and layouts', () => {
  it('has at least 25 fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });
  itParsesEachCase(cases);
});
