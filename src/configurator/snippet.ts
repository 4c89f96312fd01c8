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

/**
 * What the reserved space shows when the widget does not load (a wrong address, a blocked
 * script, an editor that strips scripts): a sentence in the container itself, so the space
 * is never a screen of blank white and a visitor still learns whom to ask. The widget draws in
 * a shadow root without a slot, so this text disappears the moment the widget is there.
 */
export function fallbackText(clinicName: string, clinicPhone: string): string {
  const who = clinicName.trim().replace(/\s+/g, ' ') || 'the clinic';
  const phone = clinicPhone.trim();
  return `Patient information about your treatment did not load here. ${
    phone ? `Please call ${who} at ${phone}` : `Please ask ${who}`
  } with any questions, and call your local emergency number in an emergency.`;
}

/** Text content escaped for HTML: & and < (and > for symmetry) are all that text needs. */
const escapeText = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface ScriptTag {
  src: string;
  /** Subresource Integrity of clinic-widget.js: the browser refuses a file that changed. */
  integrity?: string | null;
}

/** The reserved space and the sentence it shows if the widget does not load. */
export interface Reservation {
  style: string;
  fallback: string;
}

export function buildSnippet(
  attributes: readonly [string, string][],
  script: ScriptTag,
  reservation: Reservation | null = null,
): string {
  const reserve = reservation?.style;
  const all: [string, string][] = [
    ...attributes,
    ...(reserve ? [['style', reserve] as [string, string]] : []),
  ];
  const attributeLines = all.map(([name, value]) =>
    value === '' ? `  ${name}` : `  ${name}="${escapeAttribute(value)}"`,
  );
  const inside = reservation ? `\n  <p>${escapeText(reservation.fallback)}</p>\n` : '';
  const container = attributeLines.length
    ? `<div\n  data-clinic-widget\n${attributeLines.join('\n')}\n>${inside}</div>`
    : `<div data-clinic-widget>${inside}</div>`;
  const integrity = script.integrity
    ? ` integrity="${escapeAttribute(script.integrity)}" crossorigin="anonymous"`
    : '';
  return `${container}\n<script async src="${escapeAttribute(script.src)}"${integrity}></script>\n`;
}
