import { style } from '@vanilla-extract/css';

export const forwardArrow = style({
  display: 'inline-block',
  inlineSize: '1em',
  blockSize: '1em',
  verticalAlign: '-0.125em',
  marginInlineStart: '0.25em',
  selectors: { '[dir="rtl"] &': { transform: 'scaleX(-1)' } },
});
