import type { QuizState, Step } from './quiz-state';
import { toggle } from './symptom-check';

/**
 * "Is this treatment right for me?": its answers and where they lead. Pure; quiz-state.ts
 * composes it with the symptom check and navigation.
 */
export type PreCheckAction =
  { type: 'toggleContraindication'; id: string } | { type: 'setNoneApply'; value: boolean };

/** The answer an action gives, or null when the action is not the pre-check's. */
export function answerPreCheck(state: QuizState, action: { type: string }): QuizState | null {
  const a = action as PreCheckAction;
  switch (a.type) {
    case 'toggleContraindication':
      return {
        ...state,
        contraindications: toggle(state.contraindications, a.id),
        noneApply: false,
        missingAnswer: false,
      };
    case 'setNoneApply':
      return {
        ...state,
        noneApply: a.value,
        contraindications: a.value ? [] : state.contraindications,
        missingAnswer: false,
      };
    default:
      return null;
  }
}

/** The step after the pre-check's question, or null when it still needs an answer. */
export const nextPreCheckStep = (state: QuizState): Step | null =>
  state.step === 'preCheck' && (state.contraindications.length || state.noneApply)
    ? 'preResult'
    : null;
