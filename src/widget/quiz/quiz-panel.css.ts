import { style } from '@vanilla-extract/css';
import { vars } from '../../styles/theme.css';
import { narrow } from '../ui/section.css';

/** The check's box around its screens; the start screen's chunk, not the later screens'. */
export const panel = style({
  padding: vars.space.m,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius,
  backgroundColor: vars.color.surface,
  // On a phone the widget's own frame is enough: the result keeps the width.
  '@container': { [narrow]: { padding: 0, border: 0, background: 'none' } },
});
