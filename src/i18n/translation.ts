/**
 * Everything a language other than English needs beyond its strings: the check of its file
 * against English and the i18next translator. One chunk, downloaded together with the first
 * such language (see load-translation.ts); English visitors never download it.
 */
export { createTranslator } from './i18next-instance';
export { validateLocaleModule } from '../content/locale-validation';
