import type { TriageAnswers } from '../../content/triage';
import type { QuizState, Step } from './quiz-state';

/**
 * "When to get help": the answers of the symptom check, the step each leads to, and the form
 * the triage rules read. Pure; quiz-state.ts composes it with the pre-check and navigation.
 */
export type SymptomCheckAction =
  | { type: 'setRedFlag'; value: 'yes' | 'no' }
  | { type: 'setTime'; value: string }
  | { type: 'toggleSymptom'; id: string }
  | { type: 'setNoSymptoms'; value: boolean }
  | { type: 'setTrend'; value: string };

/** The numbered steps of the symptom check ("Step 2 of 4"). */
export const NUMBERED_STEPS: readonly Step[] = ['redFlags', 'time', 'symptoms', 'trend'];

export const toggle = (list: string[], id: string): string[] =>
  list.includes(id) ? list.filter((item) => item !== id) : [...list, id];

/** The answer an action gives, or null when the action is not the symptom check's. */
export function answerSymptomCheck(state: QuizState, action: { type: string }): QuizState | null {
  const a = action as SymptomCheckAction;
  switch (a.type) {
    case 'setRedFlag':
      return { ...state, redFlag: a.value, missingAnswer: false };
    case 'setTime':
      return { ...state, time: a.value, missingAnswer: false };
    case 'toggleSymptom':
      return {
        ...state,
        symptoms: toggle(state.symptoms, a.id),
        noSymptoms: false,
        missingAnswer: false,
      };
    case 'setNoSymptoms':
      return {
        ...state,
        noSymptoms: a.value,
        symptoms: a.value ? [] : state.symptoms,
        trend: a.value ? null : state.trend,
        missingAnswer: false,
      };
    case 'setTrend':
      return { ...state, trend: a.value, missingAnswer: false };
    default:
      return null;
  }
}

/** The step after one of the symptom check's, or null when it still needs an answer. */
export function nextSymptomStep(state: QuizState): Step | null {
  switch (state.step) {
    case 'redFlags':
      return state.redFlag === null ? null : state.redFlag === 'yes' ? 'result' : 'time';
    case 'time':
      return state.time === null ? null : 'symptoms';
    case 'symptoms':
      if (state.symptoms.length) return 'trend';
      return state.noSymptoms ? 'result' : null;
    case 'trend':
      return state.trend === null ? null : 'result';
    default:
      return null;
  }
}

/** The answers in the form the triage rules read. */
export function toTriageAnswers(state: QuizState): TriageAnswers {
  return {
    redFlags: state.redFlag === 'yes' ? ['reported'] : [],
    time: state.time,
    symptoms: state.symptoms,
    trend: state.symptoms.length ? state.trend : null,
  };
}

/** "Step 2 of 4" numbers for a step of the symptom check, else null. */
export function stepNumber(step: Step): { current: number; total: number } | null {
  const index = NUMBERED_STEPS.indexOf(step);
  return index < 0 ? null : { current: index + 1, total: NUMBERED_STEPS.length };
}
