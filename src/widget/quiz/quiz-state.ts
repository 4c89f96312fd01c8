import { answerPreCheck, nextPreCheckStep, type PreCheckAction } from './pre-check';
import { answerSymptomCheck, nextSymptomStep, type SymptomCheckAction } from './symptom-check';

export { NUMBERED_STEPS, stepNumber, toTriageAnswers } from './symptom-check';

/**
 * The quiz as a pure state machine: which step is shown, what has been answered, where Back
 * goes. The two checks' answers live in symptom-check.ts and pre-check.ts; this file holds
 * the steps and navigation they share. Components only render a state and send actions, so
 * every path through the check is unit-tested. Answers live in memory only; Start again (and
 * unmounting) clears them.
 */
export type Step =
  'start' | 'redFlags' | 'time' | 'symptoms' | 'trend' | 'result' | 'preCheck' | 'preResult';

export interface QuizState {
  step: Step;
  /** Steps visited before this one, for Back. */
  history: Step[];
  redFlag: 'yes' | 'no' | null;
  time: string | null;
  symptoms: string[];
  noSymptoms: boolean;
  trend: string | null;
  contraindications: string[];
  noneApply: boolean;
  /** Set when Next was pressed without an answer; cleared by any answer. */
  missingAnswer: boolean;
}

export type QuizAction =
  | { type: 'start' }
  | { type: 'startPreCheck' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'restart' }
  | SymptomCheckAction
  | PreCheckAction;

export const INITIAL_STATE: QuizState = {
  step: 'start',
  history: [],
  redFlag: null,
  time: null,
  symptoms: [],
  noSymptoms: false,
  trend: null,
  contraindications: [],
  noneApply: false,
  missingAnswer: false,
};

const go = (state: QuizState, step: Step): QuizState => ({
  ...state,
  step,
  history: [...state.history, state.step],
  missingAnswer: false,
});

export function quizReducer(state: QuizState, action: QuizAction): QuizState {
  switch (action.type) {
    case 'start':
      return go(state, 'redFlags');
    case 'startPreCheck':
      return go(state, 'preCheck');
    case 'next': {
      const step = nextSymptomStep(state) ?? nextPreCheckStep(state);
      return step ? go(state, step) : { ...state, missingAnswer: true };
    }
    case 'back': {
      const previous = state.history[state.history.length - 1];
      if (!previous) return state;
      return {
        ...state,
        step: previous,
        history: state.history.slice(0, -1),
        missingAnswer: false,
      };
    }
    case 'restart':
      return INITIAL_STATE;
    default:
      return answerSymptomCheck(state, action) ?? answerPreCheck(state, action) ?? state;
  }
}
