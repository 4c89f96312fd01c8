import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../content/content';
import { fillPlaceholders } from '../../content/placeholders';
import { faqPageJsonLd, installJsonLd, toJsonText } from './structured-data';

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
