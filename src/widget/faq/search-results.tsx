import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FaqItem } from '../../content/content';
import { markupToText } from '../../content/safe-markup';
import { faqSearchIndex } from '../../content/search/faq-search';
import { loadSearchData, type SearchData } from '../../content/search/language-data';
import { markTerms, snippet } from '../../content/search/marks';
import { telHref } from '../../shared/phone';
import { Heading } from '../ui/heading';
import * as shared from '../ui/section.css';
import { useWidget } from '../widget-context';
import { FaqEntry, type EntryLinks, type EntryState } from './faq-entry';
import { Highlighted } from './highlighted';
import * as styles from './faq.css';

/**
 * The search's own chunk, downloaded when the visitor first focuses or types in the search
 * box: the engine (src/content/search/), the language's keywords, and the results page.
 */
export { loadSearchData };
export type { SearchData };

export interface SearchOutcome {
  ids: string[];
  closest: boolean;
  marks: (id: string) => (text: string) => ReturnType<typeof markTerms>;
}

/** Builds the index once per language and clinic, and answers queries against it. */
export function useFaqSearch(
  items: readonly FaqItem[],
  data: SearchData,
  query: string,
): SearchOutcome {
  const { locale, fill } = useWidget();
  const filled = fill('{{clinic}}\u0000{{emergency}}');
  const index = useMemo(
    () => faqSearchIndex(items, fill, locale, data),
    [items, data, locale, filled],
  );
  return useMemo(() => {
    const { hits, closest } = index.search(query);
    const terms = new Map(hits.map((hit) => [hit.id, hit.terms]));
    return {
      ids: hits.map((hit) => hit.id),
      closest,
      marks: (id) => (text) => markTerms(text, terms.get(id) ?? new Set(), index.tokenizer),
    };
  }, [index, query]);
}

interface SearchResultsProps extends EntryLinks {
  items: readonly FaqItem[];
  outcome: SearchOutcome;
  data: SearchData;
  headingLevel: number;
  /** The emergency line, from the first view (importing it here would split the bundle). */
  emergency: ComponentChildren;
}

/**
 * Ranked results: the best match open, the others closed with a snippet of their answer, every
 * match marked; under a heading that says so when they are only the closest. With nothing
 * found: a hint, the way to the check, the clinic's phone or booking link, and the emergency
 * line.
 */
export function SearchResults(props: SearchResultsProps) {
  const { outcome, data, headingLevel } = props;
  const { t, fill, clinic } = useWidget();
  // What the visitor opened or closed, against the default (only the best match open).
  const [toggled, setToggled] = useState<{ key: string; ids: Map<string, boolean> }>({
    key: '',
    ids: new Map(),
  });
  const key = outcome.ids.join();
  const choices = toggled.key === key ? toggled.ids : new Map<string, boolean>();
  const set = (id: string, open: boolean) =>
    setToggled({ key, ids: new Map(choices).set(id, open) });
  // A change renders the results as a whole, each entry with it: nothing needs to listen.
  const state: EntryState = {
    has: (id) => choices.get(id) ?? id === outcome.ids[0],
    listen: () => () => {},
    toggle: (id) => set(id, !state.has(id)),
    reveal: (id) => set(id, true),
  };

  if (!outcome.ids.length) {
    const phoneHref = telHref(clinic.phone);
    return (
      <div class={styles.noResults}>
        <p>{data.strings.tryOneWord}</p>
        <CheckLink label={data.strings.checkLink} />
        {(phoneHref || clinic.bookingUrl) && (
          <p>
            {data.strings.askClinic}{' '}
            {phoneHref && clinic.phone ? <a href={phoneHref}>{clinic.phone}</a> : null}
            {phoneHref && clinic.bookingUrl ? ' · ' : null}
            {clinic.bookingUrl ? <a href={clinic.bookingUrl}>{t('footer.booking')}</a> : null}
          </p>
        )}
        {props.emergency}
      </div>
    );
  }

  const byId = new Map(props.items.map((item) => [item.id, item]));
  return (
    <div class={styles.category}>
      {outcome.closest && (
        <Heading level={headingLevel + 1} class={styles.categoryHeading}>
          {data.strings.closest}
        </Heading>
      )}
      <div class={styles.list}>
        {outcome.ids.map((id) => {
          const item = byId.get(id)!;
          const marks = outcome.marks(id);
          const answer = fill(markupToText(item.answer));
          const passage = snippet(answer, marks(answer));
          return (
            <FaqEntry
              key={id}
              item={item}
              headingLevel={headingLevel + (outcome.closest ? 2 : 1)}
              state={state}
              text={(text) => <Highlighted text={text} marks={marks} />}
              preview={
                passage && (
                  <p class={styles.panel}>
                    <Highlighted text={passage} marks={marks} />
                  </p>
                )
              }
              linkTo={props.linkTo}
              comparisonLinks={props.comparisonLinks}
            />
          );
        })}
      </div>
    </div>
  );
}

/**
 * The way to the "when to get help" check, when this widget shows it: its start button, found
 * beside the FAQ in the same (shadow) root.
 */
function CheckLink({ label }: { label: string }) {
  const { idPrefix } = useWidget();
  const ref = useRef<HTMLParagraphElement>(null);
  const [start, setStart] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const root = ref.current?.getRootNode() as ParentNode | undefined;
    setStart(
      root?.querySelector<HTMLElement>(`[aria-labelledby="${idPrefix}-quiz"] button`) ?? null,
    );
  }, [idPrefix]);
  return (
    <p ref={ref}>
      {start && (
        <button
          type="button"
          class={shared.textButton}
          onClick={() => {
            start.focus();
            start.scrollIntoView?.({ block: 'start' });
          }}
        >
          {label}
        </button>
      )}
    </p>
  );
}

/** What the FAQ renders while a query is typed: the search, its results, and their count. */
export function SearchView(
  props: Omit<SearchResultsProps, 'outcome'> & { query: string; onCount: (count: number) => void },
) {
  const { query, onCount, ...rest } = props;
  const outcome = useFaqSearch(props.items, props.data, query);
  useEffect(() => onCount(outcome.ids.length), [outcome, onCount]);
  return <SearchResults {...rest} outcome={outcome} />;
}
