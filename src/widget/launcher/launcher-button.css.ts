import { createThemeContract, style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../styles/theme.css';
import { mirrored } from './mirrored';

/**
 * The launcher's floating button in a corner of the viewport. The placeholder that the loader
 * draws in lazy mode (src/launcher-placeholder.ts) uses these same classes, so the button
 * looks the same before and after the widget has loaded.
 */
export const launcherVars = createThemeContract({
  zIndex: null,
  offsetInline: null,
  offsetBlock: null,
});

/** Cuts off inherited host styles, as the widget root does, and sets the widget's type. */
export const wrapper = style({
  all: 'initial',
  fontFamily: vars.font.family,
  fontSize: vars.font.size,
  lineHeight: 1.5,
  color: vars.color.text,
  // The dialog's scroll bar and controls drawn in the widget's scheme (as the widget root does).
  colorScheme: vars.scheme,
});

/** On a phone the button is a compact pill: the icon and a one-word label (shortLabel). */
const phone = '(max-width: 40em)';

const floating = style({
  all: 'unset',
  boxSizing: 'border-box',
  position: 'fixed',
  insetBlockEnd: launcherVars.offsetBlock,
  zIndex: launcherVars.zIndex,
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space.s,
  minBlockSize: '3em',
  maxInlineSize: `calc(100vw - 2 * ${launcherVars.offsetInline})`,
  paddingBlock: vars.space.s,
  paddingInline: `${vars.space.m} 1.25em`,
  borderRadius: '1.5em',
  border: `2px solid ${vars.color.onAccent}`,
  backgroundColor: vars.color.accent,
  color: vars.color.onAccent,
  font: 'inherit',
  fontWeight: 600,
  lineHeight: 1.25,
  cursor: 'pointer',
  boxShadow: '0 0.25em 1em rgb(0 0 0 / 0.3)',
  ':focus-visible': {
    outline: `3px solid ${vars.color.accentInk}`,
    outlineOffset: '3px',
  },
  '@media': {
    print: { display: 'none' },
    [phone]: { minBlockSize: '2.75em', paddingInline: `${vars.space.s} ${vars.space.m}` },
  },
});

/** "bottom-right" sits at the end of the line, mirrored in right-to-left (see mirrored.ts). */
export const button = styleVariants({
  'bottom-right': [floating, mirrored('right', launcherVars.offsetInline)],
  'bottom-left': [floating, mirrored('left', launcherVars.offsetInline)],
});

// One of the two labels shows: the other is display: none, so it is not in the button's name.
export const longLabel = style({ '@media': { [phone]: { display: 'none' } } });
export const shortLabel = style({ display: 'none', '@media': { [phone]: { display: 'inline' } } });

export const icon = style({ inlineSize: '1.5em', blockSize: '1.5em', flex: 'none' });
