// Derives content.schema.json (JSON Schema 2020-12) from the English content, the same
// reference the runtime validator (src/content/template-merge.ts) checks a clinic's own content
// against: every field English has, no other; texts non-empty and without HTML; list entries
// with the shipped ids, except the FAQ (faq.items, faq.categories), where a clinic may write
// its own entries, and the red flags (seekHelp.redFlags), which must keep the shipped entries
// first but may add the clinic's own after them (src/content/safety-texts.ts keeps the shipped
// wording). Published in dist/ so editors can validate a clinic's file while typing.
const NO_HTML = '^(?![\\s\\S]*<\\s*/?\\s*[A-Za-z!])[\\s\\S]*\\S[\\s\\S]*$';
const ID = '^[a-z0-9][a-z0-9-]{0,63}$';
const FLEXIBLE = new Set(['faq.items', 'faq.categories']);
/** Lists whose shipped entries stay, with room for more after them. */
const ADDITIVE = new Set(['seekHelp.redFlags']);

function schemaFor(value, path) {
  if (typeof value === 'string') return { type: 'string', pattern: NO_HTML };
  if (typeof value === 'number') return { type: 'number' };
  if (typeof value === 'boolean') return { type: 'boolean' };
  if (Array.isArray(value)) {
    const first = value[0];
    if (FLEXIBLE.has(path)) {
      const item = schemaFor(first, `${path}[]`);
      item.properties.id = { type: 'string', pattern: ID };
      return { type: 'array', minItems: 1, items: item };
    }
    if (first && typeof first === 'object' && 'id' in first) {
      const prefixItems = value.map((item) => {
        const schema = schemaFor(item, `${path}[]`);
        schema.properties.id = { const: item.id };
        return schema;
      });
      if (ADDITIVE.has(path)) {
        const more = schemaFor(first, `${path}[]`);
        more.properties.id = { type: 'string', pattern: ID };
        return { type: 'array', minItems: value.length, prefixItems, items: more };
      }
      return {
        type: 'array',
        minItems: value.length,
        maxItems: value.length,
        prefixItems,
        items: false,
      };
    }
    return { type: 'array', minItems: 1, items: schemaFor(first, `${path}[]`) };
  }
  const properties = {};
  for (const [key, child] of Object.entries(value)) {
    properties[key] = schemaFor(child, path ? `${path}.${key}` : key);
  }
  return { type: 'object', properties, required: Object.keys(value), additionalProperties: false };
}

/** The schema of a clinic's content file: language tag → one whole topic. */
export function contentSchema(englishContent) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'content.schema.json',
    title: 'clinic-widget: a clinic’s own content',
    description:
      'An object keyed by BCP 47 language tag ("en", "es", "zh-Hans", …). Each value is the whole topic in that language. Answers use safe markup (blank line between paragraphs, "- " list lines, *emphasis*, **strong**, [text](https://…)), never HTML. {{clinic}} and {{emergency}} are filled in by the widget.',
    type: 'object',
    minProperties: 1,
    propertyNames: { pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
    additionalProperties: { $ref: '#/$defs/topic' },
    $defs: { topic: schemaFor(englishContent, '') },
  };
}
