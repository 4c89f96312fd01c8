import { describe, expect, it } from 'vitest';
import { deriveAccent, defaultAccent } from './accent';
import { contrast } from './color';
import { parseColor } from './parse-color';
import { palette } from './palette';

const rgb = (hex: string) => parseColor(hex)!;

describe('deriveAccent', () => {
  it.each(['#ffff00', '#00ff00', '#777777', '#000000', '#ffffff', '#0b6e69', '#e91e63'])(
    'keeps every derived pair readable for %s',
    (accent) => {
      const colors = deriveAccent(rgb(accent));
      expect(colors.fill).toBe(accent);
      expect(contrast(rgb(colors.onFill), rgb(colors.fill))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(rgb(colors.inkLight), rgb(palette.light.background))).toBeGreaterThanOrEqual(
        4.5,
      );
      expect(contrast(rgb(colors.inkDark), rgb(palette.dark.background))).toBeGreaterThanOrEqual(
        4.5,
      );
    },
  );

  it('uses white text on the default teal', () => {
    expect(defaultAccent.onFill).toBe('#ffffff');
  });
});

describe('palette', () => {
  it.each(['light', 'dark'] as const)('meets AA for text and 3:1 for borders in %s', (scheme) => {
    const p = palette[scheme];
    expect(contrast(rgb(p.text), rgb(p.background))).toBeGreaterThanOrEqual(7);
    expect(contrast(rgb(p.textMuted), rgb(p.background))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(rgb(p.textMuted), rgb(p.surface))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(rgb(p.text), rgb(p.notice))).toBeGreaterThanOrEqual(7);
    expect(contrast(rgb(p.border), rgb(p.background))).toBeGreaterThanOrEqual(3);
    expect(contrast(rgb(p.noticeBorder), rgb(p.notice))).toBeGreaterThanOrEqual(3);
  });

  it.each(['light', 'dark'] as const)('keeps the emergency result salient in %s', (scheme) => {
    const p = palette[scheme];
    // Text on the emergency box, the call button's words, and both their edges.
    expect(contrast(rgb(p.text), rgb(p.danger))).toBeGreaterThanOrEqual(7);
    expect(contrast(rgb(p.textMuted), rgb(p.danger))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(rgb(p.onDanger), rgb(p.dangerFill))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(rgb(p.dangerBorder), rgb(p.danger))).toBeGreaterThanOrEqual(3);
    expect(contrast(rgb(p.dangerBorder), rgb(p.background))).toBeGreaterThanOrEqual(3);
    expect(contrast(rgb(p.dangerFill), rgb(p.danger))).toBeGreaterThanOrEqual(3);
  });
});
