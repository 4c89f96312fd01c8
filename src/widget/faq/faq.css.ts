import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '../../styles/theme.css';

export const tools = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'flex-end',
  gap: vars.space.s,
  marginBlockEnd: vars.space.s,
});

export const search = style({ flex: '1 1 14em', display: 'grid', gap: vars.space.xs });

export const searchLabel = style({ fontWeight: 600 });

export const searchInput = style({
  font: 'inherit',
  color: vars.color.text,
  backgroundColor: vars.color.background,
  border: `2px solid ${vars.color.border}`,
  borderRadius: vars.radius,
  minBlockSize: '2.75em',
  paddingInline: vars.space.s,
  inlineSize: '100%',
});

export const status = style({ margin: `0 0 ${vars.space.s}`, color: vars.color.textMuted });

/** Still read by screen readers, not shown. */
export const visuallyHidden = style({
  position: 'absolute',
  inlineSize: '1px',
  blockSize: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
});

export const noResults = style({
  padding: vars.space.m,
  border: `1px dashed ${vars.color.border}`,
  borderRadius: vars.radius,
  marginBlockEnd: vars.space.s,
});

export const category = style({ marginBlockStart: vars.space.m });

export const categoryHeading = style({
  margin: `0 0 ${vars.space.xs}`,
  fontSize: '1em',
  fontWeight: 700,
  color: vars.color.textMuted,
});

export const list = style({ borderBlockStart: `1px solid ${vars.color.border}` });

export const item = style({ borderBlockEnd: `1px solid ${vars.color.border}` });

export const questionHeading = style({ margin: 0, fontSize: '1em', fontWeight: 600 });

export const trigger = style({
  all: 'unset',
  boxSizing: 'border-box',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'space-between',
  gap: vars.space.m,
  inlineSize: '100%',
  minBlockSize: '2.75em',
  padding: `${vars.space.s} ${vars.space.xs}`,
  font: 'inherit',
  color: vars.color.text,
  textAlign: 'start',
  cursor: 'pointer',
  ':hover': { backgroundColor: vars.color.surface },
});

// The chevron turns at once, not in a transition: an SVG's transform is not animated on the
// compositor here, so a 150 ms turn cost about nine main-thread frames (style, paint, commit)
// after every click, which the next click waited behind (issue 17's interaction bench: 1.5x
// the floor with it, at the floor's cost without it). WAI-ARIA's accordion pattern has none.
export const icon = style({
  flex: 'none',
  inlineSize: '1em',
  blockSize: '1em',
  color: vars.color.accentInk,
  '@media': {
    // An SVG keeps the colour it is given in forced colours: give it the button's system one.
    '(forced-colors: active)': { color: 'ButtonText' },
  },
  selectors: { [`${trigger}[aria-expanded="true"] &`]: { transform: 'rotate(180deg)' } },
});

export const panel = style({ padding: `0 ${vars.space.xs} ${vars.space.m}` });

globalStyle(`${panel} mark, ${trigger} mark`, {
  backgroundColor: vars.color.notice,
  color: vars.color.text,
  textDecoration: 'underline',
  textDecorationColor: vars.color.noticeBorder,
  textDecorationThickness: '2px',
});

export const answerTools = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: `${vars.space.xs} ${vars.space.m}`,
  fontSize: '0.9375em',
});
