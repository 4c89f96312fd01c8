/**
 * What each frame of the widget's first view draws. The whole widget in one task was the host
 * page's longest task (docs/performance.md); drawn in stages, each a task and a frame of its
 * own, no task holds more than one part of it. Stage 0 holds what a visitor sees first: the
 * title, the first section without its closed answers, and the footer with the emergency
 * line. Then the closed answers (read only once opened, but find-in-page, print and screen
 * readers want them), then each further section, and last the footer's formatted date, whose
 * first Intl.DateTimeFormat loads the platform's date data.
 */
export interface FramePlan {
  /** How many of the chosen sections are drawn, in their order. */
  sections: number;
  /** Closed FAQ answers are drawn (an open one always is). */
  answers: boolean;
  /** The reviewed date is formatted in the visitor's language (else shown as written). */
  formattedDate: boolean;
  /** Everything is drawn: the root drops aria-busy. */
  complete: boolean;
}

/** The last stage for this many sections: first view, answers, each later section, date. */
export const lastStage = (sectionCount: number): number => Math.max(1, sectionCount) + 1;

export function framePlan(stage: number, sectionCount: number): FramePlan {
  const last = lastStage(sectionCount);
  const at = Math.min(Math.max(0, Math.floor(stage)), last);
  return {
    sections: Math.min(sectionCount, Math.max(1, at)),
    answers: at >= 1,
    formattedDate: at >= last,
    complete: at >= last,
  };
}

/** Everything drawn: for components drawn outside the staged first view (tests, dialogs). */
export const COMPLETE: FramePlan = {
  sections: Infinity,
  answers: true,
  formattedDate: true,
  complete: true,
};
