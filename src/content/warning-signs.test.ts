import { describe, expect, it } from 'vitest';
import { ENGLISH } from './content';

/**
 * Every text that names a warning sign says what to do about it: a patient who reads "fever"
 * or "pus" must also read "contact your clinic now" or "call the emergency number", never a
 * list of signs with no action (the "normal or warning sign?" answer once did exactly that).
 */
const WARNING_SIGNS =
  /\b(pus|fever|infection|severe|getting worse|gets? worse|warning signs?|allergic reaction|trouble breathing|lumps?)\b/i;
const ACTION = /contact \{\{clinic\}\}[^.]*\bnow\b|call \{\{emergency\}\}|\bnow\*\*/i;

describe('texts that name a warning sign', () => {
  // Answers about after the treatment: "Before treatment" names a scalp infection as a reason
  // not to have it, and says to talk to a doctor first.
  const answers = ENGLISH.content.faq.items
    .filter((item) => item.category !== 'before')
    .map((item) => [item.id, item.answer] as const);

  it('are found (the check has something to check)', () => {
    expect(answers.filter(([, answer]) => WARNING_SIGNS.test(answer)).length).toBeGreaterThan(5);
  });

  it.each(answers.filter(([, answer]) => WARNING_SIGNS.test(answer)))(
    'FAQ "%s" says what to do',
    (_, answer) => {
      expect(answer).toMatch(ACTION);
    },
  );
});
