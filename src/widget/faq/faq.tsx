import { useState } from 'preact/hooks';
import type { FaqItem } from '../../i18n/content';
import { ChevronIcon } from '../ui/icons';
import { Heading } from '../ui/heading';
import { SafeMarkup } from '../ui/safe-markup';
import { useWidget } from '../widget-context';
import * as styles from './faq.css';

interface FaqProps {
  items: FaqItem[];
  /** Level of this section's heading; questions sit one level below. */
  headingLevel: number;
}

/**
 * The FAQ as a WAI-ARIA accordion: each question is a button inside a heading, with
 * aria-expanded and aria-controls; several answers can be open at once. Native buttons give
 * Enter and Space for free. Open answers are keyed by id, so they stay open across a
 * language switch.
 */
export function Faq({ items, headingLevel }: FaqProps) {
  const { t, fill, idPrefix } = useWidget();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const headingId = `${idPrefix}-faq`;

  return (
    <section class={styles.section} aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} class={styles.sectionHeading}>
        {t('faq.heading')}
      </Heading>
      <div class={styles.list}>
        {items.map((item) => {
          const expanded = open.has(item.id);
          const buttonId = `${idPrefix}-q-${item.id}`;
          const panelId = `${idPrefix}-a-${item.id}`;
          return (
            <div class={styles.item} key={item.id}>
              <Heading level={headingLevel + 1} class={styles.questionHeading}>
                <button
                  type="button"
                  id={buttonId}
                  class={styles.trigger}
                  aria-expanded={expanded ? 'true' : 'false'}
                  aria-controls={panelId}
                  onClick={() => toggle(item.id)}
                >
                  <span>{fill(item.question)}</span>
                  <ChevronIcon class={styles.icon} />
                </button>
              </Heading>
              {/* No role="region": with this many panels, APG advises against landmark sprawl. */}
              <div id={panelId} class={styles.panel} hidden={!expanded}>
                <SafeMarkup source={item.answer} />
              </div>
            </div>
          );
        })}
      </div>
    </section>
  );
}
