/**
 * Which of `shipped` (tags separated by spaces) a visitor will most likely get, or null: from the
 * sources the widget reads, in its order (a container's data-lang, the page's <html lang>, the
 * browser's first language), matched by language subtag. Only a guess, to start downloads
 * early (src/i18n/page-language.ts decides): traditional Chinese, which no file has, is left
 * out, and a wrong guess costs one download, never a wrong language.
 */
export function likelyLanguage(
  shipped: string,
  options: (string | null)[],
  documentLang: string | null,
  browserLang: string | undefined,
): string | null {
  const option = options.find((lang) => lang);
  const tag = (option || documentLang || browserLang || '').trim().toLowerCase();
  if (/-(hant|tw|hk|mo)\b/.test(tag)) return null;
  const first = tag.split(/[-_]/)[0];
  const language = first === 'fil' ? 'tl' : first;
  return shipped.split(' ').find((each) => each.split('-')[0] === language) ?? null;
}
