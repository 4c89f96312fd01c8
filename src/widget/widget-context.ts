import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../i18n/translator';

/** What every component needs from the widget, without threading it through each level. */
export interface WidgetContextValue {
  locale: string;
  dir: 'ltr' | 'rtl';
  t: Translate;
  /** Fills {{clinic}}, {{emergency}} and the other placeholders with this clinic's details. */
  fill: (text: string) => string;
  /** Unique per widget on the page, for id and aria references. */
  idPrefix: string;
}

export const WidgetContext = createContext<WidgetContextValue | null>(null);

export function useWidget(): WidgetContextValue {
  const value = useContext(WidgetContext);
  if (!value) throw new Error('useWidget() outside <WidgetContext.Provider>');
  return value;
}
