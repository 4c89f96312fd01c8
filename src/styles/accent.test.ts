import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveAccent, defaultAccent } from './accent';
import { contrast } from './color';
import { parseColor } from './parse-color';
import { palette } from './palette';

/** What a control's boundary needs against what surrounds it (WCAG 1.4.11). */
const BOUNDARY_CONTRAST = 3;

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

describe('the primary button keeps its boundary whatever the accent (WCAG 1.4.11)', () => {
  // The button's fill is the accent as the admin set it; its 2 px edge is the accent ink
  // (button.css.ts), on the widget's background or the surface of the check's panel.
  const channel = fc.integer({ min: 0, max: 255 });
  const accents = fc.record({ r: channel, g: channel, b: channel });

  it.each(['light', 'dark'] as const)(
    '%s scheme: the edge stands out 3:1 from the background and the surface',
    (scheme) => {
      const { background, surface } = palette[scheme];
      fc.assert(
        fc.property(accents, (accent) => {
          const colors = deriveAccent(accent);
          const edge = rgb(scheme === 'light' ? colors.inkLight : colors.inkDark);
          for (const around of [background, surface])
            expect(contrast(edge, rgb(around))).toBeGreaterThanOrEqual(BOUNDARY_CONTRAST);
        }),
        { numRuns: 500 },
      );
    },
  );

  it.each([
    ['#1a1a1a', 'dark'],
    ['#ffeb3b', 'light'],
    ['#00ff00', 'light'],
  ] as const)(
    '%s in the %s scheme: a fill too close to the background gets a clear edge',
    (hex, scheme) => {
      const colors = deriveAccent(rgb(hex));
      const around = rgb(palette[scheme].background);
      // The fill alone would not do (1.0 to 1.4:1); its edge does.
      expect(contrast(rgb(colors.fill), around)).toBeLessThan(BOUNDARY_CONTRAST);
      const edge = rgb(scheme === 'light' ? colors.inkLight : colors.inkDark);
      expect(contrast(edge, around)).toBeGreaterThanOrEqual(BOUNDARY_CONTRAST);
    },
  );
});
