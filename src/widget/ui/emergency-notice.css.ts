import { style } from '@vanilla-extract/css';
import { vars } from '../../styles/theme.css';

export const notice = style({
  padding: `${vars.space.s} ${vars.space.m}`,
  margin: `0 0 ${vars.space.s}`,
  backgroundColor: vars.color.notice,
  borderInlineStart: `4px solid ${vars.color.noticeBorder}`,
  fontWeight: 700,
});
