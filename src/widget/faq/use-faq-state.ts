import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import * as log from '../../shared/log';
import { parseDeepLink } from './deep-link';
import { faqButtonId } from './faq-entry';
import { openAnswers, type OpenAnswers } from './open-answers';

export interface FaqState extends OpenAnswers {
  /** Opens or closes one answer; opening writes its deep link when the clinic asked for that. */
  toggle: (id: string) => void;
  /** Opens exactly these answers (expand/collapse all). */
  setOpen: (ids: readonly string[]) => void;
  /** Opens one answer without touching the address (find in page). */
  reveal: (id: string) => void;
  /** Opens one answer and moves focus to its question (deep links, the quiz). */
  revealAndFocus: (id: string) => void;
}

/**
 * Which FAQ answers are open, held above the FAQ so a language switch keeps them and the
 * quiz can open one; deep links (#faq-<id>) on load and on hashchange open an answer and bring
 * its question into view.
 */
export function useFaqState(
  root: RefObject<HTMLElement | null>,
  idPrefix: string,
  ids: readonly string[],
  deepLinks: { prefix: string; updateUrl: boolean } & { enabled: boolean },
): FaqState {
  const [answers] = useState(openAnswers);
  const { has, turn } = answers;
  // Moving focus renders the widget (its layout effect finds the question once it is drawn):
  // deep links and the quiz ask for that, a click on a question does not.
  const [focus, setFocus] = useState<string | null>(null);
  const { prefix, updateUrl, enabled } = deepLinks;

  useLayoutEffect(() => {
    if (!focus) return;
    const button = root.current?.querySelector<HTMLElement>(
      `[id="${faqButtonId(idPrefix, focus)}"]`,
    );
    button?.focus();
    button?.scrollIntoView?.({ block: 'start' });
    setFocus(null);
  }, [focus]);

  const revealAndFocus = (id: string) => {
    turn(id, true);
    setFocus(id);
  };

  useEffect(() => {
    if (!enabled) return;
    const openFromHash = () => {
      const link = parseDeepLink(window.location.hash, prefix, ids);
      if (!link) return;
      if ('unknown' in link) {
        log.warnOnce(
          `The link #${prefix}${link.unknown} names no question in the FAQ; nothing was opened.`,
        );
        return;
      }
      revealAndFocus(link.id);
    };
    openFromHash();
    window.addEventListener('hashchange', openFromHash);
    return () => window.removeEventListener('hashchange', openFromHash);
  }, [enabled, prefix, ids.join()]);

  return {
    ...answers,
    toggle: (id) => {
      const opening = !has(id);
      turn(id, opening);
      if (opening && updateUrl) {
        try {
          history.replaceState(history.state, '', `#${prefix}${id}`);
        } catch {
          // A sandboxed frame may refuse; the answer still opens.
        }
      }
    },
    reveal: (id) => turn(id, true),
    revealAndFocus,
  };
}
