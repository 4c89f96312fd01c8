import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseLanguage, matchLocale } from './locale-match';
import { DEFAULT_LOCALE, PSEUDO_LOCALES, SHIPPED_LOCALES } from '../i18n/locales';
import { anyText, hostileText, mixedCase } from '../../test/unit/arbitraries';

/*
 * Properties of language matching: whatever the page, the admin or the browser asks for, the
 * widget ends up in a language it ships, and never throws while choosing it.
 */

const RUNS = { numRuns: 500 };

/**
 * Tags shaped like BCP 47 (language, script, region, variants, extensions, private use), with
 * "_" for "-" and any letter case, from languages we ship, their relatives and strangers.
 */
const bcp47Like: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.constantFrom('en', 'es', 'zh', 'vi', 'ko', 'tl', 'fil', 'ru', 'ar', 'fr', 'de', 'pt'),
      fc.constantFrom('ja', 'he', 'iw', 'in', 'id', 'und', 'root', 'i-klingon', 'x', 'yue'),
      fc.stringMatching(/^[a-z]{2,3}$/),
      fc.stringMatching(/^[a-z0-9]{0,9}$/),
    ),
    fc.option(
      fc.oneof(
        fc.constantFrom('Hans', 'Hant', 'Latn', 'Cyrl', 'Arab'),
        fc.stringMatching(/^[a-z]{4}$/),
      ),
    ),
    fc.option(
      fc.oneof(
        fc.constantFrom('US', 'MX', 'BR', 'PT', 'CN', 'TW', 'HK', 'SG', '419', 'XA'),
        fc.stringMatching(/^([a-z]{2}|[0-9]{3})$/),
      ),
    ),
    fc.array(
      fc.oneof(
        fc.stringMatching(/^[a-z0-9]{1,8}$/),
        fc.constantFrom('u-ca-buddhist', 'x-private', 'u-', '-', ''),
      ),
      { maxLength: 2 },
    ),
    fc.constantFrom('-', '_'),
  )
  .map(([language, script, region, rest, separator]) =>
    [language, script, region, ...rest].filter((part) => part !== null).join(separator),
  )
  .chain(mixedCase);

/** Anything at all, tag-like or not. */
const requestedTag = fc.oneof(
  bcp47Like,
  fc.constantFrom(...SHIPPED_LOCALES, ...PSEUDO_LOCALES).chain(mixedCase),
  anyText(20),
  hostileText,
);

const isShipped = (tag: string | null): boolean => tag !== null && SHIPPED_LOCALES.includes(tag);

describe('matchLocale (properties)', () => {
  it('never throws, and answers with a shipped locale or null', () => {
    fc.assert(
      fc.property(fc.array(requestedTag, { maxLength: 5 }), (requested) => {
        const locale = matchLocale(requested, SHIPPED_LOCALES);
        expect(locale === null || isShipped(locale), String(locale)).toBe(true);
      }),
      RUNS,
    );
  });

  it('only ever answers with a tag from the list it is given', () => {
    // Clinics' own content offers any tags, including ones that are not BCP 47 at all.
    const offered = fc.uniqueArray(fc.oneof(requestedTag, fc.constantFrom(...SHIPPED_LOCALES)), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.array(requestedTag, { maxLength: 4 }), offered, (requested, shipped) => {
        const locale = matchLocale(requested, shipped);
        expect(locale === null || shipped.includes(locale)).toBe(true);
      }),
      RUNS,
    );
  });

  it('matches a shipped tag, in any letter case, to itself', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...SHIPPED_LOCALES)
          .chain((tag) => fc.tuple(fc.constant(tag), mixedCase(tag))),
        ([tag, written]) => {
          expect(matchLocale([written], SHIPPED_LOCALES)).toBe(tag);
        },
      ),
      RUNS,
    );
  });

  it('lets an exact tag win over a language-and-script match, wherever it is offered', () => {
    // "pt-PT" offered before "pt-BR" would match "pt-br" by language; the exact tag must win.
    fc.assert(
      fc.property(
        fc
          .constantFrom(...SHIPPED_LOCALES)
          .chain((tag) => fc.tuple(fc.constant(tag), mixedCase(tag))),
        fc.array(bcp47Like, { maxLength: 4 }),
        fc.array(requestedTag, { maxLength: 3 }),
        ([tag, written], others, later) => {
          const shipped = [
            ...others.filter((other) => other.toLowerCase() !== tag.toLowerCase()),
            tag,
          ];
          expect(matchLocale([written, ...later], shipped)).toBe(tag);
        },
      ),
      RUNS,
    );
  });

  it('tries requested tags in order: tags that match nothing do not change the answer', () => {
    fc.assert(
      fc.property(
        fc.array(requestedTag, { maxLength: 4 }),
        fc.array(requestedTag, { maxLength: 4 }),
        (unmatched, requested) => {
          const misses = unmatched.filter((tag) => matchLocale([tag], SHIPPED_LOCALES) === null);
          expect(matchLocale([...misses, ...requested], SHIPPED_LOCALES)).toBe(
            matchLocale(requested, SHIPPED_LOCALES),
          );
          const first = requested.find((tag) => matchLocale([tag], SHIPPED_LOCALES) !== null);
          expect(matchLocale(requested, SHIPPED_LOCALES)).toBe(
            first === undefined ? null : matchLocale([first], SHIPPED_LOCALES),
          );
        },
      ),
      RUNS,
    );
  });
});

describe('chooseLanguage (properties)', () => {
  it('always chooses a shipped locale, and says which source decided', () => {
    fc.assert(
      fc.property(
        fc.option(requestedTag),
        fc.option(requestedTag),
        fc.array(requestedTag, { maxLength: 4 }),
        (option, documentLang, browser) => {
          const choice = chooseLanguage(
            { option, documentLang, browser },
            SHIPPED_LOCALES,
            DEFAULT_LOCALE,
          );
          expect(isShipped(choice.locale), choice.locale).toBe(true);
          expect(['option', 'document', 'browser', 'default']).toContain(choice.from);
          // A request we cannot serve is reported; the default then stands in.
          if (choice.unmatched !== null) expect(choice.locale).toBe(DEFAULT_LOCALE);
          if (option) expect(choice.from).toBe('option');
        },
      ),
      RUNS,
    );
  });
});
