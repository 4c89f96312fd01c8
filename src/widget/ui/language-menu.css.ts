import { style } from '@vanilla-extract/css';
import { vars } from '../../styles/theme.css';
import { button as buttons } from './button.css';

/** The button and, when open, its list below it in the flow: nothing to clip at 320 px. */
export const menu = style({
  display: 'grid',
  justifyItems: 'end',
  gap: vars.space.xs,
  // A grid item may shrink below the longest language name: the button then wraps its words.
  minInlineSize: 0,
});

// At 200% text on a phone, the label and the language's name go on two lines.
export const button = style([buttons.secondary, { flexWrap: 'wrap' }]);

// The text's own colour, not the accent: forced colours then repaint it like the words.
export const chevron = style({ inlineSize: '1em', blockSize: '1em' });

export const list = style({
  padding: 0,
  listStyle: 'none',
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius,
});

export const item = style({
  padding: `${vars.space.s} ${vars.space.m}`,
  cursor: 'pointer',
  // Focused by arrow keys or by the pointer's click: always visibly the current one, with an
  // outline that forced colours keep (they paint the background away).
  ':focus': {
    backgroundColor: vars.color.surface,
    outline: `2px solid ${vars.color.accentInk}`,
    outlineOffset: '-2px',
  },
  ':hover': { backgroundColor: vars.color.surface },
  // The language shown: its state is aria-checked; a tick, with no words, shows it.
  selectors: {
    '&[aria-checked="true"]': { fontWeight: 700, paddingInlineStart: 0 },
    '&[aria-checked="true"]::before': {
      content: '"✓" / ""',
      display: 'inline-block',
      inlineSize: vars.space.m,
    },
  },
});
