import { describe, expect, it } from 'vitest';
import { generateReplies } from '../../../main/core/email/bench';
import { defaultParseContext, parseEmails } from '../../../main/core/email';

describe('generated pastes (correctness only, no timing)', () => {
  it('n=200 gives 200 messages, each with a date and sender', () => {
    const text = generateReplies(200, 42);
    const r = parseEmails(text, defaultParseContext());
    expect(r.messages.length).toBe(200);
    for (const m of r.messages) {
      expect(m.sentAt).not.toBeNull();
      expect(m.from.email).not.toBeNull();
    }
    // Questions and out-of-office replies sign nobody up; the others sign up exactly one.
    for (const m of r.messages) {
      if (m.kind === 'question' || m.kind === 'out-of-office') expect(m.attendees).toEqual([]);
      else expect(m.attendees.length).toBe(1);
    }
  });

  it('is deterministic', () => {
    expect(generateReplies(20, 7)).toBe(generateReplies(20, 7));
  });

  it('a ~2 MB paste completes', () => {
    let text = generateReplies(1500, 3);
    while (text.length < 2_000_000) text += `\n\n${generateReplies(300, text.length)}`;
    const r = parseEmails(text, defaultParseContext());
    expect(r.messages.length).toBeGreaterThan(1500);
  });
});
