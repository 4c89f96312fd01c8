// Derives content.schema.json (JSON Schema 2020-12) from the English content, the same
// reference the runtime validator (src/content/template-merge.ts) checks a clinic's own content
// against: every field English has, no other; texts non-empty and without HTML; list entries
// with the shipped ids, except the FAQ (faq.items, faq.categories), where a clinic may write
// its own entries, and the red flags (seekHelp.redFlags), which must keep the shipped entries
// first but may add the clinic's own after them (src/content/safety-texts.ts keeps the shipped
// wording). Published in dist/ so editors can validate a clinic's file while typing. With
// `limits` (src/content/content-limits.ts), it states them too: the longest text, the most
// entries in a list, and the most languages.
const NO_HTML = '^(?![\\s\\S]*<\\s*/?\\s*[A-Za-z!])[\\s\\S]*\\S[\\s\\S]*$';
const ID = '^[a-z0-9][a-z0-9-]{0,63}$';
const FLEXIBLE = new Set(['faq.items', 'faq.categories']);
/** Lists whose shipped entries stay, with room for more after them. */
const ADDITIVE = new Set(['seekHelp.redFlags']);

function schemaFor(value, path, limits) {
  if (typeof value === 'string')
    return {
      type: 'string',
      pattern: NO_HTML,
      ...(limits.maxTextLength ? { maxLength: limits.maxTextLength } : {}),
    };
  if (typeof value === 'number') return { type: 'number' };
  if (typeof value === 'boolean') return { type: 'boolean' };
  if (Array.isArray(value)) {
    const first = value[0];
    if (FLEXIBLE.has(path)) {
      const item = schemaFor(first, `${path}[]`, limits);
      item.properties.id = { type: 'string', pattern: ID };
      return { type: 'array', minItems: 1, ...maxItems(limits), items: item };
    }
    if (first && typeof first === 'object' && 'id' in first) {
      const prefixItems = value.map((item) => {
        const schema = schemaFor(item, `${path}[]`, limits);
        schema.properties.id = { const: item.id };
        return schema;
      });
      if (ADDITIVE.has(path)) {
        const more = schemaFor(first, `${path}[]`, limits);
        more.properties.id = { type: 'string', pattern: ID };
        return {
          type: 'array',
          minItems: value.length,
          ...maxItems(limits),
          prefixItems,
          items: more,
        };
      }
      return {
        type: 'array',
        minItems: value.length,
        maxItems: value.length,
        prefixItems,
        items: false,
      };
    }
    return {
      type: 'array',
      minItems: 1,
      ...maxItems(limits),
      items: schemaFor(first, `${path}[]`, limits),
    };
  }
  const properties = {};
  for (const [key, child] of Object.entries(value)) {
    properties[key] = schemaFor(child, path ? `${path}.${key}` : key, limits);
  }
  return { type: 'object', properties, required: Object.keys(value), additionalProperties: false };
}

const maxItems = (limits) => (limits.maxEntries ? { maxItems: limits.maxEntries } : {});

/**
 * The schema of a clinic's content file: language tag → one whole topic.
 * @param {unknown} englishContent
 * @param {{ maxEntries?: number, maxTextLength?: number }} [withLimits]
 */
export function contentSchema(englishContent, limits = {}) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'content.schema.json',
    title: 'clinic-widget: a clinic’s own content',
    description:
      'An object keyed by BCP 47 language tag ("en", "es", "zh-Hans", …). Each value is the whole topic in that language. Answers use safe markup (blank line between paragraphs, "- " list lines, *emphasis*, **strong**, [text](https://…)), never HTML. {{clinic}} and {{emergency}} are filled in by the widget.',
    type: 'object',
    minProperties: 1,
    ...(limits.maxEntries ? { maxProperties: limits.maxEntries } : {}),
    propertyNames: { pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
    additionalProperties: { $ref: '#/$defs/topic' },
    $defs: { topic: schemaFor(englishContent, '', limits) },
  };
}
