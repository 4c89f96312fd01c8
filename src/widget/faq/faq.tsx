import { useEffect, useMemo, useState } from 'preact/hooks';
import * as log from '../../shared/log';
import { importChunk } from '../../shared/retry-import';
import type { FaqCategory, FaqItem } from '../../content/content';
import { markupToText } from '../../content/safe-markup';
import { foldForSearch, normalizeQuery } from '../../content/search';
import { button, actions } from '../ui/button.css';
import { EmergencyNotice } from '../ui/emergency-notice';
import { Heading } from '../ui/heading';
import * as shared from '../ui/section.css';
import { useWidget } from '../widget-context';
import { FaqEntry, type EntryLinks } from './faq-entry';
import { useListened } from '../ui/listened';
import type { FaqState } from './use-faq-state';
import * as styles from './faq.css';

interface FaqProps extends EntryLinks {
  items: FaqItem[];
  categories: FaqCategory[];
  /** Level of this section's heading; categories and questions sit below it. */
  headingLevel: number;
  /** Which answers are open: held by the widget, so deep links and the quiz can open one. */
  state: Pick<FaqState, 'has' | 'listen' | 'toggle' | 'setOpen' | 'reveal'>;
}

type State = FaqProps['state'];

/** "Expand all" or "Collapse all": rendered again when that changes, the FAQ is not. */
function ExpandAll({ items, state }: { items: FaqItem[]; state: State }) {
  const { t } = useWidget();
  const allOpen = useListened(state, () => items.every((item) => state.has(item.id)));
  return (
    <div class={actions}>
      <button
        type="button"
        class={button.secondary}
        onClick={() => state.setOpen(allOpen ? [] : items.map((item) => item.id))}
      >
        {allOpen ? t('faq.collapseAll') : t('faq.expandAll')}
      </button>
    </div>
  );
}

type SearchModule = typeof import('./search-results');
/** The search chunk with this language's data, or 'plain' when it could not be downloaded. */
type Engine = { module: SearchModule; data: import('./search-results').SearchData } | 'plain';

const loadEngine = (locale: string): Promise<Engine> =>
  importChunk((_retryQuery) => import('./search-results'))
    .then(async (module) => ({ module, data: await module.loadSearchData(locale) }))
    .catch(() => {
      log.warn('Search failed to load; plain text match.');
      return 'plain' as const;
    });

/**
 * The FAQ: a WAI-ARIA accordion grouped by category, with expand/collapse all, deep links,
 * and search. The search's code and keywords are a chunk of their own, fetched when the
 * visitor first focuses or types in the box; until it is here the list stays as it is, and if
 * it cannot be fetched, search falls back to matching the letters as typed.
 */
export function Faq(props: FaqProps) {
  const { items, categories, headingLevel, state } = props;
  const { t, fill, idPrefix, locale } = useWidget();
  const [rawQuery, setRawQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [engine, setEngine] = useState<{ locale: string; engine: Engine } | null>(null);
  /** Focus asks for the search; again after a failed download (at a new address). */
  const [wanted, setWanted] = useState(0);
  const [found, setFound] = useState<number | null>(null);
  const query = useMemo(() => normalizeQuery(rawQuery), [rawQuery]);

  // Download the search when first wanted (focus or typing), again for each new language, and
  // on the next focus after a failure.
  const wants = wanted || !!rawQuery;
  useEffect(() => {
    if (!wants || (engine?.locale === locale && engine.engine !== 'plain')) return;
    let live = true;
    void loadEngine(locale).then((next) => live && setEngine({ locale, engine: next }));
    return () => {
      live = false;
    };
  }, [wants, locale, wanted]);
  const ready = engine?.locale === locale ? engine.engine : null;

  // The fallback: every entry whose question or answer holds the query's letters.
  const plain =
    query && ready === 'plain'
      ? items.filter((item) =>
          foldForSearch(fill(`${item.question}\n${markupToText(item.answer)}`)).text.includes(
            query,
          ),
        )
      : null;
  const count = plain ? plain.length : query && ready ? found : null;

  // Announce the count once typing pauses, not on every key.
  useEffect(() => {
    setAnnouncement('');
    if (count === null) return;
    const timer = setTimeout(
      () => setAnnouncement(count ? t('faq.results', { count }) : t('faq.noResults')),
      400,
    );
    return () => clearTimeout(timer);
  }, [query, count, t]);

  const headingId = `${idPrefix}-faq`;
  const searchId = `${idPrefix}-faq-search`;
  const Results = query && ready && ready !== 'plain' ? ready.module.SearchView : null;
  const visible = plain ?? items;

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
            onFocus={() => (!wanted || ready === 'plain') && setWanted(wanted + 1)}
            onInput={(event) => setRawQuery((event.currentTarget as HTMLInputElement).value)}
          />
        </div>
        {!Results && <ExpandAll items={items} state={state} />}
      </div>
      <p role="status" class={query ? styles.status : styles.visuallyHidden}>
        {announcement}
      </p>
      {Results ? (
        <Results
          items={items}
          data={(ready as { data: import('./search-results').SearchData }).data}
          query={rawQuery}
          headingLevel={headingLevel}
          onCount={setFound}
          emergency={<EmergencyNotice />}
          linkTo={props.linkTo}
          comparisonLinks={props.comparisonLinks}
        />
      ) : (
        categories.map((category) => {
          const inCategory = visible.filter((item) => item.category === category.id);
          if (!inCategory.length) return null;
          return (
            <div key={category.id} class={styles.category}>
              <Heading level={headingLevel + 1} class={styles.categoryHeading}>
                {category.title}
              </Heading>
              <div class={styles.list}>
                {inCategory.map((item) => (
                  <FaqEntry
                    key={item.id}
                    item={item}
                    headingLevel={headingLevel + 2}
                    state={state}
                    linkTo={props.linkTo}
                    comparisonLinks={props.comparisonLinks}
                  />
                ))}
              </div>
            </div>
          );
        })
      )}
    </section>
  );
}
