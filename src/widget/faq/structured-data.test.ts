import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENGLISH } from '../../content/content';
import { fillPlaceholders } from '../../content/placeholders';
import { faqPageJsonLd, forgetRefusal, installJsonLd, toJsonText } from './structured-data';

describe('structured data', () => {
  it('describes every FAQ entry as a schema.org Question, in plain text', () => {
    const json = faqPageJsonLd(
      ENGLISH.content.faq.items,
      (t) => fillPlaceholders(t, { clinic: 'Riverside', emergency: '911' }),
      'en',
    ) as {
      mainEntity: { name: string; acceptedAnswer: { text: string } }[];
    };
    expect(json.mainEntity).toHaveLength(ENGLISH.content.faq.items.length);
    expect(json.mainEntity[0]!.name).toBe('Which side effects are normal?');
    expect(json.mainEntity.map((q) => q.acceptedAnswer.text).join()).not.toMatch(/\*\*|\{\{/);
  });

  it('serialises like JSON.parse expects, even with Array.prototype.toJSON patched', () => {
    const value = { a: [1, 'x"</script>', null, true], 'b\n': { c: '\u2028' } };
    const proto = Array.prototype as unknown as { toJSON?: () => string };
    proto.toJSON = () => 'patched';
    try {
      const text = toJsonText(value);
      expect(text).not.toContain('</script>');
      expect(JSON.parse(text)).toEqual(value);
    } finally {
      delete proto.toJSON;
    }
  });

  it('adds one script to the head and removes it again', () => {
    const remove = installJsonLd(document, { x: 1 });
    const scripts = document.head.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.textContent).toBe('{"x":1}');
    remove();
    expect(document.head.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(0);
  });
});

describe('a page that refuses script text (Trusted Types)', () => {
  afterEach(() => {
    forgetRefusal();
    vi.restoreAllMocks();
  });

  it('is tried once: later installs do not touch the script text again, one warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const sink = vi
      .spyOn(HTMLScriptElement.prototype, 'textContent', 'set')
      .mockImplementation(() => {
        throw new TypeError("This document requires 'TrustedScript' assignment.");
      });
    for (let i = 0; i < 3; i += 1) installJsonLd(document, { '@context': 'x' })();
    expect(sink).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('Trusted Types');
    expect(document.head.querySelectorAll('script')).toHaveLength(0);
  });

  it('counts a report-only report as a refusal too', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const remove = installJsonLd(document, { '@context': 'https://schema.org' });
    expect(document.head.querySelectorAll('script')).toHaveLength(1);
    const report = new Event('securitypolicyviolation') as Event & Record<string, string>;
    Object.assign(report, {
      violatedDirective: 'require-trusted-types-for',
      sample: 'HTMLScriptElement textContent|{"@context":"https://schema.org"',
    });
    document.dispatchEvent(report);
    remove();
    installJsonLd(document, { '@context': 'https://schema.org' });
    expect(document.head.querySelectorAll('script')).toHaveLength(0);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('ignores reports about other scripts', () => {
    const report = new Event('securitypolicyviolation') as Event & Record<string, string>;
    Object.assign(report, {
      violatedDirective: 'require-trusted-types-for',
      sample: 'HTMLScriptElement text|console.log(1)',
    });
    installJsonLd(document, { '@context': 'x' })();
    document.dispatchEvent(report);
    const remove = installJsonLd(document, { '@context': 'x' });
    expect(document.head.querySelectorAll('script')).toHaveLength(1);
    remove();
  });
});
