import { cleanup, render } from '@testing-library/preact';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../content/placeholders';
import { parseMarkup } from '../../content/safe-markup';
import { findMatches, normalizeQuery } from '../../content/search';
import { InWidget } from '../test-utils';
import { Highlighted } from './highlighted';
import { SafeMarkup } from './safe-markup';
import { HOSTILE_STRINGS, anyText, hostileText } from '../../../test/unit/arbitraries';

/*
 * Properties of the answer renderer: whatever a translation or a clinic's own content says,
 * it becomes paragraphs, lists, emphasis and safe links with text in them, and nothing else.
 * No string is ever parsed as HTML, so markup in the source shows up as the characters typed.
 */

const RUNS = { numRuns: 300 };
/** Everything SafeMarkup and Highlighted create. */
const ALLOWED = new Set(['P', 'UL', 'LI', 'EM', 'STRONG', 'A', 'MARK']);
const SCHEMES = ['https:', 'tel:', 'mailto:'];
const CLINIC = 'your clinic';
const PLACEHOLDERS = { clinic: CLINIC, emergency: 'your local emergency number' };

/** Pieces of the markup the parser understands, of links, and of HTML. */
const markupPiece = fc.oneof(
  fc.constantFrom(
    '**',
    '*',
    '[',
    ']',
    '](',
    '(',
    ')',
    '- ',
    '\n',
    '\n\n',
    '\r\n',
    ' ',
    '{{clinic}}',
  ),
  fc.constantFrom(
    'https://clinic.example/a?b=1',
    'tel:+15550100',
    'mailto:care@clinic.example',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '//evil.example',
  ),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.stringMatching(/^[a-z]{1,6}$/),
  anyText(4),
);
const markupLike = fc.array(markupPiece, { maxLength: 16 }).map((pieces) => pieces.join(''));
// Long texts are cut to 500 characters here (the parser's properties take them whole): a
// one-letter query in a long text is hundreds of <mark> elements, which happy-dom builds so
// slowly (about 2 ms each) that a few such runs would take seconds.
const anySource = fc.oneof(
  markupLike,
  hostileText.map((text) => text.slice(0, 500)),
  anyText(60),
);
/** A search query as the FAQ passes it: normalised, often a piece of the text itself. */
const highlightFor = (source: string) =>
  fc.oneof(
    fc.constant(''),
    fc
      .nat(source.length)
      .chain((start) =>
        fc.nat(12).map((length) => normalizeQuery(source.slice(start, start + length))),
      ),
    anyText(6).map((query) => normalizeQuery(query)),
  );

function renderMarkup(source: string, highlight = '', clinic = CLINIC): Element {
  return render(
    <InWidget clinic={clinic}>
      <SafeMarkup
        source={source}
        text={
          highlight
            ? (text) => <Highlighted text={text} marks={(t) => findMatches(t, highlight)} />
            : undefined
        }
      />
    </InWidget>,
  ).container;
}

/** Only the allowed elements; no event handler attributes; links only to safe schemes. */
function expectSafeDom(container: Element): void {
  for (const element of Array.from(container.querySelectorAll('*'))) {
    expect(ALLOWED.has(element.tagName), element.tagName).toBe(true);
    for (const attribute of Array.from(element.attributes)) {
      expect(attribute.name.toLowerCase().startsWith('on'), attribute.name).toBe(false);
      expect(element.tagName === 'A' && attribute.name === 'href', attribute.name).toBe(true);
    }
    if (element.tagName === 'A') {
      // As a browser reads the link; one it cannot parse goes nowhere.
      const href = element.getAttribute('href') ?? '';
      const protocol = URL.canParse(href) ? new URL(href).protocol : null;
      expect(protocol === null || SCHEMES.includes(protocol), href).toBe(true);
    }
  }
  expect(
    container.querySelector('script, img, iframe, svg, object, embed, style, link'),
  ).toBeNull();
}

/** Is `text` (whitespace aside) made of `source`'s characters, in order? */
function isSubsequence(text: string, source: string): boolean {
  const wanted = text.replace(/\s+/g, '');
  const from = source.replace(/\s+/g, '');
  let at = 0;
  // By UTF-16 code unit, so that lone surrogates count too.
  for (let i = 0; i < from.length; i += 1) if (from[i] === wanted[at]) at += 1;
  return at === wanted.length;
}

describe('SafeMarkup (properties)', () => {
  it('renders any source without throwing, as allowed elements and text only', () => {
    fc.assert(
      fc.property(
        anySource.chain((source) => fc.tuple(fc.constant(source), highlightFor(source))),
        ([source, highlight]) => {
          try {
            const container = renderMarkup(source, highlight);
            expectSafeDom(container);
            // The text is exactly the parsed text, placeholders filled, and highlighting adds
            // <mark> around some of it without adding or losing a character.
            const parsed = parseMarkup(source)
              .flatMap((block) => (block.type === 'p' ? block.children : block.items.flat()))
              .map((inline) => fillPlaceholders(inline.text, PLACEHOLDERS))
              .join('');
            expect(container.textContent).toBe(parsed);
            // Nothing is invented: what shows is the source's own characters, in order.
            expect(
              isSubsequence(container.textContent ?? '', fillPlaceholders(source, PLACEHOLDERS)),
            ).toBe(true);
          } finally {
            cleanup();
          }
        },
      ),
      RUNS,
    );
  });

  it('shows HTML and script URLs in plain text as the characters typed', () => {
    // No "*", "[", "{" or line breaks: nothing the parser reads as markup, so the text must
    // come out exactly as written (trimmed), entities and tags included.
    const plainPiece = fc.oneof(
      fc.constantFrom(...HOSTILE_STRINGS),
      fc.constantFrom(' ', '  ', '\t', '- ', '(x)', ']', ')'),
      anyText(6).map((text) => text.replace(/[*[{\r\n\u2028\u2029\u0085]/g, '')),
    );
    fc.assert(
      fc.property(fc.array(plainPiece, { maxLength: 8 }), (pieces) => {
        const source = pieces.join('');
        try {
          const container = renderMarkup(source);
          expectSafeDom(container);
          const trimmed = source.trim();
          const expected = trimmed.startsWith('- ') ? trimmed.slice(2).trim() : trimmed;
          expect(container.textContent).toBe(expected);
          for (const piece of pieces)
            if ((HOSTILE_STRINGS as readonly string[]).includes(piece) && piece.trim())
              expect(container.textContent).toContain(piece.trim());
          expect(container.querySelectorAll('*').length).toBe(
            !expected ? 0 : trimmed.startsWith('- ') ? 2 : 1,
          );
        } finally {
          cleanup();
        }
      }),
      RUNS,
    );
  });

  it('fills a hostile clinic name in as text', () => {
    fc.assert(
      fc.property(hostileText, markupLike, (clinic, around) => {
        const source = `Contact {{clinic}} today. ${around}`;
        try {
          const container = renderMarkup(source, '', clinic);
          expectSafeDom(container);
          if (clinic.trim()) expect(container.textContent).toContain(clinic);
        } finally {
          cleanup();
        }
      }),
      RUNS,
    );
  });
});
