import { describeValue } from '../embed/log';

/**
 * Validates untrusted JSON (a lazily loaded locale, later a clinic's own content) against a
 * trusted template of the same shape (the bundled English). Every string, number and list
 * the template has is taken from the candidate when it is valid there, and from the template
 * otherwise; each fallback is reported with its path. Arrays of objects with an `id` are
 * matched by id, so a translation cannot drop, add or reorder FAQ entries. Pure.
 */
export interface MergeResult<T> {
  value: T;
  problems: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasId = (value: unknown): value is { id: string } =>
  isObject(value) && typeof value.id === 'string';

function merge(template: Json, candidate: unknown, path: string, problems: string[]): Json {
  if (typeof template === 'string') {
    if (typeof candidate === 'string' && candidate.trim()) return candidate;
    problems.push(
      `${path}: expected text, found ${candidate === '' ? 'an empty string' : describeValue(candidate)}`,
    );
    return template;
  }
  if (typeof template === 'number' || typeof template === 'boolean') {
    if (
      typeof candidate === typeof template &&
      (typeof candidate !== 'number' || Number.isFinite(candidate))
    )
      return candidate as Json;
    problems.push(`${path}: expected a ${typeof template}, found ${describeValue(candidate)}`);
    return template;
  }
  if (Array.isArray(template)) {
    if (!Array.isArray(candidate)) {
      problems.push(`${path}: expected a list, found ${describeValue(candidate)}`);
      return template;
    }
    if (template.every(hasId)) {
      const byId = new Map<string, unknown>();
      for (const item of candidate) if (hasId(item)) byId.set(item.id, item);
      for (const item of candidate) {
        if (!hasId(item) || !template.some((t) => (t as { id: string }).id === item.id))
          problems.push(
            `${path}: unexpected entry ${hasId(item) ? `"${item.id}"` : describeValue(item)}`,
          );
      }
      return template.map((item) => {
        const id = (item as { id: string }).id;
        return merge(item, byId.get(id), `${path}[id=${id}]`, problems);
      });
    }
    // Lists of plain values are taken whole when every entry has the template's type.
    const itemType = typeof template[0];
    const valid =
      candidate.length > 0 &&
      candidate.every(
        (item) => typeof item === itemType && (itemType !== 'string' || String(item).trim()),
      );
    if (valid) return candidate as Json[];
    problems.push(`${path}: expected a list of ${itemType}s`);
    return template;
  }
  if (isObject(template)) {
    if (!isObject(candidate)) {
      problems.push(`${path || '(root)'}: expected an object, found ${describeValue(candidate)}`);
      return template;
    }
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(template)) {
      out[key] = merge(
        template[key] as Json,
        candidate[key],
        path ? `${path}.${key}` : key,
        problems,
      );
    }
    for (const key of Object.keys(candidate)) {
      if (!(key in template)) problems.push(`${path ? `${path}.` : ''}${key}: unknown field`);
    }
    return out;
  }
  return template;
}

export function mergeWithTemplate<T>(template: T, candidate: unknown): MergeResult<T> {
  const problems: string[] = [];
  const value = merge(template as Json, candidate, '', problems) as T;
  return { value, problems };
}
