import { useEffect, useMemo, useState } from 'preact/hooks';
import { telHref } from '../../shared/phone';
import type { FaqCategory, FaqItem } from '../../content/content';
import { markupToText } from '../../content/safe-markup';
import { findMatches, normalizeQuery } from '../../content/search';
import { button, actions } from '../ui/button.css';
import { copyText } from '../ui/clipboard';
import { Heading } from '../ui/heading';
import { Highlighted } from './highlighted';
import { ChevronIcon } from '../ui/icons';
import { SafeMarkup } from './safe-markup';
import * as shared from '../ui/section.css';
import { useWidget } from '../widget-context';
import * as styles from './faq.css';

interface FaqProps {
  items: FaqItem[];
  categories: FaqCategory[];
  /** Level of this section's heading; categories and questions sit below it. */
  headingLevel: number;
  /** Ids of the open answers: held by the widget, so deep links and the quiz can open one. */
  open: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onSetOpen: (ids: readonly string[]) => void;
  /** The deep link to a question, or null when links cannot be made. */
  linkTo: (id: string) => string | null;
  /** FAQ entries whose answers link to the comparison, and how to get there. */
  comparisonLinks: { ids: readonly string[]; show: () => void } | null;
}

/** The id of a question's button, for aria-controls and for moving focus to it. */
export const faqButtonId = (idPrefix: string, id: string): string => `${idPrefix}-q-${id}`;

/**
 * The FAQ: a WAI-ARIA accordion (each question a button inside a heading, with aria-expanded
 * and aria-controls; several answers open at once; Enter and Space from native buttons),
 * grouped by category, with expand/collapse all, search as you type with highlighted matches
 * and a polite count, deep links and "copy link to this question".
 */
export function Faq(props: FaqProps) {
  const { items, categories, headingLevel, open } = props;
  const { t, fill, idPrefix, clinic } = useWidget();
  const [rawQuery, setRawQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [copied, setCopied] = useState<{ id: string; message: string } | null>(null);
  const query = useMemo(() => normalizeQuery(rawQuery), [rawQuery]);

  // Plain text of every answer, for search; placeholders filled as the visitor reads them.
  const answerText = useMemo(
    () => new Map(items.map((item) => [item.id, fill(markupToText(item.answer))])),
    [items, fill],
  );
  const matches = (item: FaqItem): { question: boolean; answer: boolean } => ({
    question: findMatches(fill(item.question), query).length > 0,
    answer: findMatches(answerText.get(item.id) ?? '', query).length > 0,
  });
  const visible = query
    ? items.filter((item) => Object.values(matches(item)).some(Boolean))
    : items;

  // Announce the count once typing pauses, not on every key.
  useEffect(() => {
    if (!query) {
      setAnnouncement('');
      return;
    }
    const timer = setTimeout(
      () =>
        setAnnouncement(
          visible.length ? t('faq.results', { count: visible.length }) : t('faq.noResults'),
        ),
      400,
    );
    return () => clearTimeout(timer);
  }, [query, visible.length, t]);

  const headingId = `${idPrefix}-faq`;
  const searchId = `${idPrefix}-faq-search`;
  const allOpen = items.every((item) => open.has(item.id));
  const phoneHref = telHref(clinic.phone);

  const copyLink = (id: string) =>
    void copyText(props.linkTo(id)).then((ok) =>
      setCopied({ id, message: ok ? t('faq.linkCopied') : t('faq.linkCopyFailed') }),
    );

  return (
    <section class={shared.section} aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} class={shared.sectionHeading}>
        {t('faq.heading')}
      </Heading>
      <div class={styles.tools}>
        <div class={styles.search}>
          <label for={searchId} class={styles.searchLabel}>
            {t('faq.searchLabel')}
          </label>
          <input
            id={searchId}
            type="search"
            class={styles.searchInput}
            value={rawQuery}
            maxLength={200}
            autocomplete="off"
            onInput={(event) => setRawQuery((event.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class={actions}>
          <button
            type="button"
            class={button.secondary}
            onClick={() => props.onSetOpen(allOpen ? [] : items.map((item) => item.id))}
          >
            {allOpen ? t('faq.collapseAll') : t('faq.expandAll')}
          </button>
        </div>
      </div>
      <p role="status" class={query ? styles.status : styles.visuallyHidden}>
        {announcement}
      </p>
      {query && !visible.length && (
        <div class={styles.noResults}>
          <p>{t('faq.noResults')}</p>
          {(phoneHref || clinic.bookingUrl) && (
            <p>
              {t('faq.noResultsHelp')}{' '}
              {phoneHref && clinic.phone ? <a href={phoneHref}>{clinic.phone}</a> : null}
              {phoneHref && clinic.bookingUrl ? ' · ' : null}
              {clinic.bookingUrl ? <a href={clinic.bookingUrl}>{t('footer.booking')}</a> : null}
            </p>
          )}
        </div>
      )}
      {categories.map((category) => {
        const inCategory = visible.filter((item) => item.category === category.id);
        if (!inCategory.length) return null;
        return (
          <div key={category.id} class={styles.category}>
            <Heading level={headingLevel + 1} class={styles.categoryHeading}>
              {category.title}
            </Heading>
            <div class={styles.list}>
              {inCategory.map((item) => {
                const found = query ? matches(item) : { question: false, answer: false };
                // While searching, an answer that holds the match is shown with it.
                const expanded = open.has(item.id) || found.answer;
                const buttonId = faqButtonId(idPrefix, item.id);
                const panelId = `${idPrefix}-a-${item.id}`;
                return (
                  <div class={styles.item} key={item.id}>
                    <Heading level={headingLevel + 2} class={styles.questionHeading}>
                      <button
                        type="button"
                        id={buttonId}
                        class={styles.trigger}
                        aria-expanded={expanded ? 'true' : 'false'}
                        aria-controls={panelId}
                        onClick={() => props.onToggle(item.id)}
                      >
                        <span>
                          <Highlighted text={fill(item.question)} query={query} />
                        </span>
                        <ChevronIcon class={styles.icon} />
                      </button>
                    </Heading>
                    {/* No role="region": with this many panels, APG advises against landmark sprawl. */}
                    <div id={panelId} class={styles.panel} hidden={!expanded}>
                      <SafeMarkup source={item.answer} highlight={query} />
                      <div class={styles.answerTools}>
                        {props.comparisonLinks?.ids.includes(item.id) && (
                          <button
                            type="button"
                            class={shared.textButton}
                            onClick={props.comparisonLinks.show}
                          >
                            {t('faq.seeComparison')}
                          </button>
                        )}
                        <button
                          type="button"
                          class={shared.textButton}
                          onClick={() => copyLink(item.id)}
                        >
                          {t('faq.copyLink')}
                        </button>
                        {copied?.id === item.id && <span role="status">{copied.message}</span>}
                      </div>
                    </div>
                  </div>
                );
              })}
            </div>
          </div>
        );
      })}
    </section>
  );
}
