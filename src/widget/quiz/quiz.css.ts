import { globalStyle, style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../styles/theme.css';
import { focusTarget, narrow } from '../ui/section.css';

export const hint = style({ margin: `0 0 ${vars.space.s}`, color: vars.color.textMuted });

/** Lists in the check: the bullet sits with the first line of a wrapped item. */
export const list = style({ margin: `${vars.space.xs} 0`, paddingInlineStart: vars.space.l });

/** "Step 1 of 4", on its own line at the top of the step's heading. */
export const progress = style({
  display: 'block',
  marginBlockEnd: vars.space.xs,
  color: vars.color.textMuted,
  fontSize: '0.875em',
  fontWeight: 400,
});

export const fieldset = style({ border: 0, margin: 0, padding: 0, minInlineSize: 0 });

export const stepHeading = style([
  focusTarget,
  { margin: `0 0 ${vars.space.s}`, fontSize: '1.0625em', fontWeight: 700, lineHeight: 1.35 },
]);

export const groupLegend = style({
  padding: 0,
  marginBlock: `${vars.space.s} ${vars.space.xs}`,
  fontWeight: 600,
});

export const options = style({ display: 'grid', gap: vars.space.xs });

/** A whole row is the target: at least 44 px tall, well above WCAG 2.5.8's 24 px. */
export const option = style({
  display: 'flex',
  alignItems: 'center',
  gap: vars.space.s,
  minBlockSize: '2.75em',
  paddingInline: vars.space.s,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius,
  backgroundColor: vars.color.background,
  cursor: 'pointer',
});

globalStyle(`${option} input`, {
  flex: 'none',
  // Form controls default to a smaller font; inherit it so 1.625em is 26 px, not 21.
  fontSize: 'inherit',
  inlineSize: '1.625em',
  blockSize: '1.625em',
  margin: 0,
  accentColor: vars.color.accentInk,
  cursor: 'pointer',
});

export const redFlagList = style({
  margin: `0 0 ${vars.space.s}`,
  paddingInlineStart: vars.space.l,
  fontWeight: 600,
});

export const error = style({
  margin: `${vars.space.s} 0 0`,
  fontWeight: 700,
  color: vars.color.text,
  paddingInlineStart: vars.space.s,
  borderInlineStart: `4px solid ${vars.color.noticeBorder}`,
});

const resultBase = style({
  padding: vars.space.m,
  borderRadius: vars.radius,
  borderInlineStart: '6px solid',
  backgroundColor: vars.color.background,
  '@container': { [narrow]: { padding: vars.space.s, borderInlineStartWidth: '4px' } },
});

export const result = styleVariants({
  // Fixed danger colours, a full border: the one result that must never look routine.
  emergency: [
    resultBase,
    {
      border: `3px solid ${vars.color.dangerBorder}`,
      borderInlineStartWidth: '8px',
      backgroundColor: vars.color.danger,
    },
  ],
  contact: [resultBase, { borderColor: vars.color.noticeBorder }],
  watch: [resultBase, { borderColor: vars.color.accentInk }],
  expected: [resultBase, { borderColor: vars.color.accentInk }],
});

/** The emergency call: first after the heading, the widget's full width on a phone. */
export const emergencyCall = style({
  boxSizing: 'border-box',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  flexWrap: 'wrap',
  columnGap: '0.3em',
  inlineSize: '100%',
  maxInlineSize: '28em',
  minBlockSize: '3em',
  margin: `${vars.space.s} 0`,
  padding: `${vars.space.s} ${vars.space.m}`,
  borderRadius: vars.radius,
  border: `2px solid ${vars.color.dangerBorder}`,
  backgroundColor: vars.color.dangerFill,
  color: vars.color.onDanger,
  fontSize: '1.125em',
  fontWeight: 700,
  lineHeight: 1.3,
  textAlign: 'center',
  textDecoration: 'none',
  '@container': { [narrow]: { maxInlineSize: 'none' } },
  // Forced colours would turn the red fill into the page's background, the call into a plain
  // link: the Mark system colours keep it the one filled, loudest thing on the screen.
  '@media': {
    '(forced-colors: active)': {
      backgroundColor: 'Mark',
      color: 'MarkText',
      borderColor: 'CanvasText',
    },
  },
});

/** A phone number is read as one unit: never broken across lines. */
export const phoneNumber = style({ whiteSpace: 'nowrap', unicodeBidi: 'isolate' });

export const resultLabel = style({ margin: 0, fontSize: '0.875em', color: vars.color.textMuted });

export const resultHeading = style([
  stepHeading,
  {
    display: 'flex',
    alignItems: 'flex-start',
    gap: vars.space.s,
    fontSize: '1.25em',
    marginBlock: vars.space.xs,
    // On a phone the icon sits above the words, which keep the whole width.
    '@container': { [narrow]: { flexDirection: 'column', gap: vars.space.xs } },
  },
]);

export const levelIcon = style({ flex: 'none', inlineSize: '1.5em', blockSize: '1.5em' });

export const subheading = style({
  margin: `${vars.space.m} 0 ${vars.space.xs}`,
  fontSize: '1em',
  fontWeight: 700,
});

export const summary = style({
  margin: 0,
  padding: vars.space.s,
  paddingInlineStart: vars.space.l,
  backgroundColor: vars.color.background,
  border: `1px dashed ${vars.color.border}`,
  borderRadius: vars.radius,
});
