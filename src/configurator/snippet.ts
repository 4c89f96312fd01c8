/**
 * The snippet an admin pastes: the container with its data-* attributes and the loader's
 * <script async>. Values are escaped for a double-quoted HTML attribute, so a clinic name
 * with quotes, angle brackets or an emoji comes back exactly as typed. Pure.
 */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * Space the container keeps before the widget arrives, so that the page below it does not jump
 * (no layout shift): a screen's height, less than the FAQ needs on any screen, so nothing is
 * left empty once the widget is there. Not for launcher mode, which takes no space.
 */
export const RESERVED_SPACE = 'min-height: 100vh';

export interface ScriptTag {
  src: string;
  /** Subresource Integrity of clinic-widget.js: the browser refuses a file that changed. */
  integrity?: string | null;
}

export function buildSnippet(
  attributes: readonly [string, string][],
  script: ScriptTag,
  reserve: string | null = null,
): string {
  const all: [string, string][] = [
    ...attributes,
    ...(reserve ? [['style', reserve] as [string, string]] : []),
  ];
  const attributeLines = all.map(([name, value]) =>
    value === '' ? `  ${name}` : `  ${name}="${escapeAttribute(value)}"`,
  );
  const container = attributeLines.length
    ? `<div\n  data-clinic-widget\n${attributeLines.join('\n')}\n></div>`
    : '<div data-clinic-widget></div>';
  const integrity = script.integrity
    ? ` integrity="${escapeAttribute(script.integrity)}" crossorigin="anonymous"`
    : '';
  return `${container}\n<script async src="${escapeAttribute(script.src)}"${integrity}></script>\n`;
}
