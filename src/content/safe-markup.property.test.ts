import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markupToText, parseInline, parseMarkup, safeHref, type Inline } from './safe-markup';
import { HOSTILE_STRINGS, anyText, hostileText } from '../../test/unit/arbitraries';

/*
 * Properties of the safe markup parser (the renderer's are in
 * src/widget/ui/safe-markup.property.test.tsx): any text parses, links only ever point to
 * https:, tel: or mailto:, and no text appears that the source did not contain.
 */

const RUNS = { numRuns: 1_000 };

const piece = fc.oneof(
  fc.constantFrom('**', '*', '[', ']', '](', ')', '- ', '\n', '\n\n', '\r', ' ', '\t'),
  fc.constantFrom(
    'https://clinic.example/',
    'HTTPS://X.ORG',
    'tel:+15550100',
    'mailto:care@clinic.example',
    'javascript:alert(1)',
    'jAvAsCrIpT:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,x',
    'http://plain.example',
    '//evil.example',
    '/relative',
  ),
  fc.constantFrom(...HOSTILE_STRINGS),
  anyText(4),
);
const source = fc.oneof(
  fc.array(piece, { maxLength: 20 }).map((pieces) => pieces.join('')),
  hostileText,
);

const inlinesOf = (text: string): Inline[] =>
  parseMarkup(text).flatMap((block) => (block.type === 'p' ? block.children : block.items.flat()));

/** Can a browser follow `href` anywhere but the allowed schemes? */
const allowedScheme = (href: string): boolean =>
  !URL.canParse(href) || ['https:', 'tel:', 'mailto:'].includes(new URL(href).protocol);

describe('safe markup parser (properties)', () => {
  it('parses any text, with links only to https:, tel: and mailto:', () => {
    fc.assert(
      fc.property(source, (text) => {
        for (const inline of inlinesOf(text)) {
          expect(typeof inline.text).toBe('string');
          if (inline.type === 'link') {
            expect(allowedScheme(inline.href), inline.href).toBe(true);
            expect(safeHref(inline.href)).toBe(inline.href);
          }
        }
        expect(typeof markupToText(text)).toBe('string');
      }),
      RUNS,
    );
  });

  it('never lets a href through with another scheme, however it is disguised', () => {
    const href = fc.oneof(
      source,
      fc
        .tuple(
          anyText(3),
          fc.constantFrom('javascript', 'data', 'vbscript', 'file', 'http'),
          anyText(3),
        )
        .map(([before, scheme, after]) => `${before}${scheme}${after}:alert(1)`),
    );
    fc.assert(
      fc.property(href, (candidate) => {
        const safe = safeHref(candidate);
        if (safe !== null) {
          expect(allowedScheme(safe), safe).toBe(true);
          expect(/^(https|tel|mailto):/i.test(safe), safe).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("invents no text: what a reader sees is the source's characters, in order", () => {
    fc.assert(
      fc.property(source, (text) => {
        const shown = inlinesOf(text)
          .map((inline) => inline.text)
          .join('')
          .replace(/\s+/g, '');
        const from = text.replace(/\s+/g, '');
        let at = 0;
        for (let i = 0; i < from.length; i += 1) if (from[i] === shown[at]) at += 1;
        expect(at).toBe(shown.length);
      }),
      RUNS,
    );
  });

  it('leaves text without markup characters as one text', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(anyText(40), fc.constantFrom(...HOSTILE_STRINGS))
          .map((text) => text.replace(/[*[]/g, '')),
        (text) => {
          expect(parseInline(text)).toEqual(text ? [{ type: 'text', text }] : []);
        },
      ),
      RUNS,
    );
  });
});
