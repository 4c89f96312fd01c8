/**
 * The languages we ship, each with its name in its own language (for the language menu) and
 * whether a clinician has reviewed its text. None has yet; the widget says so.
 */
export const LANGUAGES = [
  { tag: 'en', name: 'English', clinicalReview: false },
  { tag: 'es', name: 'Español', clinicalReview: false },
  { tag: 'zh-Hans', name: '简体中文', clinicalReview: false },
  { tag: 'vi', name: 'Tiếng Việt', clinicalReview: false },
  { tag: 'ko', name: '한국어', clinicalReview: false },
  { tag: 'tl', name: 'Tagalog', clinicalReview: false },
  { tag: 'ru', name: 'Русский', clinicalReview: false },
  { tag: 'ar', name: 'العربية', clinicalReview: false },
  { tag: 'fr', name: 'Français', clinicalReview: false },
  { tag: 'de', name: 'Deutsch', clinicalReview: false },
  { tag: 'pt-BR', name: 'Português (Brasil)', clinicalReview: false },
] as const;

export type LocaleTag = (typeof LANGUAGES)[number]['tag'];
// Pure: a bundle that needs only the tags of its own table (the placeholder) leaves the names out.
export const SHIPPED_LOCALES: readonly string[] = /* @__PURE__ */ LANGUAGES.map(
  (language) => language.tag,
);
export const DEFAULT_LOCALE: LocaleTag = 'en';

/**
 * Pseudo-locales for layout tests (accented, about 40% longer): built from English, shipped
 * beside the real ones, chosen only by their exact tag and never offered in the menu.
 */
export const PSEUDO_LOCALES: readonly string[] = ['en-XA'];

/** Scripts written right to left; the widget root gets dir="rtl" for these. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

export const directionOf = (tag: string): 'ltr' | 'rtl' =>
  RTL_LANGUAGES.has(tag.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
