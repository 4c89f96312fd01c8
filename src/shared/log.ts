/**
 * Every message the widget writes to the console goes through here, so each one is
 * prefixed (a clinic's admin can find ours among the page's) and repeated problems are
 * reported once rather than on every render.
 */
const PREFIX = '[clinic-widget]';
const reported = new Set<string>();

export function warn(message: string): void {
  console.warn(`${PREFIX} ${message}`);
}

export function warnOnce(message: string): void {
  if (reported.has(message)) return;
  reported.add(message);
  warn(message);
}

/** Test hook: forget which messages were reported, so each test sees its own. */
export const forgetReported = (): void => reported.clear();

export function error(message: string, cause?: unknown): void {
  if (cause === undefined) console.error(`${PREFIX} ${message}`);
  else console.error(`${PREFIX} ${message}`, cause);
}

/** Runs `action`; anything it throws is logged instead of reaching the host page. */
export function guard<T>(what: string, action: () => T, fallback: T): T {
  try {
    return action();
  } catch (cause) {
    error(`${what} failed; the host page is unaffected.`, cause);
    return fallback;
  }
}

/** "an object", "a number", "null", "an array", "missing": for messages about bad input. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
