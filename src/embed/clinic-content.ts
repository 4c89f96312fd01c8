import type { TopicContent } from '../content/content';
import type { CustomContentSource } from '../content/custom-content';
import * as log from '../shared/log';
import { importChunk } from '../shared/retry-import';
import type { WidgetOptions } from '../shared/option-types';

export const customSource = (options: WidgetOptions): CustomContentSource | null =>
  options.contentId
    ? { elementId: options.contentId }
    : options.contentUrl
      ? { url: options.contentUrl }
      : null;

/**
 * A clinic's own content, with its reader and validator: a separate chunk, downloaded only
 * by widgets that have data-content-url or data-content-id. Resolves to a function that picks
 * and validates one language, or null when nothing usable arrived (already reported).
 */
export function loadClinicContent(
  source: CustomContentSource,
): Promise<
  | ((locale: string, source: CustomContentSource, shipped: TopicContent) => TopicContent | null)
  | null
> {
  return importChunk((_retryQuery) => import('../content/custom-content')).then(
    async ({ readCustomContent, customContentFor }) => {
      const raw = await readCustomContent(source);
      return raw === null
        ? null
        : (locale, from, shipped) => customContentFor(raw, locale, from, shipped);
    },
    (cause: unknown) => {
      log.error(
        'The code that reads clinic content could not be loaded; showing the shipped content.',
        cause,
      );
      return null;
    },
  );
}
