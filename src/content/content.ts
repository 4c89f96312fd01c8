import englishContent from '../i18n/locales/en/content.json';
import englishUi from '../i18n/locales/en/ui.json';

/**
 * The content model. English is the reference: its JSON defines the types below, and every
 * other locale must have the same shape (checked at load by template-merge.ts, and in CI by
 * tools/translation-check.mjs). A clinic's own content is checked against
 * content.schema.json, which describes the same shape.
 *
 *   meta               topic, title, intro, source, last-reviewed date, clinical-review note
 *   faq                categories and entries (stable id, question, answer in safe markup)
 *   compare            five treatments × common side effects, serious risks, tolerability;
 *                      invasiveness levels; key takeaways
 *   seekHelp           red flags, time since treatment, symptoms and their groups, trends,
 *                      a result text per urgency level, self-care tips, emergency guidance
 *   contraindications  who should not have the treatment
 *   questionsToAsk     questions to ask a clinic before treatment
 *   disclaimer         general information, not a diagnosis
 */
export type TopicContent = typeof englishContent;
export type FaqItem = TopicContent['faq']['items'][number];
export type FaqCategory = TopicContent['faq']['categories'][number];
export type UiStrings = typeof englishUi;

export interface LocalePack {
  ui: UiStrings;
  content: TopicContent;
}

export const ENGLISH: LocalePack = { ui: englishUi, content: englishContent };
