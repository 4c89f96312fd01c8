export const LOCALES_DIR: string;
export const IDENTIFIER_FIELDS: Set<string>;
export const SAME_AS_ENGLISH_ALLOWED: Set<string>;
export function readLocale(tag: string): { ui: unknown; content: unknown };
export function flattenStrings(
  value: unknown,
  path?: string,
  out?: Map<string, string>,
): Map<string, string>;
export function checkLocale(
  tag: string,
  english: { ui: unknown; content: unknown },
  candidate: { ui: unknown; content: unknown },
): string[];
export function readSearch(tag: string): unknown;
export function checkSearch(tag: string, english: unknown, candidate: unknown): string[];
