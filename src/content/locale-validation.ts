import { warnOnce } from '../shared/log';
import { unpackTexts } from './compact-content';
import { ENGLISH, type LocalePack } from './content';
import { importChunk } from '../shared/retry-import';

/**
 * Validates a loaded module against English; bad parts fall back to English, named once.
 * The validator is a chunk of its own, shared with a clinic's own content, and imported, not
 * linked: a chunk two others link to is asked for at one address by both, so after one bad
 * download the browser would refuse it for the page's life, even to their retries.
 */
export async function validateLocaleModule(tag: string, module: unknown): Promise<LocalePack> {
  const pack = (module as { default?: { ui?: unknown; content?: unknown } } | null)?.default;
  if (typeof pack !== 'object' || pack === null) throw new Error('the file has no locale data');
  // Built files carry content as texts only (compact-content.ts); rebuild it around English.
  const content = Array.isArray(pack.content)
    ? unpackTexts(ENGLISH.content, pack.content)
    : pack.content;
  const { mergeWithTemplate } = await importChunk((_retryQuery) => import('./template-merge'));
  const { value, problems } = mergeWithTemplate(ENGLISH, { ...pack, content });
  if (problems.length) {
    warnOnce(
      `The "${tag}" language file has ${problems.length} problem(s); English is shown for those parts: ${problems.join('; ')}.`,
    );
  }
  return value;
}
