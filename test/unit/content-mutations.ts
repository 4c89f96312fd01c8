import fc from 'fast-check';
import { expect } from 'vitest';
import { HOSTILE_STRINGS, PROTOTYPE_KEYS, anyText, longText } from './arbitraries';

/**
 * Mutations of real content (the bundled English) for the property tests of the content
 * validator and the per-language merge, and an independent check of "has English's shape".
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Segment = string | number;

/**
 * What a browser would read as markup if the string ever reached innerHTML: a start or end
 * tag, a comment or a doctype. Written here rather than imported from template-merge.ts, so
 * a loosened check there fails the tests.
 */
export const LOOKS_LIKE_HTML = /<\/?[a-z]|<!/i;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const hasIds = (list: readonly unknown[]): boolean =>
  list.length > 0 && list.every((item) => isObject(item) && typeof item.id === 'string');
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every node of `root` (objects, lists and texts), as paths of keys and indexes. */
export function pathsOf(root: Json): Segment[][] {
  const paths: Segment[][] = [];
  const walk = (node: Json, path: Segment[]): void => {
    paths.push(path);
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
    else if (isObject(node))
      for (const key of Object.keys(node)) walk(node[key] as Json, [...path, key]);
  };
  walk(root, []);
  return paths;
}

/** The node at `path`, or undefined where an earlier mutation left no such node. */
export const nodeAt = (root: unknown, path: readonly Segment[]): unknown =>
  path.reduce<unknown>(
    (node, segment) =>
      typeof node === 'object' && node !== null
        ? (node as Record<Segment, unknown>)[segment]
        : undefined,
    root,
  );

/**
 * How the validator names the node at `path` in its problems: "faq.items[id=pain].answer".
 * A text inside a list of texts is reported as the whole list; a whole entry or its id as
 * its list, since an entry without its id is no longer that entry.
 */
export function problemPath(root: Json, path: readonly Segment[]): string {
  let name = '';
  let node: unknown = root;
  for (const [i, segment] of path.entries()) {
    if (Array.isArray(node)) {
      const entryItself = i + 1 === path.length;
      const entryId = path[i + 1] === 'id' && i + 2 === path.length;
      if (!hasIds(node) || entryItself || entryId) return name;
      name += `[id=${(node[segment as number] as { id: string }).id}]`;
    } else name += name ? `.${String(segment)}` : String(segment);
    node = (node as Record<Segment, unknown>)[segment];
  }
  return name;
}

export type Mutation =
  | {
      kind: 'replace';
      path: Segment[];
      value: unknown;
      what: 'html' | 'wrong type' | 'blank' | 'text';
    }
  | { kind: 'delete'; path: Segment[] }
  | { kind: 'add key'; path: Segment[]; key: string; value: unknown }
  | { kind: 'repeat entry'; path: Segment[] };

/** Strings a browser would read as markup, alone or inside ordinary text. */
export const htmlText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      ...HOSTILE_STRINGS.filter((s) => LOOKS_LIKE_HTML.test(s)),
      '<b>',
      '</p>',
      '<!DOCTYPE html>',
      '<a href=x>',
    ),
    anyText(10),
    anyText(10),
  )
  .map(([html, before, after]) => `${before}${html}${after}`);

/** Text a validator must accept: not blank, no "<" at all, sometimes very long. */
export const plainText: fc.Arbitrary<string> = fc
  .oneof(anyText(60), longText)
  .map((text) => `${text.replace(/</g, '‹')} ok`);

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, 0, -1.5, true, false, [], {}, ['text'], { text: 'x' }),
  fc.jsonValue({ maxDepth: 2 }).filter((value) => typeof value !== 'string'),
);

type ReplaceWhat = 'html' | 'wrong type' | 'blank' | 'text';
const replacementValue: Record<ReplaceWhat, fc.Arbitrary<unknown>> = {
  html: htmlText,
  'wrong type': wrongType,
  blank: fc.constantFrom('', ' ', '\n\t'),
  text: plainText,
};

/** A text of `root` (one that `where` allows) replaced by a value of one of the kinds `what`. */
export function textReplacementOf(
  root: Json,
  what: readonly ReplaceWhat[],
  where: (path: Segment[]) => boolean = () => true,
): fc.Arbitrary<Mutation> {
  const texts = pathsOf(root).filter(
    (path) => typeof nodeAt(root, path) === 'string' && where(path),
  );
  return fc.tuple(fc.constantFrom(...texts), fc.constantFrom(...what)).chain(([path, kind]) =>
    replacementValue[kind].map((value): Mutation => ({
      kind: 'replace',
      path,
      what: kind,
      value,
    })),
  );
}

/** One mutation at any node of `root`. */
export function mutationOf(root: Json): fc.Arbitrary<Mutation> {
  const paths = pathsOf(root);
  const objects = paths.filter((path) => isObject(nodeAt(root, path)));
  const lists = paths.filter((path) => Array.isArray(nodeAt(root, path)));
  const nonRoot = paths.filter((path) => path.length > 0);
  const containers = nonRoot.filter((path) => typeof nodeAt(root, path) !== 'string');
  return fc.oneof(
    textReplacementOf(root, ['html', 'wrong type', 'blank', 'text']),
    fc.record({
      kind: fc.constant('replace' as const),
      path: fc.constantFrom(...containers),
      what: fc.constant('wrong type' as const),
      value: fc.oneof(wrongType, fc.string()),
    }),
    fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...nonRoot) }),
    fc.record({
      kind: fc.constant('add key' as const),
      path: fc.constantFrom(...objects),
      key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), anyText(12)),
      value: fc.oneof(plainText, wrongType),
    }),
    fc.record({ kind: fc.constant('repeat entry' as const), path: fc.constantFrom(...lists) }),
  );
}

