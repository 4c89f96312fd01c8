import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '../../styles/theme.css';

export const section = style({ marginBlockStart: vars.space.m });

export const sectionHeading = style({
  margin: `0 0 ${vars.space.s}`,
  fontSize: '1.1875em',
  fontWeight: 700,
  lineHeight: 1.3,
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

export const icon = style({
  flex: 'none',
  inlineSize: '1em',
  blockSize: '1em',
  color: vars.color.accentInk,
  '@media': {
    '(prefers-reduced-motion: no-preference)': { transition: 'transform 150ms ease-out' },
  },
  selectors: { [`${trigger}[aria-expanded="true"] &`]: { transform: 'rotate(180deg)' } },
});

export const panel = style({ padding: `0 ${vars.space.xs} ${vars.space.m}` });

globalStyle(`${panel} > :last-child`, { marginBlockEnd: 0 });
