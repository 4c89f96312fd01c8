/**
 * The limits on a clinic's own content (README, "A clinic's own content"). The shipped topic
 * is about 21 kB a language, with 15 questions and answers of at most about 1,100 characters:
 * the limits leave a clinic room for many times that, and refuse what would freeze the host
 * page (a 50 MB file, 20,000 questions) before the widget spends time on it. Pure.
 */

/** The whole file (data-content-url) or inline script (data-content-id), as UTF-8. */
export const MAX_CONTENT_BYTES = 2_000_000;
/** Entries in any list (FAQ questions, categories, red flags), fields in any object, languages. */
export const MAX_ENTRIES = 200;
/** Characters in any one text (a question, an answer, a title). */
export const MAX_TEXT_LENGTH = 5_000;
/** Objects and lists nested in each other, the file's own counted: a topic uses 5. */
export const MAX_DEPTH = 8;
/** Problems a console message lists by name; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 10;
/** Characters of one listed problem (a path may quote a clinic's long id). */
const MAX_PROBLEM_LENGTH = 160;

/** What the schema (tools/content-schema.mjs) publishes for editors. */
export const CONTENT_LIMITS = {
  maxEntries: MAX_ENTRIES,
  maxTextLength: MAX_TEXT_LENGTH,
} as const;

/** A BCP 47 tag as the schema allows ("en", "es-MX", "zh-Hans"): never "__proto__". */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * Where `raw` (parsed JSON) goes beyond the limits, by path, e.g.
 * "en.faq.items: 20,000 entries; the limit is 200". A list or object over the limit is not
 * looked into, so the walk costs at most the limits' worth of work per level.
 */
export function overLimits(raw: unknown): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, path: string, depth: number): void => {
    const at = path || '(root)';
    if (typeof value === 'string') {
      if (value.length > MAX_TEXT_LENGTH)
        problems.push(
          `${at}: ${count(value.length)} characters; the limit is ${count(MAX_TEXT_LENGTH)}`,
        );
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (depth >= MAX_DEPTH) {
      problems.push(`${at}: nested more than ${MAX_DEPTH} levels deep`);
      return;
    }
    const list = Array.isArray(value);
    const size = list ? value.length : Object.keys(value).length;
    if (size > MAX_ENTRIES) {
      problems.push(
        `${at}: ${count(size)} ${list ? 'entries' : 'fields'}; the limit is ${count(MAX_ENTRIES)}`,
      );
      return;
    }
    for (const key of Object.keys(value))
      walk(
        (value as Record<string, unknown>)[key],
        list ? `${path}[${key}]` : path ? `${path}.${key}` : key,
        depth + 1,
      );
  };
  walk(raw, '', 0);
  return problems;
}

/**
 * Problems as lines of a console message: the first MAX_LISTED_PROBLEMS, each shortened, then
 * how many more. However many problems a file has, the message stays short.
 */
export function listProblems(problems: readonly string[]): string {
  const lines = problems
    .slice(0, MAX_LISTED_PROBLEMS)
    .map((problem) =>
      problem.length > MAX_PROBLEM_LENGTH
        ? `${problem.slice(0, MAX_PROBLEM_LENGTH - 1)}…`
        : problem,
    );
  if (problems.length > MAX_LISTED_PROBLEMS)
    lines.push(`and ${count(problems.length - MAX_LISTED_PROBLEMS)} more`);
  return lines.map((line) => `\n- ${line}`).join('');
}

/** The UTF-8 size of `text`, counted only when it could be over `limit`. */
export function isOverBytes(text: string, limit = MAX_CONTENT_BYTES): boolean {
  if (text.length > limit) return true;
  // A character is at most 3 bytes of UTF-8 (a surrogate pair, 2 characters, is 4).
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).length > limit;
}
