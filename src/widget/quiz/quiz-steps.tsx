import { useLayoutEffect, useMemo } from 'preact/hooks';
import { evaluate, type Level } from '../../content/triage';
import { PreCheckResult } from './pre-check-result';
import { QuestionStep } from './question-step';
import { QuizResult } from './quiz-result';
import { toTriageAnswers } from './quiz-state';
import type { StepProps } from './step-heading';

/**
 * Every screen of the check after its start screen: the questions, the result and the
 * pre-check's answer. A chunk of its own, downloaded when a visitor is about to start (their
 * pointer or focus reaches a start button), not with the first view.
 */
export function QuizSteps(props: StepProps & { onResult: (level: Level) => void }) {
  const { state } = props;
  const level = useMemo(() => evaluate(toTriageAnswers(state)).level, [state]);
  // A layout effect: it runs before anything else can happen, so a result is always reported,
  // even if "Start again" (which unmounts these screens) follows within the same frame.
  useLayoutEffect(() => {
    if (state.step === 'result') props.onResult(level);
  }, [state.step]);
  if (state.step === 'result') return <QuizResult {...props} level={level} />;
  if (state.step === 'preResult') return <PreCheckResult {...props} />;
  return <QuestionStep {...props} />;
}
