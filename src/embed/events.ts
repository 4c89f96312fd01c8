import type { Level } from '../content/triage';

/**
 * Events the widget dispatches on its container, all prefixed `clinic-widget:`. They bubble,
 * so a tag manager can listen on document. Details never carry personal or symptom data.
 */
export interface WidgetEventDetails {
  ready: { locale: string; sections: readonly string[] };
  /** Only the level: never the symptoms or any other answer. */
  'quiz-result': { level: Level };
  /** Launcher mode: the dialog opened or closed (a host may hide its own chat button). */
  open: Record<string, never>;
  close: Record<string, never>;
}

export function dispatchWidgetEvent<K extends keyof WidgetEventDetails>(
  container: Element,
  name: K,
  detail: WidgetEventDetails[K],
): void {
  container.dispatchEvent(new CustomEvent(`clinic-widget:${name}`, { detail, bubbles: true }));
}
