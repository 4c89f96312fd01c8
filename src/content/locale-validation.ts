import { warnOnce } from '../shared/log';
import { unpackTexts } from './compact-content';
import { ENGLISH, type LocalePack } from './content';
import { mergeWithTemplate } from './template-merge';

/** Validates a loaded module against English; bad parts fall back to English, named once. */
export function validateLocaleModule(tag: string, module: unknown): LocalePack {
  const pack = (module as { default?: { ui?: unknown; content?: unknown } } | null)?.default;
  if (typeof pack !== 'object' || pack === null) throw new Error('the file has no locale data');
  // Built files carry content as texts only (compact-content.ts); rebuild it around English.
  const content = Array.isArray(pack.content)
    ? unpackTexts(ENGLISH.content, pack.content)
    : pack.content;
  const { value, problems } = mergeWithTemplate(ENGLISH, { ...pack, content });
  if (problems.length) {
    warnOnce(
      `The "${tag}" language file has ${problems.length} problem(s); English is shown for those parts: ${problems.join('; ')}.`,
    );
  }
  return value;
}
