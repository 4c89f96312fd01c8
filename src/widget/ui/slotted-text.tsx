import type { ComponentChild } from 'preact';
import { splitPlaceholders } from '../../content/placeholders';

/**
 * A translated sentence with elements in it ("call {{emergency}} now", where the number is a
 * link): translators keep the whole sentence, and word order stays theirs.
 */
export function SlottedText({
  template,
  slots,
}: {
  template: string;
  slots: Record<string, ComponentChild>;
}) {
  return (
    <>
      {splitPlaceholders(template).map((part) =>
        'slot' in part
          ? Object.prototype.hasOwnProperty.call(slots, part.slot)
            ? slots[part.slot]
            : `{{${part.slot}}}`
          : part.text,
      )}
    </>
  );
}
