import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../i18n/english-formatter';
import type { FirstView } from './first-view-stages';

/** The clinic's details as the components show them (from the parsed options). */
export interface ClinicDetails {
  name: string | null;
  phone: string | null;
  bookingUrl: string | null;
  /** The emergency number to show, or null for "your local emergency number". */
  emergencyNumber: string | null;
}

/** What every component needs from the widget, without threading it through each level. */
export interface WidgetContextValue {
  locale: string;
  dir: 'ltr' | 'rtl';
  t: Translate;
  /** The string for a key with its {{placeholders}} left in, for SlottedText. */
  template: (key: string) => string;
  clinic: ClinicDetails;
  /** Fills {{clinic}}, {{emergency}} and the other placeholders with this clinic's details. */
  fill: (text: string) => string;
  /** Unique per widget on the page, for id and aria references. */
  idPrefix: string;
  /** Opens an FAQ answer and moves focus to its question; null when the FAQ is not shown. */
  revealFaq: ((id: string) => void) | null;
  /**
   * What the first view's current stage draws (frame-plan.ts), read with useListened: it
   * starts with only what a visitor sees first, and the rest follows in frames of their own,
   * so that no single task of the host page's main thread holds the whole widget
   * (docs/performance.md).
   */
  firstView: FirstView;
}

export const WidgetContext = createContext<WidgetContextValue | null>(null);

/**
 * The widget's context. Every component is drawn inside the shell's provider (tests: InWidget,
 * test-utils.tsx); a component drawn outside it fails on its first use of the value, which the
 * error boundary catches. No message of its own: the first view carries no bytes for it.
 */
export const useWidget = (): WidgetContextValue => useContext(WidgetContext)!;
