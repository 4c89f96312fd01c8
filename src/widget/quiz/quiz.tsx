import { useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { TopicContent } from '../../content/content';
import type { Level } from '../../content/triage';
import { button, actions as actionsClass } from '../ui/button.css';
import { EmergencyNotice } from '../ui/emergency-notice';
import { lazyComponent } from '../ui/lazy';
import { sectionFallback } from '../ui/section-fallback';
import * as sectionStyles from '../ui/section.css';
import { useWidget } from '../widget-context';
import * as styles from './quiz.css';
import { INITIAL_STATE, quizReducer, type QuizAction } from './quiz-state';
import { StepHeading, type StepProps } from './step-heading';

// The screens after the start screen: not part of the first view.
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
 * then one of four results. Also "Is this treatment right for me?". Every step is a fieldset
 * named by the step's heading ("Step 1 of 4" included); focus moves to each new step's
 * heading, and back to the section's heading at the start; Back and Start again work everywhere.
 */
export function Quiz({ content, headingLevel, onResult }: QuizProps) {
  const { t, idPrefix } = useWidget();
  const [state, dispatch] = useReducer(quizReducer, INITIAL_STATE);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // Focus follows the visitor to each new step (not on first render: the page has its own
  // focus). A layout effect, so focus has moved before the next key press is handled.
  useLayoutEffect(() => {
    // The start screen's heading is the section's own: back at the start, focus goes there.
    if (moved.current) (state.step === 'start' ? sectionHeading : stepHeading).current?.focus();
    moved.current = true;
  }, [state.step, state.history.length]);

  const headingId = `${idPrefix}-quiz`;
  const shared = {
    state,
    dispatch,
    content,
    headingLevel: headingLevel + 1,
    headingRef: stepHeading,
  };

  return (
    <section class={sectionStyles.section} aria-labelledby={headingId}>
      <StepHeading
        level={headingLevel}
        id={headingId}
        headingRef={sectionHeading}
        class={sectionStyles.sectionHeading}
      >
        {content.seekHelp.title}
      </StepHeading>
      <EmergencyNotice />
      <div class={styles.panel}>
        {state.step === 'start' ? (
          <StartScreen {...shared} />
        ) : (
          <QuizSteps {...shared} onResult={onResult} />
        )}
        <p class={styles.privacy}>{t('quiz.privacy')}</p>
      </div>
    </section>
  );
}

/** What the check is for, and its two ways in. No heading of its own: the section's says it. */
function StartScreen({ content, dispatch }: StepProps) {
  const { t, fill } = useWidget();
  const [busy, setBusy] = useState(false);
  // Begin once the next screen's code is here, so that focus can move to its heading at once;
  // meanwhile the visitor sees that it is coming. If it fails, the next screen says so.
  const begin = (action: QuizAction) => {
    if (QuizSteps.isLoaded()) return dispatch(action);
    setBusy(true);
    void QuizSteps.preload().then(() => dispatch(action));
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
        <button
          type="button"
          class={button.primary}
          onClick={() => begin({ type: 'start' })}
          {...intent}
        >
          {t('quiz.start')}
        </button>
        <button
          type="button"
          class={button.secondary}
          onClick={() => begin({ type: 'startPreCheck' })}
          {...intent}
        >
          {content.contraindications.title}
        </button>
      </div>
      {busy ? <p role="status">{t('error.loading')}</p> : null}
    </>
  );
}
