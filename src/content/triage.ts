import shippedRules from './triage-rules.json';

/**
 * The "when to seek help" rules, as data (triage-rules.json), and the pure function that
 * applies them. Every rule whose conditions all hold raises the result to its level; the most
 * urgent level reached wins, so no answer can lower a red flag. The decision table that these
 * rules implement is written out in docs/triage.md, and a test checks every combination
 * against that table.
 */
export const LEVELS = ['expected', 'watch', 'contact', 'emergency'] as const;
export type Level = (typeof LEVELS)[number];

export interface RuleCondition {
  /** Holds when the visitor has at least one red flag. */
  redFlag?: boolean;
  /** Holds when the visitor has none of the listed symptoms. */
  noSymptoms?: boolean;
  /** Holds when the visitor has at least one of these symptoms. */
  anySymptom?: string[];
  /** Holds when the time since treatment is one of these. */
  time?: string[];
  /** Holds when the symptoms' trend is one of these. */
  trend?: string[];
}

export interface Rule {
  id: string;
  level: Level;
  when: RuleCondition;
}

export interface TriageRules {
  levels: readonly string[];
  redFlags: string[];
  times: string[];
  symptoms: string[];
  symptomGroups: Record<string, string[]>;
  trends: string[];
  rules: Rule[];
  /** FAQ entries that explain each result. */
  explainedBy: Record<Level, string[]>;
}

export interface TriageAnswers {
  redFlags: readonly string[];
  time: string | null;
  symptoms: readonly string[];
  trend: string | null;
}

export interface TriageResult {
  level: Level;
  /** The rules that reached that level, for the summary and for tests. */
  because: string[];
}

export const SHIPPED_RULES = shippedRules as TriageRules;

const rank = (level: Level): number => LEVELS.indexOf(level);

function holds(condition: RuleCondition, answers: TriageAnswers): boolean {
  if (condition.redFlag !== undefined && condition.redFlag !== answers.redFlags.length > 0)
    return false;
  if (
    condition.noSymptoms !== undefined &&
    condition.noSymptoms !== (answers.symptoms.length === 0)
  )
    return false;
  if (condition.anySymptom && !condition.anySymptom.some((s) => answers.symptoms.includes(s)))
    return false;
  if (condition.time && !(answers.time !== null && condition.time.includes(answers.time)))
    return false;
  if (condition.trend && !(answers.trend !== null && condition.trend.includes(answers.trend)))
    return false;
  return true;
}

/**
 * The result for a set of answers: the most urgent level of all rules that hold. Answers the
 * rules do not cover (impossible for validated rules and the quiz's own answers) get at least
 * "contact": when in doubt, a person checks. Not covered means no rule holds, or a symptom that
 * no rule that holds speaks to (an unknown id, or a usual symptom without a time). Going by
 * each symptom, rather than by whether any rule held, keeps the result monotonic: a weak rule
 * that another answer brings in ("getting worse": watch) cannot hide the doubt.
 */
export function evaluate(answers: TriageAnswers, rules: TriageRules = SHIPPED_RULES): TriageResult {
  let level: Level | null = null;
  let because: string[] = [];
  const covered = new Set<string>();
  for (const rule of rules.rules) {
    if (!holds(rule.when, answers)) continue;
    for (const symptom of rule.when.anySymptom ?? []) covered.add(symptom);
    if (level === null || rank(rule.level) > rank(level)) {
      level = rule.level;
      because = [rule.id];
    } else if (rule.level === level) because.push(rule.id);
  }
  const uncovered = answers.symptoms.some((symptom) => !covered.has(symptom));
  if (level === null || (uncovered && rank(level) < rank('contact')))
    return { level: 'contact', because: [] };
  return { level, because };
}

/** Every subset of `items`, the empty one first. */
export function subsets<T>(items: readonly T[]): T[][] {
  return Array.from({ length: 2 ** items.length }, (_, mask) =>
    items.filter((_, i) => mask & (1 << i)),
  );
}

/**
 * Every combination the quiz can produce without a red flag: each time, each set of
 * symptoms, and (when there are symptoms) each trend; with no symptoms the trend is not asked.
 */
export function allAnswerCombinations(rules: TriageRules): TriageAnswers[] {
  const combinations: TriageAnswers[] = [];
  for (const time of rules.times) {
    for (const symptoms of subsets(rules.symptoms)) {
      const trends = symptoms.length ? rules.trends : [null];
      for (const trend of trends) combinations.push({ redFlags: [], time, symptoms, trend });
    }
  }
  return combinations;
}

/**
 * Problems with a rule set: references to red flags, symptoms, times, trends, levels or FAQ
 * entries that do not exist, and combinations of answers that no rule gives a level.
 */
export function validateRules(rules: TriageRules, faqIds: readonly string[]): string[] {
  const problems: string[] = [];
  const known = {
    anySymptom: new Set(rules.symptoms),
    time: new Set(rules.times),
    trend: new Set(rules.trends),
  };
  rules.rules.forEach((rule, i) => {
    const where = `rules[${rule.id ?? i}]`;
    if (!(LEVELS as readonly string[]).includes(rule.level))
      problems.push(`${where}.level: unknown level "${rule.level}"`);
    for (const key of ['anySymptom', 'time', 'trend'] as const) {
      for (const id of rule.when[key] ?? []) {
        if (!known[key].has(id)) problems.push(`${where}.when.${key}: "${id}" does not exist`);
      }
    }
  });
  for (const [group, ids] of Object.entries(rules.symptomGroups)) {
    for (const id of ids)
      if (!known.anySymptom.has(id))
        problems.push(`symptomGroups.${group}: "${id}" does not exist`);
  }
  for (const level of LEVELS) {
    for (const id of rules.explainedBy[level] ?? []) {
      if (!faqIds.includes(id))
        problems.push(`explainedBy.${level}: FAQ entry "${id}" does not exist`);
    }
  }
  if (!problems.length) {
    const uncovered = allAnswerCombinations(rules).filter(
      (answers) => evaluate(answers, rules).because.length === 0,
    );
    if (uncovered.length) {
      const example = uncovered[0]!;
      problems.push(
        `${uncovered.length} combination(s) of answers get no level, e.g. time "${example.time}", symptoms [${example.symptoms.join(', ')}], trend "${example.trend}"`,
      );
    }
    const redFlag = evaluate(
      { redFlags: [rules.redFlags[0] ?? 'x'], time: null, symptoms: [], trend: null },
      rules,
    );
    if (redFlag.level !== 'emergency') problems.push('a red flag does not lead to "emergency"');
  }
  return problems;
}
