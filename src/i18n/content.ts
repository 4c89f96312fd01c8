import englishContent from './locales/en/content.json';
import englishUi from './locales/en/ui.json';

/**
 * The content model. English is the reference: every other locale must have the same shape
 * (checked at load by template-merge.ts and in CI by the completeness test).
 */
export interface FaqCategory {
  id: string;
  title: string;
}

export interface FaqItem {
  /** Stable across languages and releases: deep links and analytics rely on it. */
  id: string;
  category: string;
  question: string;
  /** Safe markup (see safe-markup.ts), never HTML. */
  answer: string;
}

export interface TopicContent {
  meta: {
    topic: string;
    title: string;
    intro: string;
    source: string;
    /** ISO date of the last editorial review of the English text. */
    lastReviewed: string;
  };
  faq: {
    categories: FaqCategory[];
    items: FaqItem[];
  };
}

export type UiStrings = typeof englishUi;

export interface LocalePack {
  ui: UiStrings;
  content: TopicContent;
}

export const ENGLISH: LocalePack = { ui: englishUi, content: englishContent };
