/**
 * A compact wire format for translated content: only its texts, as one array in the order
 * of the English content's fields. Identifiers (ids, categories, the topic, dates) and the
 * structure come from the bundled English, so they are not sent again with every language:
 * about 1.4 KB gzip less per language. The build packs (tools/emit-locales.ts), the loader
 * unpacks; both walk the English content in this same order. Pure.
 */
export const IDENTIFIER_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'category',
  'topic',
  'lastReviewed',
]);

type Visit = (templateValue: string, key: string) => unknown;

/** Rebuilds the template's shape, asking `visit` for every string. */
function walk(template: unknown, key: string, visit: Visit): unknown {
  if (typeof template === 'string') return visit(template, key);
  if (Array.isArray(template)) return template.map((item) => walk(item, key, visit));
  if (template && typeof template === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(template)) out[k] = walk(v, k, visit);
    return out;
  }
  return template;
}

/** The texts of `content` (shaped like `template`) in the template's field order. */
export function packTexts(template: unknown, content: unknown): string[] {
  const texts: string[] = [];
  const lookup = (path: (string | number)[]) =>
    path.reduce<unknown>(
      (node, part) => (node as Record<string | number, unknown> | undefined)?.[part],
      content,
    );
  const visitPath = (node: unknown, path: (string | number)[], key: string): void => {
    if (typeof node === 'string') {
      if (!IDENTIFIER_FIELDS.has(key)) texts.push(String(lookup(path) ?? ''));
    } else if (Array.isArray(node)) node.forEach((item, i) => visitPath(item, [...path, i], key));
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) visitPath(v, [...path, k], k);
  };
  visitPath(template, [], '');
  return texts;
}

/**
 * The content back in full: identifiers from the template, texts from `texts` in order. A
 * missing or non-string text becomes undefined, which validation then reports and replaces
 * with English.
 */
export function unpackTexts<T>(template: T, texts: readonly unknown[]): T {
  let next = 0;
  return walk(template, '', (value, key) => {
    if (IDENTIFIER_FIELDS.has(key)) return value;
    const text = texts[next];
    next += 1;
    return typeof text === 'string' ? text : undefined;
  }) as T;
}
