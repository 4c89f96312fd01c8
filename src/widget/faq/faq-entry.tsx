import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { FaqItem } from '../../content/content';
import { copyText } from '../ui/clipboard';
import { Heading } from '../ui/heading';
import { ChevronIcon } from '../ui/icons';
import * as shared from '../ui/section.css';
import { useWidget } from '../widget-context';
import type { FaqState } from './use-faq-state';
import { useListened } from '../ui/listened';
import { SafeMarkup } from './safe-markup';
import { useUntilFound } from './until-found';
import * as styles from './faq.css';

/** The id of a question's button, for aria-controls and for moving focus to it. */
export const faqButtonId = (idPrefix: string, id: string): string => `${idPrefix}-q-${id}`;

export interface EntryLinks {
  /** The deep link to a question, or null when links cannot be made. */
  linkTo: (id: string) => string | null;
  /** FAQ entries whose answers link to the comparison, and how to get there. */
  comparisonLinks: { ids: readonly string[]; show: () => void } | null;
}

/** `reveal` is for the browser's find in page opening the closed answer. */
export type EntryState = Pick<FaqState, 'has' | 'listen' | 'toggle' | 'reveal'>;

interface FaqEntryProps extends EntryLinks {
  item: FaqItem;
  headingLevel: number;
  /**
   * Which answers are open (the FAQ's, or a search's own), and how to open or close this one;
   * the entry reads its own, and renders again by itself when it opens or closes.
   */
  state: EntryState;
  /** Renders a piece of text: a search result marks its matches in it. */
  text?: (text: string) => ComponentChildren;
  /** Shown under the question while the answer is closed (a search result's snippet). */
  preview?: ComponentChildren;
}

/**
 * One question of the accordion: a button inside a heading (aria-expanded, aria-controls),
 * and its answer with "copy link" and, where it fits, the way to the comparison.
 */
export function FaqEntry(props: FaqEntryProps) {
  // String: the identity for text that nothing marks.
  const { item, state, text = String } = props;
  const expanded = useListened(state, () => state.has(item.id));
  const { t, fill, idPrefix, firstView } = useWidget();
  const answersDrawn = useListened(firstView, () => firstView.plan().answers);
  const [copied, setCopied] = useState<string | null>(null);
  const panel = useUntilFound(expanded);
  const buttonId = faqButtonId(idPrefix, item.id);
  const panelId = `${idPrefix}-a-${item.id}`;
  return (
    <div class={styles.item}>
      <Heading level={props.headingLevel} class={styles.questionHeading}>
        <button
          type="button"
          id={buttonId}
          class={styles.trigger}
          // Preact writes false as "false" for aria-* (it drops other attributes set to false).
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={() => state.toggle(item.id)}
        >
          <span>{text(fill(item.question))}</span>
          <ChevronIcon class={styles.icon} />
        </button>
      </Heading>
      {!expanded && props.preview}
      {/* No role="region": with this many panels, APG advises against landmark sprawl. */}
      <div
        id={panelId}
        class={styles.panel}
        ref={panel}
        // Preact listens for "beforematch"; JSX's types do not know the event yet.
        {...{ onbeforematch: () => state.reveal(item.id) }}
      >
        {/* A closed answer waits for a later frame: it is not seen before it is opened. */}
        {(expanded || answersDrawn) && (
          <>
            <SafeMarkup source={item.answer} text={text} />
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
                onClick={() =>
                  void copyText(props.linkTo(item.id)).then((ok) =>
                    setCopied(ok ? t('faq.linkCopied') : t('faq.linkCopyFailed')),
                  )
                }
              >
                {t('faq.copyLink')}
              </button>
              {copied && <span role="status">{copied}</span>}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
