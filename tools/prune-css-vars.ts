/**
 * Drops the custom properties that no rule of a stylesheet reads, and the rules left empty:
 * the lazy launcher's placeholder ships the button's rules with only the theme tokens they
 * use (its colours, type and spacing), not the whole palette (scripts/build-targets.ts). A
 * property counts as read when a `var(--name…)` anywhere in the sheet names it, and one read
 * only by dropped properties is dropped in turn. Pure, for minified CSS as the build writes it:
 * no `;` or `}` inside a custom property's value.
 */
export function pruneUnusedVars(css: string): string {
  let current = css;
  for (;;) {
    const read = new Set(Array.from(current.matchAll(/var\((--[\w-]+)/g), (match) => match[1]));
    const next = current
      .replace(/(--[\w-]+):[^;{}]*(;|(?=\}))/g, (declaration, name: string) =>
        read.has(name) ? declaration : '',
      )
      .replace(/;\}/g, '}')
      // A rule, then an at-rule, left with nothing in it.
      .replace(/[^{}]+\{\}/g, '')
      .replace(/@[^{}]+\{\}/g, '');
    if (next === current) return current;
    current = next;
  }
}
