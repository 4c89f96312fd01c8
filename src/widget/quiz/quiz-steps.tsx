import type { TopicContent } from '../../content/content';
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import { evaluate, type Level } from '../../content/triage';
import { PreCheckResult } from './pre-check-result';
import { QuestionStep } from './question-step';
import { QuizResult } from './quiz-result';
import { INITIAL_STATE, quizReducer, toTriageAnswers } from './quiz-state';
import type { StepProps } from './step-heading';
import { prepareListFormat } from './quiz-summary';
import { useWidget } from '../widget-context';

/** The start screen's two ways in: the symptom check or "Is this treatment right for me?". */
export type Begin = 'start' | 'startPreCheck';

interface QuizStepsProps {
  begin: Begin;
  content: TopicContent;
  /** The level of each step's heading (one below the section's). */
  headingLevel: number;
  /** Called once each time a result is shown; the widget turns it into an event. */
  onResult: (level: Level) => void;
  /** Back (or Start again) reached the start screen, which the section draws. */
  onStartScreen: () => void;
}

/**
 * Every screen of the check after its start screen: the questions, the result and the
 * pre-check's answer, with the check's state (quiz-state.ts: answers live in memory
 * only and go when these screens do). A chunk of its own, downloaded when a visitor is about to
 * start (their pointer or focus reaches a start button), not with the first view. Every step
 * is a fieldset named by the step's heading ("Step 1 of 4" included); focus moves to each new
 * step's heading; Back and Start again work everywhere.
 */
export function QuizSteps({
  begin,
  content,
  headingLevel,
  onResult,
  onStartScreen,
}: QuizStepsProps) {
  const [state, dispatch] = useReducer(quizReducer, begin, (way) =>
    quizReducer(INITIAL_STATE, { type: way }),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const level = useMemo(() => evaluate(toTriageAnswers(state)).level, [state]);
  // Layout effects run before anything else can happen: focus has moved before the next key
  // press is handled, and a result is always reported, even if "Start again" (which unmounts
  // these screens) follows within the same frame.
  useLayoutEffect(() => {
    if (state.step === 'start') onStartScreen();
    else headingRef.current?.focus();
  }, [state.step, state.history.length]);
  useLayoutEffect(() => {
    if (state.step === 'result') onResult(level);
  }, [state.step]);
  const { locale } = useWidget();
  useEffect(() => prepareListFormat(locale), [locale]);
  const props: StepProps = { state, dispatch, content, headingLevel, headingRef };
  if (state.step === 'start') return null;
  if (state.step === 'result') return <QuizResult {...props} level={level} />;
  if (state.step === 'preResult') return <PreCheckResult {...props} />;
  return <QuestionStep {...props} />;
}
