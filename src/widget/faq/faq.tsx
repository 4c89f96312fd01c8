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
  /** Ids of the open answers: held by the widget, so other sections can open one. */
  open: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

/** The id of a question's button, for aria-controls and for moving focus to it. */
export const faqButtonId = (idPrefix: string, id: string): string => `${idPrefix}-q-${id}`;

/**
 * The FAQ as a WAI-ARIA accordion: each question is a button inside a heading, with
 * aria-expanded and aria-controls; several answers can be open at once. Native buttons give
 * Enter and Space for free. Open answers are keyed by id, so they stay open across a
 * language switch.
 */
export function Faq({ items, headingLevel, open, onToggle }: FaqProps) {
  const { t, fill, idPrefix } = useWidget();
  const headingId = `${idPrefix}-faq`;

  return (
    <section class={styles.section} aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} class={styles.sectionHeading}>
        {t('faq.heading')}
      </Heading>
      <div class={styles.list}>
        {items.map((item) => {
          const expanded = open.has(item.id);
          const buttonId = faqButtonId(idPrefix, item.id);
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
                  onClick={() => onToggle(item.id)}
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