/** Applies `mutation` to `root` in place. */
export function applyMutation(root: unknown, mutation: Mutation): void {
  const parentPath = mutation.path.slice(0, -1);
  const last = mutation.path[mutation.path.length - 1];
  const parent = nodeAt(root, parentPath);
  const target = nodeAt(root, mutation.path);
  // An earlier mutation may have replaced a container with a text: nothing to change inside.
  const inContainer = typeof parent === 'object' && parent !== null && last !== undefined;
  switch (mutation.kind) {
    case 'replace':
      if (inContainer) (parent as Record<Segment, unknown>)[last] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else if (inContainer) delete (parent as Record<Segment, unknown>)[last];
      break;
    case 'add key':
      if (isObject(target) && !Object.prototype.hasOwnProperty.call(target, mutation.key))
        Object.defineProperty(target, mutation.key, {
          value: mutation.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      break;
    case 'repeat entry':
      if (Array.isArray(target) && target.length) target.push(structuredClone(target[0]));
      break;
  }
}

/** Throws `message` when `condition` is false: plain checks, as thousands run per property. */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}
const show = (value: unknown): string => JSON.stringify(value)?.slice(0, 120) ?? String(value);

/**
 * Throws, naming the path, unless `value` has the shape of `template`: the same fields, every
 * text a non-blank string without markup, id-matched lists with the template's ids in its
 * order, and at `flexible` paths any entries of the template's first entry's shape, with
 * valid and unique ids.
 */
export function expectShapeOf(
  template: Json,
  value: unknown,
  flexible: readonly string[] = [],
  path = '',
): void {
  const where = path || '(root)';
  if (typeof template === 'string') {
    check(typeof value === 'string', () => `${where}: expected a string, found ${show(value)}`);
    check((value as string).trim() !== '', () => `${where}: blank`);
    check(!LOOKS_LIKE_HTML.test(value as string), () => `${where}: markup in ${show(value)}`);
  } else if (Array.isArray(template)) {
    check(Array.isArray(value), () => `${where}: expected a list, found ${show(value)}`);
    const list = value as unknown[];
    check(list.length > 0, () => `${where}: empty list`);
    const ids = list.map((item) => (item as { id?: unknown } | null)?.id);
    if (flexible.includes(path)) {
      if (hasIds(template)) {
        for (const id of ids)
          check(
            typeof id === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(id),
            () => `${where}: bad id ${show(id)}`,
          );
        check(new Set(ids).size === ids.length, () => `${where}: repeated ids ${show(ids)}`);
      }
      list.forEach((item, i) =>
        expectShapeOf(template[0] as Json, item, flexible, `${path}[${i}]`),
      );
    } else if (hasIds(template)) {
      const expected = template.map((item) => (item as { id: string }).id);
      check(
        show(ids) === show(expected),
        () => `${where}: ids ${show(ids)}, not ${show(expected)}`,
      );
      template.forEach((item, i) => expectShapeOf(item, list[i], flexible, `${path}[${i}]`));
    } else {
      list.forEach((item, i) =>
        expectShapeOf(template[0] as Json, item, flexible, `${path}[${i}]`),
      );
    }
  } else if (isObject(template)) {
    check(isObject(value), () => `${where}: expected an object, found ${show(value)}`);
    const object = value as Record<string, unknown>;
    const plainKeys = (keys: string[]) => show(keys.filter((key) => !PLURAL.test(key)).sort());
    check(
      plainKeys(Object.keys(object)) === plainKeys(Object.keys(template)),
      () => `${where}: fields ${plainKeys(Object.keys(object))}`,
    );
    for (const key of Object.keys(object)) {
      const at = path ? `${path}.${key}` : key;
      const base = key.replace(PLURAL, '');
      const shape = PLURAL.test(key) ? (template[`${base}_other`] ?? template[key]) : template[key];
      check(shape !== undefined, () => `${at}: a field the template does not have`);
      expectShapeOf(shape as Json, object[key], flexible, at);
    }
  } else {
    check(
      typeof value === typeof template,
      () => `${where}: expected a ${typeof template}, found ${show(value)}`,
    );
  }
}

/** Does every problem start with a path: "(root)", or a field of the template or candidate? */
export function expectProblemsNamePaths(
  problems: readonly string[],
  template: Json,
  candidate: unknown,
): void {
  const fields = [
    ...Object.keys(template as object),
    ...(isObject(candidate) ? Object.keys(candidate) : []),
  ];
  for (const problem of problems) {
    const named =
      problem.startsWith('(root): ') ||
      fields.some((field) =>
        [`${field}.`, `${field}[`, `${field}: `].some((start) => problem.startsWith(start)),
      );
    expect(named, problem.slice(0, 200)).toBe(true);
  }
}
