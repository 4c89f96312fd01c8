import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from './content';
import {
  MAX_ENTRIES,
  MAX_LISTED_PROBLEMS,
  MAX_TEXT_LENGTH,
  listProblems,
  overLimits,
} from './content-limits';

/*
 * Properties of the limits on a clinic's own content: content is refused exactly when a list
 * is longer or a text is longer than its limit, every refusal names where, and the message
 * listing the problems stays short however many there are.
 */

const RUNS = { numRuns: 60 };

describe('content limits (properties)', () => {
  it('refuses a FAQ exactly when it has too many questions or too long an answer', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_ENTRIES * 3 }),
        fc.integer({ min: 1, max: MAX_TEXT_LENGTH * 2 }),
        (questions, answerLength) => {
          const content = structuredClone(ENGLISH.content);
          content.faq.items = Array.from({ length: questions }, (_, i) => ({
            id: `q${i}`,
            category: content.faq.categories[0]!.id,
            question: `Question ${i}?`,
            answer: 'a'.repeat(answerLength),
          }));
          const problems = overLimits({ en: content });
          const tooMany = questions > MAX_ENTRIES;
          const tooLong = !tooMany && answerLength > MAX_TEXT_LENGTH;
          expect(problems.length > 0).toBe(tooMany || tooLong);
          if (tooMany) expect(problems).toEqual([expect.stringMatching(/^en\.faq\.items: /)]);
          // Each answer over the limit is named, each one by its own path.
          if (tooLong) {
            expect(problems).toHaveLength(questions);
            expect(problems[0]).toMatch(/^en\.faq\.items\[0\]\.answer: /);
          }
          const listed = listProblems(problems);
          expect(listed.length).toBeLessThan(2_000);
          expect(listed.split('\n- ').length - 1).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS + 1);
        },
      ),
      RUNS,
    );
  });

  it('keeps any list of problems to ten lines and a count, under 2 kB', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 2_000 }), { maxLength: 500 }), (problems) => {
        const lines = listProblems(problems).split('\n- ').slice(1);
        expect(lines.length).toBe(Math.min(problems.length, MAX_LISTED_PROBLEMS + 1));
        if (problems.length > MAX_LISTED_PROBLEMS)
          expect(lines.at(-1)).toBe(`and ${problems.length - MAX_LISTED_PROBLEMS} more`);
        expect(lines.join('').length).toBeLessThan(2_000);
      }),
      RUNS,
    );
  });
});
