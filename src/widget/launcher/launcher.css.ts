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
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius,
  backgroundColor: vars.color.background,
  color: vars.color.text,
  boxShadow: '0 0.5em 2em rgb(0 0 0 / 0.35)',
  // The header bar above, the content scrolling below it: nothing Tab reaches can ever be
  // under the bar (WCAG 2.4.11), however many lines the title takes. Only when open: a
  // display of our own would otherwise show the closed dialog.
  selectors: { '&[open]': { display: 'flex', flexDirection: 'column' } },
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

/** The dialog's header: the widget's title and Close, in view while the content scrolls. */
export const bar = style({
  display: 'flex',
  alignItems: 'center',
  gap: vars.space.m,
  // The title's edge is the widget's text edge below it (the widget root's padding).
  padding: vars.space.s,
  paddingInlineStart: `min(${vars.space.l}, 4vw)`,
  borderBlockEnd: `1px solid ${vars.color.border}`,
});

export const title = style({
  margin: 0,
  flex: 'auto',
  fontSize: '1.125em',
  lineHeight: 1.25,
  fontWeight: 700,
});

// The widget inside the dialog scrolls, under the bar; the dialog draws the frame.
export const content = style({
  flex: 'auto',
  minBlockSize: 0,
  overflow: 'auto',
  overscrollBehavior: 'contain',
});
globalStyle(`${content} > *`, { border: 0, borderRadius: 0 });
