import type { ComponentChildren } from 'preact';
import { ENGLISH } from '../content/content';
import { fillPlaceholders } from '../content/placeholders';
import { createTranslator } from '../i18n/i18next-instance';
import { COMPLETE, framePlan } from './frame-plan';
import { WidgetContext } from './widget-context';

export const englishTranslator = createTranslator('en', ENGLISH.ui);

/** Gives components under test the context the Widget shell normally provides. */
export function InWidget({
  children,
  clinic = 'your clinic',
  firstFrame = false,
}: {
  children: ComponentChildren;
  clinic?: string;
  /** Draw as the widget's first frame does (frame-plan.ts); else as when complete. */
  firstFrame?: boolean;
}) {
  const value = {
    locale: 'en',
    dir: 'ltr' as const,
    t: englishTranslator.t,
    template: englishTranslator.template,
    clinic: { name: null, phone: null, bookingUrl: null, emergencyNumber: null },
    revealFaq: null,
    firstView: {
      listen: () => () => undefined,
      plan: () => (firstFrame ? framePlan(0, 1) : COMPLETE),
    },
    fill: (text: string) =>
      fillPlaceholders(text, { clinic, emergency: 'your local emergency number' }),
    idPrefix: 'test',
  };
  return <WidgetContext.Provider value={value}>{children}</WidgetContext.Provider>;
}
