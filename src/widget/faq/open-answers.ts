import { listenerSet, type Listenable } from '../ui/listened';

/** Which answers are open, and the means to hear of a change. */
export interface OpenAnswers extends Listenable {
  /** Whether an answer is open. */
  has: (id: string) => boolean;
}

/**
 * The open answers, kept outside Preact's state: a change renders only the components that
 * read it through useListened (the entry that opened, the "Expand all" label), not the
 * widget around them.
 */
export const openAnswers = () => {
  let open = new Set<string>();
  const { listen, notify: changed } = listenerSet();
  return {
    has: (id: string) => open.has(id),
    listen,
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
