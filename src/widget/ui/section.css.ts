import { style } from '@vanilla-extract/css';
import { vars } from '../../styles/theme.css';

/** Styles every section shares: its box, its heading, and link-looking buttons. */
export const section = style({ marginBlockStart: vars.space.l });

/** The widget is narrow (a phone): every nested box gives its padding back to the text. */
export const narrow = '(max-width: 30em)';

/** Headings that script moves focus to (tabindex="-1"): a ring only for keyboard users. */
export const focusTarget = style({
  ':focus': { outline: 'none' },
  ':focus-visible': { outline: `3px solid ${vars.color.accentInk}`, outlineOffset: '2px' },
});

export const sectionHeading = style([
  focusTarget,
  { margin: `0 0 ${vars.space.s}`, fontSize: '1.1875em', fontWeight: 700, lineHeight: 1.3 },
]);

/** A short note under a section's content (what happens to the answers, a copy's outcome). */
export const note = style({
  margin: `${vars.space.s} 0 0`,
  fontSize: '0.875em',
  color: vars.color.textMuted,
});

/** A button that reads like a link (in running text, under answers). */
export const textButton = style({
  all: 'unset',
  display: 'inline-block',
  // Inline-block, so the height counts: targets of at least 24 px (WCAG 2.5.8).
  minBlockSize: '1.75em',
  // An inline-block's baseline is its last line: a wrapped link in a list would put the bullet
  // beside its last line. Top-aligned, the line's baseline (and bullet) is the first line's.
  verticalAlign: 'top',
  color: vars.color.accentInk,
  textDecoration: 'underline',
  cursor: 'pointer',
});
