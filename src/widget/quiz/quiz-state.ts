import type { TriageAnswers } from '../../content/triage';

/**
 * The quiz as a pure state machine: which step is shown, what has been answered, where Back
 * goes. Components only render a state and send actions, so every path through the check is
 * unit-tested here. Answers live in memory only; Start again (and unmounting) clears them.
 */
export type Step =
  'start' | 'redFlags' | 'time' | 'symptoms' | 'trend' | 'result' | 'preCheck' | 'preResult';

/** The numbered steps of the symptom check ("Step 2 of 4"). */
export const NUMBERED_STEPS: readonly Step[] = ['redFlags', 'time', 'symptoms', 'trend'];

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
  | { type: 'setRedFlag'; value: 'yes' | 'no' }
  | { type: 'setTime'; value: string }
  | { type: 'toggleSymptom'; id: string }
  | { type: 'setNoSymptoms'; value: boolean }
  | { type: 'setTrend'; value: string }
  | { type: 'toggleContraindication'; id: string }
  | { type: 'setNoneApply'; value: boolean };

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

const toggle = (list: string[], id: string): string[] =>
  list.includes(id) ? list.filter((item) => item !== id) : [...list, id];

const go = (state: QuizState, step: Step): QuizState => ({
  ...state,
  step,
  history: [...state.history, state.step],
  missingAnswer: false,
});

/** The step after this one, or null when this step still needs an answer. */
function nextStep(state: QuizState): Step | null {
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
    case 'preCheck':
      return state.contraindications.length || state.noneApply ? 'preResult' : null;
    default:
      return null;
  }
}

export function quizReducer(state: QuizState, action: QuizAction): QuizState {
  switch (action.type) {
    case 'start':
      return go(state, 'redFlags');
    case 'startPreCheck':
      return go(state, 'preCheck');
    case 'next': {
      const step = nextStep(state);
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
    case 'setRedFlag':
      return { ...state, redFlag: action.value, missingAnswer: false };
    case 'setTime':
      return { ...state, time: action.value, missingAnswer: false };
    case 'toggleSymptom':
      return {
        ...state,
        symptoms: toggle(state.symptoms, action.id),
        noSymptoms: false,
        missingAnswer: false,
      };
    case 'setNoSymptoms':
      return {
        ...state,
        noSymptoms: action.value,
        symptoms: action.value ? [] : state.symptoms,
        trend: action.value ? null : state.trend,
        missingAnswer: false,
      };
    case 'setTrend':
      return { ...state, trend: action.value, missingAnswer: false };
    case 'toggleContraindication':
      return {
        ...state,
        contraindications: toggle(state.contraindications, action.id),
        noneApply: false,
        missingAnswer: false,
      };
    case 'setNoneApply':
      return {
        ...state,
        noneApply: action.value,
        contraindications: action.value ? [] : state.contraindications,
        missingAnswer: false,
      };
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
