/**
 * Which treatments the comparison shows: the visitor picks two or three to see side by side;
 * with fewer than two, or more than three, every treatment stays visible and a message says
 * why. Pure.
 */
export interface Selection<T> {
  shown: T[];
  message: 'showingAll' | 'tooMany' | null;
}

export function selectTreatments<T extends { id: string }>(
  all: readonly T[],
  picked: readonly string[],
): Selection<T> {
  if (picked.length > 3) return { shown: [...all], message: 'tooMany' };
  if (picked.length < 2) return { shown: [...all], message: picked.length ? 'showingAll' : null };
  return { shown: all.filter((treatment) => picked.includes(treatment.id)), message: null };
}

/**
 * The layout the widget's own width calls for; the CSS container query makes the same choice.
 * In em of the widget's text, so that larger text gets the cards sooner. 52em (832 px at the
 * usual 16 px) is the narrowest widget whose table breaks no word in any shipped language: each
 * column is as wide as its longest word, and Russian's and German's five add up to 772 px.
 */
export const COMPARE_CARD_BREAKPOINT_EM = 52;
export const compareLayoutFor = (widgetWidth: number, fontSize = 16): 'cards' | 'table' =>
  widgetWidth < COMPARE_CARD_BREAKPOINT_EM * fontSize ? 'cards' : 'table';
