import { describe, expect, it } from 'vitest';
import { contrast, ensureContrast, readableOn, toHex, WHITE, BLACK } from './color';
import { parseColor } from './parse-color';

describe('parseColor', () => {
  it.each([
    ['#0b6e69', { r: 11, g: 110, b: 105 }],
    ['#FFF', { r: 255, g: 255, b: 255 }],
    ['#0f08', { r: 0, g: 255, b: 0 }],
    ['#11223344', { r: 17, g: 34, b: 51 }],
    ['rgb(11, 110, 105)', { r: 11, g: 110, b: 105 }],
    ['rgb(11 110 105 / 50%)', { r: 11, g: 110, b: 105 }],
    ['rgba(100%, 0%, 0%, 0.5)', { r: 255, g: 0, b: 0 }],
    ['hsl(0, 100%, 50%)', { r: 255, g: 0, b: 0 }],
    ['hsl(120deg 100% 25%)', { r: 0, g: 128, b: 0 }],
    ['  #000000  ', { r: 0, g: 0, b: 0 }],
  ])('reads %s', (input, expected) => {
    expect(parseColor(input)).toEqual(expected);
  });

  it.each([
    'javascript:alert(1)',
    'red; background: url(x)',
    '#12',
    '#gggggg',
    'rgb(1,2)',
    'rgb(1,2,3);x',
    'url(https://example.org/x.png)',
    '<script>',
    '',
    'hsl(10%, 50%, 50%)',
  ])('rejects %j', (input) => {
    expect(parseColor(input)).toBeNull();
  });

  it('rejects long near misses in one pass (found by src/embed/options.property.test.ts)', () => {
    // With "\d+\.?\d*" and "\s*[,\s]\s*" these backtracked for minutes, freezing the page.
    const digits = '1'.repeat(5_000);
    expect(parseColor(`rgb(${digits} ${digits} ${digits}x`)).toBeNull();
    const spaces = ' '.repeat(20_000);
    expect(parseColor(`hsl(1${spaces}2%${spaces}3%x`)).toBeNull();
  });

  it('still reads any mix of commas and spaces between the channels', () => {
    expect(parseColor('rgb( 1 ,2  ,  3 )')).toEqual({ r: 1, g: 2, b: 3 });
    expect(parseColor('rgb(1.5 2. .5)')).toEqual({ r: 2, g: 2, b: 1 });
  });
});

describe('contrast', () => {
  it('is 21 for black on white and 1 for equal colours', () => {
    expect(contrast(BLACK, WHITE)).toBeCloseTo(21, 5);
    expect(contrast(WHITE, WHITE)).toBe(1);
  });

  it('matches a known WCAG pair (#767676 on white is 4.54)', () => {
    expect(contrast(parseColor('#767676')!, WHITE)).toBeCloseTo(4.54, 2);
  });
});

// A 16-step grid over the RGB cube: 4,096 accents, from pastel to near-black.
const grid = Array.from({ length: 16 ** 3 }, (_, i) => ({
  r: (i % 16) * 17,
  g: (Math.floor(i / 16) % 16) * 17,
  b: Math.floor(i / 256) * 17,
}));

describe('readableOn', () => {
  it('gives at least 4.5:1 text on every colour of the grid', () => {
    for (const color of grid)
      expect(contrast(readableOn(color), color)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('ensureContrast', () => {
  it('reaches the ratio against white and a dark background for every colour of the grid', () => {
    const darkBg = parseColor('#151a1f')!;
    for (const color of grid) {
      expect(contrast(ensureContrast(color, WHITE, 4.5), WHITE)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ensureContrast(color, darkBg, 4.5), darkBg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('leaves a colour that already passes unchanged', () => {
    expect(toHex(ensureContrast(parseColor('#0b6e69')!, WHITE, 4.5))).toBe('#0b6e69');
  });

  it('darkens a pale accent on white rather than replacing it', () => {
    const adjusted = ensureContrast(parseColor('#ffd700')!, WHITE, 4.5);
    expect(adjusted.r).toBeGreaterThan(adjusted.b);
  });
});
