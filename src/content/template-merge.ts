import { describeValue } from '../shared/log';

/**
 * Validates untrusted JSON (a lazily loaded locale, or a clinic's own content) against a
 * trusted template of the same shape (the bundled English). Every string, number and list
 * the template has is taken from the candidate when it is valid there, and from the template
 * otherwise; each fallback is reported with its path. Arrays of objects with an `id` are
 * matched by id, so a translation cannot drop, add or reorder entries, except at the
 * `flexible` paths (a clinic's own FAQ), where entries only need the template entry's shape.
 * Pure.
 */
export interface MergeResult<T> {
  value: T;
  problems: string[];
}

export interface MergeOptions {
  /** Paths (like "faq.items") whose lists may hold any entries of the template's shape. */
  flexible?: readonly string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasId = (value: unknown): value is { id: string } =>
  isObject(value) && typeof value.id === 'string';

/** Markup must come through safe-markup, never as HTML: "<b>", "</p>", "<!--", "<script". */
const HTML_TAG = /<\s*\/?\s*[a-z!]/i;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** i18next plural keys: each language has its own set of forms (CLDR plural categories). */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const pluralBase = (key: string): string | null =>
  PLURAL.test(key) ? key.replace(PLURAL, '') : null;

class Merger {
  readonly problems: string[] = [];
  constructor(private readonly flexible: ReadonlySet<string>) {}

  merge(template: Json, candidate: unknown, path: string): Json {
    if (typeof template === 'string') return this.text(template, candidate, path);
    if (typeof template === 'number' || typeof template === 'boolean') {
      if (
        typeof candidate === typeof template &&
        (typeof candidate !== 'number' || Number.isFinite(candidate))
      )
        return candidate as Json;
      return this.fail(
        template,
        path,
        `expected a ${typeof template}, found ${describeValue(candidate)}`,
      );
    }
    if (Array.isArray(template)) return this.list(template, candidate, path);
    if (isObject(template)) return this.object(template, candidate, path);
    return template;
  }

  private fail<T extends Json>(fallback: T, path: string, problem: string): T {
    this.problems.push(`${path || '(root)'}: ${problem}`);
    return fallback;
  }

  private text(template: string, candidate: unknown, path: string): Json {
    if (typeof candidate !== 'string' || !candidate.trim())
      return this.fail(
        template,
        path,
        `expected text, found ${candidate === '' ? 'an empty string' : describeValue(candidate)}`,
      );
    if (HTML_TAG.test(candidate))
      return this.fail(template, path, 'contains HTML, which is not allowed');
    return candidate;
  }

  private list(template: Json[], candidate: unknown, path: string): Json {
    if (!Array.isArray(candidate))
      return this.fail(template, path, `expected a list, found ${describeValue(candidate)}`);
    if (this.flexible.has(path)) return this.flexibleList(template, candidate, path);
    if (template.every(hasId)) {
      const byId = new Map<string, unknown>();
      for (const item of candidate) {
        if (!hasId(item) || !template.some((t) => (t as { id: string }).id === item.id))
          this.problems.push(
            `${path}: unexpected entry ${hasId(item) ? `"${item.id}"` : describeValue(item)}`,
          );
        // A repeat would be dropped unseen: the list has that entry once.
        else if (byId.has(item.id)) this.problems.push(`${path}: entry "${item.id}" repeated`);
        else byId.set(item.id, item);
      }
      return template.map((item) => {
        const id = (item as { id: string }).id;
        return this.merge(item, byId.get(id), `${path}[id=${id}]`);
      });
    }
    // Lists of plain values are taken whole when every entry is valid text or of the template's type.
    const itemType = typeof template[0];
    const valid =
      candidate.length > 0 &&
      candidate.every(
        (item) =>
          typeof item === itemType &&
          (itemType !== 'string' || (String(item).trim() && !HTML_TAG.test(String(item)))),
      );
    return valid
      ? (candidate as Json[])
      : this.fail(
          template,
          path,
          `expected a list of ${itemType === 'string' ? 'texts without HTML' : `${itemType}s`}`,
        );
  }

  /** Any number of entries, each shaped like the template's first, with unique ids. */
  private flexibleList(template: Json[], candidate: unknown[], path: string): Json {
    const shape = template[0] as Json;
    const seen = new Set<string>();
    const before = this.problems.length;
    const merged = candidate.map((item, i) => {
      const id = hasId(item) ? item.id : '';
      const where = `${path}[${id ? `id=${id}` : i}]`;
      if (hasId(shape)) {
        if (!ID.test(id))
          this.problems.push(`${where}.id: expected lower-case letters, digits and dashes`);
        else if (seen.has(id)) this.problems.push(`${where}.id: used twice`);
        seen.add(id);
      }
      return this.merge(shape, item, where);
    });
    if (!candidate.length) this.problems.push(`${path}: expected at least one entry`);
    return this.problems.length > before ? template : merged;
  }

  private object(template: { [key: string]: Json }, candidate: unknown, path: string): Json {
    if (!isObject(candidate))
      return this.fail(template, path, `expected an object, found ${describeValue(candidate)}`);
    const out: { [key: string]: Json } = {};
    const at = (key: string) => (path ? `${path}.${key}` : key);
    // Plural forms a language has are its own: take them as a group when it has any.
    const pluralBases = new Set(
      Object.keys(template)
        .map(pluralBase)
        .filter((base) => base !== null),
    );
    const candidateHasForms = (base: string) =>
      Object.keys(candidate).some((key) => pluralBase(key) === base);
    for (const key of Object.keys(template)) {
      const base = pluralBase(key);
      if (base !== null && candidateHasForms(base)) continue;
      out[key] = this.merge(template[key] as Json, candidate[key], at(key));
    }
    for (const key of Object.keys(candidate)) {
      const base = pluralBase(key);
      // A form English lacks ("_few") falls back to English's "_other"; one it has, to itself.
      if (base !== null && pluralBases.has(base))
        out[key] = this.merge(
          (Object.prototype.hasOwnProperty.call(template, key)
            ? template[key]
            : template[`${base}_other`]) ?? '',
          candidate[key],
          at(key),
        );
      else if (!Object.prototype.hasOwnProperty.call(template, key))
        this.problems.push(`${at(key)}: unknown field`);
    }
    return out;
  }
}

export function mergeWithTemplate<T>(
  template: T,
  candidate: unknown,
  options: MergeOptions = {},
): MergeResult<T> {
  const merger = new Merger(new Set(options.flexible ?? []));
  const value = merger.merge(template as Json, candidate, '') as T;
  return { value, problems: merger.problems };
}
