import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '../../styles/theme.css';
import { COMPARE_CARD_BREAKPOINT_EM } from './compare-selection';

export const picker = style({
  border: 0,
  margin: `0 0 ${vars.space.s}`,
  padding: 0,
  minInlineSize: 0,
});

export const pickerLegend = style({ padding: 0, marginBlockEnd: vars.space.xs, fontWeight: 600 });

export const pickerOptions = style({ display: 'flex', flexWrap: 'wrap', gap: vars.space.xs });

export const pick = style({
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space.xs,
  minBlockSize: '2.75em',
  paddingInline: vars.space.s,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius,
  cursor: 'pointer',
});

globalStyle(`${pick} input`, {
  fontSize: 'inherit',
  inlineSize: '1.5em',
  blockSize: '1.5em',
  margin: 0,
  accentColor: vars.color.accentInk,
});

export const message = style({
  margin: `0 0 ${vars.space.s}`,
  color: vars.color.textMuted,
  minBlockSize: '1.5em',
});

/** Table and cards are both rendered; the widget's own width decides which one shows. */
// The container is the widget's root, whose content box is its width less 2 × (1.5em padding
// + 1px border, 0.0625em at 16 px): 782 px of content is an 832 px-wide widget.
const narrow = `(max-width: ${COMPARE_CARD_BREAKPOINT_EM - 3.125 - 0.001}em)`;

export const tableLayout = style({
  display: 'block',
  '@container': { [narrow]: { display: 'none' } },
  // On paper, always the whole table.
  '@media': { print: { display: 'block !important' as 'block' } },
});

export const cardLayout = style({
  display: 'none',
  listStyle: 'none',
  margin: 0,
  padding: 0,
  '@container': { [narrow]: { display: 'grid', gap: vars.space.s } },
  '@media': { print: { display: 'none !important' as 'none' } },
});

// Automatic layout: each column is at least as wide as its longest word. The widget root's
// `overflow-wrap: anywhere` would make that minimum one letter ("microneedlin/g"); here a word
// breaks only if it cannot fit at all, and hyphenates where the browser knows the language.
export const table = style({
  inlineSize: '100%',
  borderCollapse: 'collapse',
  fontSize: '0.9375em',
  overflowWrap: 'break-word',
  hyphens: 'auto',
});

export const caption = style({
  textAlign: 'start',
  fontWeight: 700,
  marginBlockEnd: vars.space.xs,
  captionSide: 'top',
});

globalStyle(`${table} th, ${table} td`, {
  textAlign: 'start',
  verticalAlign: 'top',
  padding: vars.space.s,
  borderBlockEnd: `1px solid ${vars.color.border}`,
});

globalStyle(`${table} thead th`, { borderBlockEnd: `2px solid ${vars.color.text}` });

export const highlightRow = style({
  backgroundColor: vars.color.surface,
  boxShadow: `inset 4px 0 0 ${vars.color.accentInk}`,
  selectors: { '[dir="rtl"] &': { boxShadow: `inset -4px 0 0 ${vars.color.accentInk}` } },
  // Forced colours drop box shadows: an outline marks the clinic's own treatment instead.
  '@media': {
    '(forced-colors: active)': { outline: '3px solid Highlight', outlineOffset: '-3px' },
  },
});

export const badge = style({
  display: 'inline-block',
  marginBlockStart: vars.space.xs,
  padding: `0 ${vars.space.xs}`,
  border: `1px solid ${vars.color.accentInk}`,
  borderRadius: vars.radius,
  fontWeight: 600,
  color: vars.color.text,
});

export const card = style({
  padding: vars.space.m,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius,
});

export const highlightCard = style({
  borderInlineStart: `6px solid ${vars.color.accentInk}`,
  backgroundColor: vars.color.surface,
});

export const cardHeading = style({ margin: 0, fontSize: '1.0625em', fontWeight: 700 });

export const facts = style({ margin: `${vars.space.s} 0 0` });

globalStyle(`${facts} dt`, { fontWeight: 700, marginBlockStart: vars.space.s });
globalStyle(`${facts} dd`, { margin: 0 });

// The shape goes above the words when the column is narrow, rather than widen the column.
export const scale = style({
  display: 'inline-flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space.xs,
});

export const scaleShape = style({ display: 'inline-flex', gap: '2px' });

export const step = style({
  display: 'inline-block',
  inlineSize: '0.75em',
  blockSize: '0.75em',
  border: `2px solid ${vars.color.text}`,
  borderRadius: '2px',
});

/** High contrast (forced colours) turns every fill into the background: draw it in the text's system colour. */
const forced = '(forced-colors: active)';
export const stepFilled = style([
  step,
  {
    backgroundColor: vars.color.text,
    '@media': { [forced]: { forcedColorAdjust: 'none', backgroundColor: 'CanvasText' } },
  },
]);

export const related = style({ margin: `${vars.space.s} 0 0`, fontSize: '0.9375em' });

// Less indented than running text: in the table's first column every pixel is a letter.
export const relatedList = style({ margin: 0, paddingInlineStart: '1.25em' });
