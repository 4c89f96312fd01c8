import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from './content';
import {
  LEVELS,
  SHIPPED_RULES,
  allAnswerCombinations,
  evaluate,
  validateRules,
  type Level,
  type TriageAnswers,
  type TriageRules,
} from './triage';

const faqIds = ENGLISH.content.faq.items.map((item) => item.id);

/** The decision table in docs/triage.md: time → symptom class → trend → level. */
function readDecisionTable(): Map<string, Level> {
  const markdown = readFileSync(join(import.meta.dirname, '../../docs/triage.md'), 'utf8');
  const section = markdown
    .split('<!-- decision-table:start -->')[1]!
    .split('<!-- decision-table:end -->')[0]!;
  const table = new Map<string, Level>();
  for (const line of section.split('\n')) {
    const cells = line
      .split('|')
      .map((cell) => cell.trim())
      .filter(Boolean);
    if (cells.length !== 5 || cells[0] === 'Time since treatment' || cells[0]!.startsWith('---'))
      continue;
    const [time, symptoms, better, same, worse] = cells as [string, string, Level, Level, Level];
    for (const [trend, level] of [
      ['better', better],
      ['same', same],
      ['worse', worse],
    ] as const) {
      expect(LEVELS).toContain(level);
      table.set(`${time}|${symptoms}|${trend}`, level);
    }
  }
  return table;
}

const CLASS_OF: Record<string, string> = {
  redness: 'usual',
  swelling: 'usual',
  tenderness: 'usual',
  'bleeding-bruising': 'usual',
  pus: 'infection',
  smell: 'infection',
  fever: 'infection',
  'severe-pain': 'warning',
  itching: 'warning',
  lumps: 'warning',
  unwell: 'warning',
};

const mostUrgent = (levels: Level[]): Level =>
  levels.reduce((a, b) => (LEVELS.indexOf(b) > LEVELS.indexOf(a) ? b : a), 'expected');

describe('triage rules', () => {
  const table = readDecisionTable();

  it('the docs table covers 4 times × 4 symptom classes × 3 trends', () => {
    expect(table.size).toBe(48);
  });

  it('match the decision table for every combination of time × symptoms × trend', () => {
    const combinations = allAnswerCombinations(SHIPPED_RULES);
    // 4 times × (1 with no symptoms + 2,047 symptom sets × 3 trends)
    expect(combinations).toHaveLength(4 * (1 + 2047 * 3));
    let checked = 0;
    for (const answers of combinations) {
      const classes = answers.symptoms.length
        ? [...new Set(answers.symptoms.map((s) => CLASS_OF[s]!))]
        : ['none'];
      const expected = mostUrgent(
        classes.map((c) => table.get(`${answers.time}|${c}|${answers.trend ?? 'same'}`)!),
      );
      expect(evaluate(answers).level, JSON.stringify(answers)).toBe(expected);
      checked += 1;
    }
    expect(checked).toBe(24_568);
  });

  it('gives emergency for every red flag, whatever else is answered', () => {
    for (const redFlag of SHIPPED_RULES.redFlags) {
      for (const answers of allAnswerCombinations(SHIPPED_RULES).filter((_, i) => i % 97 === 0)) {
        expect(evaluate({ ...answers, redFlags: [redFlag] }).level).toBe('emergency');
      }
      expect(evaluate({ redFlags: [redFlag], time: null, symptoms: [], trend: null }).level).toBe(
        'emergency',
      );
    }
  });

  it('never lowers a red flag, for any answers at all (property)', () => {
    const id = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(
        fc.constantFrom(...SHIPPED_RULES.redFlags),
        fc.array(id),
        fc.option(id),
        fc.array(fc.oneof(fc.constantFrom(...SHIPPED_RULES.symptoms), id)),
        fc.option(fc.oneof(fc.constantFrom(...SHIPPED_RULES.trends), id)),
        (flag, moreFlags, time, symptoms, trend) => {
          const answers: TriageAnswers = { redFlags: [flag, ...moreFlags], time, symptoms, trend };
          return evaluate(answers).level === 'emergency';
        },
      ),
    );
  });

  it('stays at "contact" for answers in doubt, whatever is added (found by triage.property.test.ts)', () => {
    // An unknown symptom gave "contact", but adding "redness" brought in a rule that gave
    // "expected"; symptoms without a time gave "contact", and "worse" once gave "watch".
    expect(evaluate({ redFlags: [], time: 'under-24h', symptoms: [''], trend: null }).level).toBe(
      'contact',
    );
    expect(
      evaluate({ redFlags: [], time: 'under-24h', symptoms: ['', 'redness'], trend: null }).level,
    ).toBe('contact');
    expect(evaluate({ redFlags: [], time: null, symptoms: ['redness'], trend: null }).level).toBe(
      'contact',
    );
    expect(
      evaluate({ redFlags: [], time: null, symptoms: ['redness'], trend: 'worse' }).level,
    ).toBe('contact');
  });

  it('never leaves worsening symptoms at "expected"', () => {
    for (const answers of allAnswerCombinations(SHIPPED_RULES).filter((a) => a.trend === 'worse')) {
      expect(evaluate(answers).level).not.toBe('expected');
    }
  });

  it('never words worsening symptoms as "watch" or "expected": the source\'s "increasing pain"', () => {
    for (const answers of allAnswerCombinations(SHIPPED_RULES).filter((a) => a.trend === 'worse')) {
      expect(evaluate(answers).level, JSON.stringify(answers)).toBe('contact');
    }
  });

  it('reaches "contact" for usual symptoms persisting beyond 48 hours that are not getting better', () => {
    for (const symptom of SHIPPED_RULES.symptomGroups.usual!) {
      for (const trend of ['same', 'worse']) {
        expect(evaluate({ redFlags: [], time: '48-72h', symptoms: [symptom], trend }).level).toBe(
          'contact',
        );
      }
      for (const trend of SHIPPED_RULES.trends) {
        expect(evaluate({ redFlags: [], time: 'over-72h', symptoms: [symptom], trend }).level).toBe(
          'contact',
        );
      }
    }
  });

  it('never calls "something else worries me, or I feel unwell" expected', () => {
    const withUnwell = allAnswerCombinations(SHIPPED_RULES).filter((a) =>
      a.symptoms.includes('unwell'),
    );
    expect(withUnwell.length).toBeGreaterThan(0);
    for (const answers of withUnwell) expect(evaluate(answers).level).toBe('contact');
  });

  it('are valid: every reference exists and every combination gets a level', () => {
    expect(validateRules(SHIPPED_RULES, faqIds)).toEqual([]);
  });
});

