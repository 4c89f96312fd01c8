/**
 * A colour as numbers (0–255 per channel). Here, below everything, because the parsed options
 * (option-types.ts) carry the accent as one; styles/color.ts parses and compares them.
 */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}
