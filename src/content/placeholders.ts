/**
 * Content and interface strings name the clinic and the emergency number through
 * placeholders ({{clinic}}, {{emergency}}, …). Values are inserted as text, after any safe
 * markup has been parsed, so a clinic name can never turn into markup. Pure.
 */
export type PlaceholderValues = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Replaces known placeholders; unknown ones are left as they are, so a typo stays visible. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? (values[name] as string) : whole,
  );
}

/** Splits a template into text and placeholder names, for rendering elements in slots. */
export function splitPlaceholders(text: string): ({ text: string } | { slot: string })[] {
  const parts: ({ text: string } | { slot: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ slot: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
