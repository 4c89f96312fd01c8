import type { FaqItem } from '../../content/content';
import { markupToText } from '../../content/safe-markup';
import * as log from '../../shared/log';

/**
 * Opt-in (data-structured-data): a schema.org FAQPage as JSON-LD in the host document, in the
 * widget's language, for search engines and assistants that read it.
 */
export function faqPageJsonLd(
  items: readonly FaqItem[],
  fill: (text: string) => string,
  lang: string,
): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: lang,
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: fill(item.question),
      acceptedAnswer: { '@type': 'Answer', text: fill(markupToText(item.answer)) },
    })),
  };
}

/**
 * JSON text that does not depend on the page's built-ins: old libraries patch
 * Array.prototype.toJSON, which would corrupt JSON.stringify. "<" is escaped, so the text can
 * never close its <script>.
 */
export function toJsonText(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (typeof value === 'string')
    // Control characters must be escaped in JSON: matching them is the point here.
    // eslint-disable-next-line no-control-regex
    return `"${value.replace(/[\\"\u0000-\u001f\u2028\u2029<]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  const entries = Object.keys(value as object).map(
    (key) => `${toJsonText(key)}:${toJsonText((value as Record<string, unknown>)[key])}`,
  );
  return `{${entries.join(',')}}`;
}

/**
 * Whether the page's policy refused our script text. A page that requires Trusted Types for
 * scripts refuses (or, report-only, reports) every try, and a language change would try again:
 * so the widget tries once in the page's life, and remembers.
 */
let refused = false;

function refuse(): void {
  if (refused) return;
  refused = true;
  log.warn(
    "data-structured-data: this page's Content-Security-Policy requires Trusted Types for scripts, so the FAQPage JSON-LD is not added (tried once).",
  );
}

/** A report-only policy lets the text through and reports it, later: that counts as a no. */
function onViolation(event: SecurityPolicyViolationEvent): void {
  if (event.violatedDirective === 'require-trusted-types-for' && event.sample.includes('@context'))
    refuse();
}

/** Adds the JSON-LD to the host's <head>; returns a function that removes it again. */
export function installJsonLd(document: Document, json: object): () => void {
  if (refused) return () => {};
  // One listener for the page's life (the same function is added once), for the reports.
  document.addEventListener('securitypolicyviolation', onViolation);
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute('data-clinic-widget-structured-data', '');
  try {
    script.textContent = toJsonText(json);
  } catch {
    // Trusted Types enforced: script text needs a policy this page does not allow us.
    refuse();
    return () => {};
  }
  (document.head ?? document.documentElement).append(script);
  return () => script.remove();
}

/** Test hook: forget a refusal. */
export const forgetRefusal = (): void => {
  refused = false;
};
