/** The locales we ship. English is bundled; the others are loaded when needed. */
export const SHIPPED_LOCALES = ['en', 'es'] as const;
export type LocaleTag = (typeof SHIPPED_LOCALES)[number];
export const DEFAULT_LOCALE: LocaleTag = 'en';

/** Scripts written right to left; the widget root gets dir="rtl" for these. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

export const directionOf = (tag: string): 'ltr' | 'rtl' =>
  RTL_LANGUAGES.has(tag.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
