import * as log from '../../shared/log';
import { requestLauncher, type LauncherControl } from './launcher-control';

/**
 * `data-clinic-widget-open` on any element of the host page (its own "Questions?" link or
 * button) opens a launcher's dialog: the one whose container has the id given as the value,
 * else the first launcher on the page. One click listener on the document, there only while
 * a launcher is drawn. Enter on a link or a button is a click too.
 */
export const OPEN_ATTRIBUTE = 'data-clinic-widget-open';

export interface OpenTarget {
  /** The container (the shadow root's host). */
  host: Element;
  control: LauncherControl;
}

/** The trigger a click was on, or null; a click with a modifier key keeps its own meaning. */
export function openTrigger(event: MouseEvent): Element | null {
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return null;
  const target = event.target;
  return target instanceof Element ? target.closest(`[${OPEN_ATTRIBUTE}]`) : null;
}

/**
 * Which launcher a trigger opens: the one whose container has the id the attribute names,
 * else (no value) the first in document order. Null, after one warning, when no id matches.
 */
export function chooseTarget<T extends OpenTarget>(
  trigger: Element,
  targets: readonly T[],
): T | null {
  const id = trigger.getAttribute(OPEN_ATTRIBUTE)?.trim();
  if (id) {
    const named = targets.find((target) => target.host.id === id);
    if (!named)
      log.warnOnce(
        `${OPEN_ATTRIBUTE}="${id}": no widget in launcher mode (data-mode="launcher") has the id "${id}".`,
      );
    return named ?? null;
  }
  return (
    [...targets].sort((a, b) =>
      a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    )[0] ?? null
  );
}

const targets = new Set<OpenTarget>();

function onClick(event: MouseEvent): void {
  const trigger = openTrigger(event);
  const chosen = trigger && chooseTarget(trigger, [...targets]);
  if (!chosen) return;
  // The trigger's own action (a link's address, for pages without the widget) is replaced.
  event.preventDefault();
  requestLauncher(chosen.control, true, trigger);
}

/** Lets triggers open this launcher; returns what undoes it. */
export function listenForTriggers(target: OpenTarget): () => void {
  if (!targets.size) document.addEventListener('click', onClick);
  targets.add(target);
  return () => {
    targets.delete(target);
    if (!targets.size) document.removeEventListener('click', onClick);
  };
}
