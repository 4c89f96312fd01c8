import { style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../styles/theme.css';

const base = style({
  all: 'unset',
  boxSizing: 'border-box',
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  gap: vars.space.s,
  minBlockSize: '2.75em',
  minInlineSize: '2.75em',
  paddingInline: vars.space.m,
  borderRadius: vars.radius,
  font: 'inherit',
  fontWeight: 600,
  lineHeight: 1.25,
  textAlign: 'center',
  cursor: 'pointer',
  textDecoration: 'none',
});

export const button = styleVariants({
  primary: [
    base,
    {
      backgroundColor: vars.color.accent,
      color: vars.color.onAccent,
      border: `2px solid ${vars.color.accent}`,
    },
  ],
  secondary: [
    base,
    {
      backgroundColor: vars.color.background,
      color: vars.color.text,
      border: `2px solid ${vars.color.border}`,
      ':hover': { backgroundColor: vars.color.surface },
    },
  ],
});

export const actions = style({
  display: 'flex',
  flexWrap: 'wrap',
  gap: vars.space.s,
  marginBlockStart: vars.space.m,
});
