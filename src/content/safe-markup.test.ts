import { describe, expect, it } from 'vitest';
import { markupToText, parseInline, parseMarkup, safeHref } from './safe-markup';

describe('parseMarkup', () => {
  it('splits paragraphs and lists', () => {
    expect(parseMarkup('First line\ncontinues.\n\n- one\n- *two*\n\nLast.')).toEqual([
      { type: 'p', children: [{ type: 'text', text: 'First line continues.' }] },
      {
        type: 'ul',
        items: [[{ type: 'text', text: 'one' }], [{ type: 'em', text: 'two' }]],
      },
      { type: 'p', children: [{ type: 'text', text: 'Last.' }] },
    ]);
  });

  it('reads emphasis, strong and allowed links', () => {
    expect(parseInline('Call **now** or [us](tel:+15550100), *please*.')).toEqual([
      { type: 'text', text: 'Call ' },
      { type: 'strong', text: 'now' },
      { type: 'text', text: ' or ' },
      { type: 'link', text: 'us', href: 'tel:+15550100' },
      { type: 'text', text: ', ' },
      { type: 'em', text: 'please' },
      { type: 'text', text: '.' },
    ]);
  });

  it('keeps a link with a forbidden scheme as plain text', () => {
    // The href ends at the first ")", so the rest stays literal: no link node at all.
    expect(parseInline('[click](javascript:alert(1))')).toEqual([{ type: 'text', text: 'click)' }]);
    expect(parseInline('[x](http://plain.example)')).toEqual([{ type: 'text', text: 'x' }]);
  });

  it('leaves HTML as literal text', () => {
    expect(markupToText('<script>alert(1)</script> <b>x</b>')).toBe(
      '<script>alert(1)</script> <b>x</b>',
    );
  });

  it('reads unclosed markup as text (its time is in safe-markup.scaling.test.ts)', () => {
    expect(parseInline('[[[a')).toEqual([{ type: 'text', text: '[[[a' }]);
    expect(parseInline('[a](b [c](https://x.example)')).toEqual([
      { type: 'text', text: '[a](b ' },
      { type: 'link', text: 'c', href: 'https://x.example' },
    ]);
    // A "[" inside a link's text starts the link (what keeps the parser linear).
    expect(parseInline('[a [b](https://x.example)')).toEqual([
      { type: 'text', text: '[a ' },
      { type: 'link', text: 'b', href: 'https://x.example' },
    ]);
    expect(parseInline('**a*b*')).toEqual([
      { type: 'text', text: '*' },
      { type: 'em', text: 'a' },
      { type: 'text', text: 'b*' },
    ]);
  });
});

describe('safeHref', () => {
  it.each(['https://example.org/a', 'tel:+15550100', 'mailto:care@example.org', 'HTTPS://X.ORG'])(
    'allows %s',
    (href) => expect(safeHref(href)).toBe(href),
  );
  it.each([
    'javascript:alert(1)',
    'http://example.org',
    'data:text/html,x',
    '//evil.org',
    '/path',
    'vbscript:x',
  ])('refuses %s', (href) => expect(safeHref(href)).toBeNull());
});
