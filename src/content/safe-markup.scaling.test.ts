// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSteps } from '../../test/unit/backtracking-steps';
import { BLOCK_BREAK, INLINE } from './safe-markup';

/*
 * Clinic-supplied content goes through the parser, so its work must grow in proportion to the
 * text's length, whatever the text holds. Its work is its regular expressions' work, and that
 * is counted, not timed: a model of a backtracking engine (test/unit/backtracking-steps.ts)
 * runs each expression the way V8's engine does and counts every character it tests. The
 * count is the same on every machine, so the bound can be tight: doubling the text may at
 * most about double the count, and no character is tested more than a few times. The model is
 * held to V8 first (same matches, on hostile and on random text), and shown to catch the
 * parser's old link expression, whose link text ran over "[" and rescanned the rest of the
 * text from every "[" (about 4× the count for twice the text).
 */

/** The link expression before it was made linear: link text and hrefs ran over "[". */
const QUADRATIC_INLINE = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
const BLOCK_BREAKS = new RegExp(BLOCK_BREAK.source, 'g');

/** Shapes that make a backtracking parser rescan the rest of the text from every position. */
const HOSTILE: [string, (n: number) => string][] = [
  ['"[" never closed', (n) => '['.repeat(n)],
  ['links never closed', (n) => '[a]('.repeat(n / 4)],
  ['"*[" then "](" then stars', (n) => '*['.repeat(n / 4) + '](' + '*'.repeat(n / 2)],
  ['"**" never closed', (n) => '**a'.repeat(n / 3)],
  ['every form, mixed', (n) => '**[x](https://a.example *b\n- ['.repeat(n / 32)],
  ['whitespace runs between lines', (n) => '\n \t \t \t x'.repeat(n / 10)],
  ['one long whitespace run', (n) => '\n' + ' '.repeat(n - 2) + 'x'],
];

const SIZE = 9_600;
/** Character tests per character of text: a constant, whatever the text. */
const MAX_STEPS_PER_CHAR = 8;

const matchesOf = (expression: RegExp, text: string): [number, number][] =>
  [...text.matchAll(expression)].map((match) => [match.index, match.index + match[0].length]);

describe('the step-counting model runs the parser’s expressions as V8 does', () => {
  const expressions = { INLINE, BLOCK_BREAKS, QUADRATIC_INLINE };

  it.each(Object.entries(expressions))(
    '%s: the same matches on hostile text',
    (_name, expression) => {
      for (const [, make] of HOSTILE) {
        const text = make(320);
        expect(countSteps(expression, text).matches).toEqual(matchesOf(expression, text));
      }
    },
  );

  it.each(Object.entries(expressions))(
    '%s: the same matches on random text',
    (_name, expression) => {
      const markupish = fc.string({
        unit: fc.constantFrom('*', '[', ']', '(', ')', ' ', '\t', '\n', '-', 'a', 'https:', 'x'),
        maxLength: 60,
      });
      fc.assert(
        fc.property(markupish, (text) => {
          expect(countSteps(expression, text).matches).toEqual(matchesOf(expression, text));
        }),
        { numRuns: 400 },
      );
    },
  );

  it('refuses what it does not model, rather than count it wrong', () => {
    expect(() => countSteps(/a(?=b)/g, 'ab')).toThrow(/lookaround/);
    expect(() => countSteps(/a+?/g, 'aa')).toThrow(/lazy/);
    expect(() => countSteps(/^a/g, 'a')).toThrow(/"\^"/);
    expect(() => countSteps(/a/gi, 'a')).toThrow(/flags/);
  });
});

describe('safe markup parser: work grows linearly with the text', () => {
  const growth = (expression: RegExp, make: (n: number) => string, size = SIZE) => {
    const once = countSteps(expression, make(size)).steps;
    const twice = countSteps(expression, make(size * 2)).steps;
    return { perChar: twice / (size * 2), ratio: twice / once };
  };

  it.each(HOSTILE)('%s', (_name, make) => {
    for (const expression of [INLINE, BLOCK_BREAKS]) {
      const { perChar, ratio } = growth(expression, make);
      expect(perChar, `${expression}: character tests per character`).toBeLessThanOrEqual(
        MAX_STEPS_PER_CHAR,
      );
      expect(ratio, `${expression}: twice the text`).toBeLessThanOrEqual(2.01);
    }
  });

  it('the count catches a parser that rescans the text from every "["', () => {
    // A smaller text: the quadratic count grows fast enough to show at once.
    const { perChar, ratio } = growth(QUADRATIC_INLINE, (n) => '['.repeat(n), 1_200);
    expect(ratio).toBeGreaterThan(3.9);
    expect(perChar).toBeGreaterThan(100 * MAX_STEPS_PER_CHAR);
  });
});
