import { t as e } from './safe-markup-5oRZ3Sjs.js';
import { a as t } from './log-DC7XKlqX.js';
// src/embed/structured-data.ts
function n(t, n, r) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: r,
    mainEntity: t.map((t) => ({
      '@type': 'Question',
      name: n(t.question),
      acceptedAnswer: {
        '@type': 'Answer',
        text: n(e(t.answer)),
      },
    })),
  };
}
function r(e) {
  return e === null || typeof e == 'number' || typeof e == 'boolean'
    ? String(e)
    : typeof e == 'string'
      ? `"${e.replace(/[\\"\u0000-\u001f\u2028\u2029<]/g, (e) => `\\u${e.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`
      : Array.isArray(e)
        ? `[${e.map(r).join(',')}]`
        : `{${Object.keys(e)
            .map((t) => `${r(t)}:${r(e[t])}`)
            .join(',')}}`;
}
function i(e, n) {
  let i = e.createElement('script');
  ((i.type = 'application/ld+json'), i.setAttribute('data-clinic-widget-structured-data', ''));
  try {
    i.textContent = r(n);
  } catch {
    return (
      t(
        'data-structured-data: this page enforces Trusted Types for scripts, so the FAQPage JSON-LD cannot be added.',
      ),
      () => {}
    );
  }
  return ((e.head ?? e.documentElement).append(i), () => i.remove());
}
export { n as faqPageJsonLd, i as installJsonLd };
