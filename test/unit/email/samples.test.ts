import { describe, expect, it } from 'vitest';
import { itParsesEachCase, loadCases, SAMPLES_DIR } from './helpers';

const cases = loadCases(SAMPLES_DIR);

describe('shared samples (shared/samples/email-replies)', () => {
  it('finds all 16 samples', () => {
    expect(cases.length).toBe(16);
  });
  itParsesEachCase(cases);
});
