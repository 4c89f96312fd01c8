import type { TopicContent } from '../../content/content';
import type { Translate } from '../../i18n/english-formatter';
import type { Level } from '../../content/triage';
import type { QuizState } from './quiz-state';

const labelOf = (list: { id: string; label: string }[], id: string | null): string =>
  list.find((entry) => entry.id === id)?.label ?? '';

/**
 * "What to tell your clinic": the visitor's answers and the result, one line each, in the
 * active language. Pure, so what can be copied or printed is pinned by tests.
 */
export function summarizeAnswers(
  state: QuizState,
  level: Level,
  seekHelp: TopicContent['seekHelp'],
  t: Translate,
  fill: (text: string) => string,
  locale: string,
): string[] {
  const lines: string[] = [];
  const result = fill(seekHelp.results.find((r) => r.id === level)?.title ?? level);
  if (state.redFlag === 'yes') {
    lines.push(t('quiz.summaryRedFlag'));
  } else {
    lines.push(t('quiz.summaryTime', { time: labelOf(seekHelp.times, state.time) }));
    if (state.symptoms.length) {
      const labels = state.symptoms.map((id) => labelOf(seekHelp.symptoms, id));
      lines.push(t('quiz.summarySymptoms', { symptoms: formatList(labels, locale) }));
      if (state.trend)
        lines.push(t('quiz.summaryTrend', { trend: labelOf(seekHelp.trends, state.trend) }));
    } else {
      lines.push(t('quiz.summaryNoSymptoms'));
    }
  }
  lines.push(t('quiz.summaryResult', { result }));
  return lines;
}

const listFormats = new Map<string, Intl.ListFormat | null>();

/** The list formatter for `locale`, made once; null where the platform cannot make it. */
function listFormatFor(locale: string): Intl.ListFormat | null {
  if (!listFormats.has(locale)) {
    try {
      listFormats.set(locale, new Intl.ListFormat(locale, { type: 'conjunction' }));
    } catch {
      listFormats.set(locale, null);
    }
  }
  return listFormats.get(locale)!;
}

function formatList(items: string[], locale: string): string {
  return listFormatFor(locale)?.format(items) ?? items.join(', ');
}

/**
 * Makes the list formatter ahead of the result, when the page is idle while the visitor reads
 * a question: the first Intl formatter of a page loads the platform's locale data, a long task
 * at 4× CPU (docs/performance.md) that would otherwise land in the click that shows the
 * result. Returns what cancels it.
 */
export function prepareListFormat(locale: string): () => void {
  const prepare = () => void listFormatFor(locale);
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(prepare, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(prepare, 1000);
  return () => clearTimeout(id);
}
