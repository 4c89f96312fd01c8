import { globalStyle, style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../styles/theme.css';
import { launcherVars } from './launcher-button.css';
import { mirrored } from './mirrored';

/** The dialog the launcher opens: beside its button, or the whole screen on a phone. */
const EDGE = '1em';

export const dialog = style({
  boxSizing: 'border-box',
  position: 'fixed',
  inset: 'auto',
  insetBlockEnd: launcherVars.offsetBlock,
  margin: 0,
  padding: 0,
  inlineSize: `min(40em, calc(100vw - 2 * ${EDGE}))`,
  maxInlineSize: 'none',
  maxBlockSize: `calc(100dvh - 2 * ${EDGE})`,
  overflow: 'auto',
  overscrollBehavior: 'contain',
  // What Tab scrolls to stops below the sticky Close bar, never under it (WCAG 2.4.11).
  scrollPaddingBlockStart: '4em',
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius,
  backgroundColor: vars.color.background,
  color: vars.color.text,
  boxShadow: '0 0.5em 2em rgb(0 0 0 / 0.35)',
  '::backdrop': { backgroundColor: 'rgb(0 0 0 / 0.45)' },
  '@media': {
    // A phone gets a full-height sheet: the whole screen for the content, nothing behind.
    '(max-width: 40em)': {
      inset: 0,
      inlineSize: '100%',
      blockSize: '100%',
      maxBlockSize: 'none',
      border: 0,
      borderRadius: 0,
    },
  },
});

export const dialogPosition = styleVariants({
  'bottom-right': mirrored('right', launcherVars.offsetInline),
  'bottom-left': mirrored('left', launcherVars.offsetInline),
});

/** The close button stays in view while the content scrolls. */
export const bar = style({
  position: 'sticky',
  insetBlockStart: 0,
  zIndex: 1,
  display: 'flex',
  justifyContent: 'flex-end',
  padding: vars.space.s,
  backgroundColor: vars.color.background,
  borderBlockEnd: `1px solid ${vars.color.border}`,
});

// The widget inside the dialog: the dialog draws the frame.
export const content = style({});
globalStyle(`${content} > *`, { border: 0, borderRadius: 0 });
