import type { CustomContentReader, CustomContentSource } from '../content/custom-content';
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
): Promise<CustomContentReader | null> {
  return importChunk((_retryQuery) => import('../content/custom-content')).then(
    ({ openCustomContent }) => openCustomContent(source),
    (cause: unknown) => {
      log.error(
        'The code that reads clinic content could not be loaded; showing the shipped content.',
        cause,
      );
      return null;
    },
  );
}
