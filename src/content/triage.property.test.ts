import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVELS, SHIPPED_RULES, evaluate, type Level, type TriageAnswers } from './triage';
import { PROTOTYPE_KEYS, anyText } from '../../test/unit/arbitraries';

/*
 * Properties of the "when to get help" rules, over any answers at all: the ids the quiz
 * offers, ids it does not (an old bookmark, a changed rule file, a bug elsewhere), and
 * prototype names. triage.test.ts checks every valid combination against the decision table
 * in docs/triage.md, and that a red flag always wins; these check what must hold around them:
 * more symptoms, or symptoms getting worse, never make the advice less urgent.
 */

const RUNS = { numRuns: 1_000 };
const rank = (level: Level): number => LEVELS.indexOf(level);

/** A known id most of the time, else anything. */
const idFrom = (known: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.oneof(anyText(12), fc.constantFrom(...PROTOTYPE_KEYS, '')) },
  );
const symptom = idFrom(SHIPPED_RULES.symptoms);
const answers: fc.Arbitrary<TriageAnswers> = fc.record({
  // Mostly none: a red flag decides everything, so answers without one say more.
  redFlags: fc.oneof(
    { weight: 3, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.array(idFrom(SHIPPED_RULES.redFlags), { maxLength: 2 }) },
  ),
  time: fc.option(idFrom(SHIPPED_RULES.times)),
  symptoms: fc.array(symptom, { maxLength: 5 }),
  trend: fc.option(idFrom(SHIPPED_RULES.trends)),
});

describe('triage rules (properties)', () => {
  it('give one of the four levels for any answers, without throwing', () => {
    fc.assert(
      fc.property(answers, (given) => {
        const result = evaluate(given);
        expect(LEVELS).toContain(result.level);
        expect(Array.isArray(result.because)).toBe(true);
      }),
      RUNS,
    );
  });

  it('give "emergency" whenever any red flag is added to any answers', () => {
    // triage.test.ts adds a shipped red flag; the quiz reports "yes" as the id "reported",
    // so a red flag of any id must count.
    fc.assert(
      fc.property(answers, idFrom(SHIPPED_RULES.redFlags), (given, flag) => {
        expect(evaluate({ ...given, redFlags: [...given.redFlags, flag] }).level).toBe('emergency');
      }),
      RUNS,
    );
  });

  it('never get less urgent when a symptom is added (monotonic)', () => {
    fc.assert(
      fc.property(answers, symptom, (given, added) => {
        const before = evaluate(given).level;
        const after = evaluate({ ...given, symptoms: [...given.symptoms, added] }).level;
        expect(rank(after), `${before} → ${after}`).toBeGreaterThanOrEqual(rank(before));
      }),
      RUNS,
    );
  });

  it('never get less urgent when the symptoms are getting worse', () => {
    fc.assert(
      fc.property(answers, (given) => {
        const before = evaluate(given).level;
        const after = evaluate({ ...given, trend: 'worse' }).level;
        expect(rank(after), `${before} → ${after}`).toBeGreaterThanOrEqual(rank(before));
      }),
      RUNS,
    );
  });

  it('do not depend on the order of the symptoms or on repeats', () => {
    const withShuffled = answers.chain((given) =>
      fc.tuple(
        fc.constant(given),
        fc.shuffledSubarray([...given.symptoms], { minLength: given.symptoms.length }),
      ),
    );
    fc.assert(
      fc.property(withShuffled, ([given, shuffled]) => {
        const repeated = [...shuffled, ...given.symptoms.slice(0, 1)];
        expect(evaluate({ ...given, symptoms: repeated }).level).toBe(evaluate(given).level);
      }),
      RUNS,
    );
  });
});
