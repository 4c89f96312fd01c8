import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TopicContent } from '../../content/content';
import type { Level } from '../../content/triage';
import { button, actions as actionsClass } from '../ui/button.css';
import { EmergencyNotice } from '../ui/emergency-notice';
import { headingLevel as clampLevel } from '../ui/heading';
import { lazyComponent } from '../ui/lazy';
import { sectionFallback } from '../ui/section-fallback';
import * as sectionStyles from '../ui/section.css';
import { useWidget } from '../widget-context';
import { panel } from './quiz-panel.css';
import type { Begin } from './quiz-steps';

// The screens after the start screen: not part of the first view. This chunk and that one share
// no module of their own (only the main module's): a chunk that imports another lazily loaded
// chunk could not be retried at a new address after a bad download of that other chunk, since
// the browser's module map keeps the failed one (test/build/chunk-links.test.ts).
const QuizSteps = lazyComponent(
  'quiz-steps',
  (_retryQuery) => import('./quiz-steps').then((m) => m.QuizSteps),
  sectionFallback,
);
/** Downloads the screens after the start screen (also on intent: pointer, focus, touch). */
export const preloadQuizSteps = (): Promise<void> => QuizSteps.preload();
const preloadSteps = () => void preloadQuizSteps();

interface QuizProps {
  content: TopicContent;
  headingLevel: number;
  /** Called once each time a result is shown; the widget turns it into an event. */
  onResult: (level: Level) => void;
}

/**
 * "When to get help": red flags first, then time since treatment, symptoms and their trend,
 * then one of four results. Also "Is this treatment right for me?". This is the section and
 * its start screen; every later screen, and the check's state, is the quiz-steps chunk. Focus
 * goes back to the section's heading when the visitor comes back to the start.
 */
export function Quiz({ content, headingLevel, onResult }: QuizProps) {
  const { t, idPrefix } = useWidget();
  // Which way in the visitor took; null on the start screen.
  const [begun, setBegun] = useState<Begin | null>(null);
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const left = useRef(false);

  // Back at the start (not on first render: the page has its own focus). A layout effect, so
  // focus has moved before the next key press is handled.
  useLayoutEffect(() => {
    if (begun) left.current = true;
    else if (left.current) sectionHeading.current?.focus();
  }, [begun]);

  const headingId = `${idPrefix}-quiz`;
  const Tag = `h${clampLevel(headingLevel)}` as 'h3';
  return (
    <section class={sectionStyles.section} aria-labelledby={headingId}>
      <Tag ref={sectionHeading} id={headingId} tabIndex={-1} class={sectionStyles.sectionHeading}>
        {content.seekHelp.title}
      </Tag>
      <EmergencyNotice />
      <div class={panel}>
        {begun ? (
          <QuizSteps
            begin={begun}
            content={content}
            headingLevel={headingLevel + 1}
            onResult={onResult}
            onStartScreen={() => setBegun(null)}
          />
        ) : (
          <StartScreen content={content} begin={setBegun} />
        )}
        <p class={sectionStyles.note}>{t('quiz.privacy')}</p>
      </div>
    </section>
  );
}

/** What the check is for, and its two ways in. No heading of its own: the section's says it. */
function StartScreen({ content, begin }: { content: TopicContent; begin: (way: Begin) => void }) {
  const { t, fill } = useWidget();
  const [busy, setBusy] = useState(false);
  // Begin once the next screen's code is here, so that focus can move to its heading at once;
  // meanwhile the visitor sees that it is coming. If it fails, the next screen says so.
  const start = (way: Begin) => {
    if (QuizSteps.isLoaded()) return begin(way);
    setBusy(true);
    void QuizSteps.preload().then(() => begin(way));
  };
  const intent = {
    onPointerEnter: preloadSteps,
    onFocus: preloadSteps,
    onTouchStart: preloadSteps,
  };
  return (
    <>
      <p>{content.seekHelp.intro}</p>
      <p>{fill(content.seekHelp.notDiagnosis)}</p>
      <div class={actionsClass}>
        <button type="button" class={button.primary} onClick={() => start('start')} {...intent}>
          {t('quiz.start')}
        </button>
        <button
          type="button"
          class={button.secondary}
          onClick={() => start('startPreCheck')}
          {...intent}
        >
          {content.contraindications.title}
        </button>
      </div>
      {busy ? <p role="status">{t('error.loading')}</p> : null}
    </>
  );
}
