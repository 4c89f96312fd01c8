import { style } from '@vanilla-extract/css';
import { vars } from '../../styles/theme.css';

export const menu = style({
  display: 'flex',
  alignItems: 'center',
  flexWrap: 'wrap',
  gap: vars.space.s,
  // A flex item may shrink below the longest language name: the select then fits the width.
  minInlineSize: 0,
});

export const label = style({ fontSize: '0.9375em', color: vars.color.textMuted });

export const select = style({
  font: 'inherit',
  fontSize: '0.9375em',
  color: vars.color.text,
  backgroundColor: vars.color.background,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius,
  minBlockSize: '2.75em',
  paddingInline: vars.space.s,
  maxInlineSize: '100%',
});
