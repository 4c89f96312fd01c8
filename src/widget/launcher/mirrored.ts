import type { StyleRule } from '@vanilla-extract/css';

/**
 * A side of the screen that flips in right-to-left: `side` in left-to-right, the other side
 * under the wrapper's dir="rtl". Physical sides on purpose: for our ES2020 target the build
 * lowers inset-inline-* to four long :lang() rules per use, which cost the first view bytes.
 */
export function mirrored(side: 'left' | 'right', offset: string): StyleRule {
  const other = side === 'left' ? 'right' : 'left';
  return { [side]: offset, selectors: { '[dir=rtl] &': { [side]: 'auto', [other]: offset } } };
}
