/**
 * Inline custom properties for a flat vanilla-extract theme contract: `{ "--fill__x": value }`.
 * The same result as `assignInlineVars` from @vanilla-extract/dynamic for the flat contracts we
 * set at runtime (the accent, the launcher's placement), without its 0.6 KB of generic code
 * in the first view. Each contract value is `var(--name)`; the name is taken from it.
 */
export function inlineVars<K extends string>(
  contract: Readonly<Record<K, string>>,
  values: Readonly<Record<K, string>>,
): Record<string, string> {
  const style: Record<string, string> = {};
  for (const key of Object.keys(values) as K[]) {
    const name = /^var\((--[\w-]+)\)$/.exec(contract[key])?.[1];
    if (name) style[name] = values[key];
  }
  return style;
}
