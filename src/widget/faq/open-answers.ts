import { useLayoutEffect, useState } from 'preact/hooks';

/** Which answers are open, and the means to hear of a change. */
export interface OpenAnswers {
  /** Whether an answer is open. */
  has: (id: string) => boolean;
  /** Calls `listener` after each change of the open answers; returns what stops it. */
  listen: (listener: () => void) => () => unknown;
}

/**
 * The open answers, kept outside Preact's state: a change renders only the components that
 * read it through useOpenAnswers (the entry that opened, the "Expand all" label), not the
 * widget around them. Preact has no memo(): a render of the widget would reach every entry.
 */
export const openAnswers = () => {
  let open = new Set<string>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  return {
    has: (id: string) => open.has(id),
    listen: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Opens exactly these answers. */
    setOpen: (ids: readonly string[]) => {
      open = new Set(ids);
      changed();
    },
    /** Opens one answer, or closes it when `to` is false. */
    turn: (id: string, to: boolean) => {
      if (to) open.add(id);
      else open.delete(id);
      changed();
    },
  };
};

/**
 * A value read from the open answers, by a component that renders again only when that value
 * changes.
 */
export function useOpenAnswers<T>(answers: OpenAnswers, read: () => T): T {
  const value = read();
  const [, rerender] = useState<object>();
  // Subscribed again at each render, to compare with what this render drew.
  useLayoutEffect(() => answers.listen(() => read() !== value && rerender({})));
  return value;
}