describe('validateRules', () => {
  const clone = (): TriageRules => structuredClone(SHIPPED_RULES);

  it('names a rule that references a symptom that does not exist', () => {
    const rules = clone();
    rules.rules.find((rule) => rule.id === 'signs-of-infection')!.when.anySymptom = [
      'pus',
      'green-glow',
    ];
    expect(validateRules(rules, faqIds)).toEqual([
      'rules[signs-of-infection].when.anySymptom: "green-glow" does not exist',
    ]);
  });

  it('finds combinations left without a level', () => {
    const rules = clone();
    rules.rules = rules.rules.filter((rule) => rule.id !== 'usual-at-48-72h-getting-better');
    expect(validateRules(rules, faqIds)[0]).toMatch(
      /^\d+ combination\(s\) of answers get no level, e\.g\. time "48-72h"/,
    );
  });

  it('names links to FAQ entries that do not exist', () => {
    const rules = clone();
    rules.explainedBy.watch = ['how-long', 'gone'];
    expect(validateRules(rules, faqIds)).toEqual([
      'explainedBy.watch: FAQ entry "gone" does not exist',
    ]);
  });

  it('treats answers no rule covers as "contact", never as expected', () => {
    const rules = clone();
    rules.rules = [];
    expect(
      evaluate({ redFlags: [], time: 'under-24h', symptoms: ['redness'], trend: 'better' }, rules)
        .level,
    ).toBe('contact');
  });
});

describe('rules and content agree', () => {
  const ids = (list: { id: string }[]) => list.map((entry) => entry.id);
  const { seekHelp } = ENGLISH.content;
  it('use the same ids for red flags, times, symptoms, groups, trends and results', () => {
    expect(ids(seekHelp.redFlags)).toEqual(SHIPPED_RULES.redFlags);
    expect(ids(seekHelp.times)).toEqual(SHIPPED_RULES.times);
    expect(ids(seekHelp.symptoms)).toEqual(SHIPPED_RULES.symptoms);
    expect(ids(seekHelp.symptomGroups)).toEqual(Object.keys(SHIPPED_RULES.symptomGroups));
    expect(ids(seekHelp.trends)).toEqual(SHIPPED_RULES.trends);
    expect(ids(seekHelp.results).sort()).toEqual([...LEVELS].sort());
    expect(Object.values(SHIPPED_RULES.symptomGroups).flat().sort()).toEqual(
      [...SHIPPED_RULES.symptoms].sort(),
    );
  });
});
