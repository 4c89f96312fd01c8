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
      // The edge is the accent ink, not the fill: some accents are as light (or as dark) as
      // the widget around them, and the ink stands out from it by 4.5:1 (styles/accent.ts),
      // so the most important button is never fainter than the outlined ones (WCAG 1.4.11).
      border: `2px solid ${vars.color.accentInk}`,
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
