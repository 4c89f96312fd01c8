import { globalStyle, style } from '@vanilla-extract/css';
import '../styles/reset.css';
import { vars } from '../styles/theme.css';

/**
 * The widget root. `all: initial` cuts off every property the host would otherwise pass in
 * through inheritance (font, colour, line-height, letter-spacing, text-transform, cursor, …);
 * the lines after it set what we want instead.
 */
export const root = style({
  all: 'initial',
  display: 'block',
  boxSizing: 'border-box',
  maxInlineSize: '100%',
  fontFamily: vars.font.family,
  fontSize: vars.font.size,
  fontWeight: 400,
  lineHeight: 1.5,
  color: vars.color.text,
  backgroundColor: vars.color.background,
  textAlign: 'start',
  overflowWrap: 'anywhere',
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius,
  // Less on a phone, or at 200% zoom: the text keeps the width (WCAG 1.4.4, 1.4.10).
  padding: `min(${vars.space.l}, 4vw)`,
  cursor: 'auto',
  colorScheme: vars.scheme,
  // Sections respond to the widget's own width, not the viewport's (compare table → cards).
  containerType: 'inline-size',
  '@media': {
    print: { border: 0, padding: 0, color: '#000', backgroundColor: '#fff' },
  },
});

/**
 * Printing the host page prints the widget legibly: what is open, the whole comparison table,
 * the check's summary; no buttons, menus, search box or status messages.
 */
const print = (selector: string, style: Parameters<typeof globalStyle>[1]) =>
  globalStyle(selector, { '@media': { print: style } });
print(
  `${root} button:not([aria-expanded]), ${root} [aria-haspopup], ${root} input, ${root} label, ${root} fieldset, ${root} svg`,
  {
    display: 'none',
  },
);
print(`${root} [role="status"]`, { display: 'none' });
print(`${root} button[aria-expanded]`, { padding: 0, minBlockSize: 'auto' });

// Every focusable part of the shadow root, the launcher dialog's Close bar (outside the
// widget root) included: this stylesheet is only ever adopted by the shadow root.
globalStyle(':host :focus-visible', {
  outline: `3px solid ${vars.color.accentInk}`,
  outlineOffset: '2px',
});

// Links in running text only: links styled as buttons (they have a class) keep their colours.
globalStyle(`${root} a:not([class])`, {
  color: vars.color.accentInk,
  textDecoration: 'underline',
  textUnderlineOffset: '0.15em',
});

globalStyle(`${root} p, ${root} ul`, { margin: `0 0 ${vars.space.s}` });
// Lists in running text; lists with a class of their own (cards, summaries) set their own.
globalStyle(`${root} ul:not([class])`, { paddingInlineStart: vars.space.l });

export const header = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'flex-start',
  justifyContent: 'space-between',
  gap: vars.space.m,
  marginBlockEnd: vars.space.s,
});

export const title = style({
  margin: 0,
  flex: '1 1 16em',
  fontSize: '1.375em',
  lineHeight: 1.25,
  fontWeight: 700,
});

export const intro = style({ color: vars.color.textMuted });

export const footer = style({
  marginBlockStart: vars.space.l,
  fontSize: '0.9375em',
});

export const muted = style({ color: vars.color.textMuted });

export const small = style({ color: vars.color.textMuted, fontSize: '0.875em' });

export const errorMessage = style({ margin: 0 });
