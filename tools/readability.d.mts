export const GRADE_LIMIT: number;
export const MIN_WORDS: number;
export const PROSE_MIN_WORDS: number;
export function readableText(text: string): string;
export function counts(texts: string[]): { sentences: number; words: number; syllables: number };
export function grade(...texts: string[]): number;
export function proseStrings(
  value: unknown,
  path?: string,
  out?: [string, string][],
): [string, string][];
interface English {
  content: Record<string, unknown> & object;
  ui: Record<string, unknown> & object;
}
export function readEnglish(dir?: string): English;
export function readingUnits(english: English): [string, string][];
export function textsAboveLimit(english: English, limit?: number): [string, number, string][];
export function gradesByPart(english: English): Record<string, number>;
