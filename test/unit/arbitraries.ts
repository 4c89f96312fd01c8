import fc from 'fast-check';

/**
 * Inputs shared by the property tests (src/**\/*.property.test.ts): what a careless or hostile
 * page, admin or translator could hand the widget. Kept in one place so every parser meets the
 * same nasty strings.
 */

/** Markup, script URLs, entities, prototype names, and characters that break naive code. */
export const HOSTILE_STRINGS = [
  '"><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '</p><p onclick="alert(1)">',
  '<!-- x -->',
  'javascript:alert(1)',
  '&lt;b&gt;',
  '&#60;script&#62;',
  ']]>',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '\u0000',
  '\u202e',
  '\ufeff',
  '\u2028',
  '\ud800',
  '\udfff',
  '\ud83d',
  '💊',
  'e\u0301',
] as const;

/** One UTF-16 code unit that is half of a surrogate pair, alone. */
export const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));

/** Any character: ASCII (most of the time), any code point, or a lone surrogate. */
const anyChar = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: loneSurrogate },
);

/** Any UTF-16 text, lone surrogates and control characters included. */
export const anyText = (maxLength = 40): fc.Arbitrary<string> =>
  fc.string({ unit: anyChar, maxLength });

/** A short piece repeated to thousands of characters: cheap to generate, costly to mishandle. */
export const longText: fc.Arbitrary<string> = fc
  .tuple(
    fc.string({ unit: anyChar, minLength: 1, maxLength: 6 }),
    fc.integer({ min: 1_000, max: 20_000 }),
  )
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

/** Hostile strings alone, glued to each other and to any text, or very long. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  anyText(),
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), anyText(8)), {
      minLength: 1,
      maxLength: 6,
    })
    .map((parts) => parts.join('')),
  longText,
);

/** Keys that collide with Object.prototype when code uses plain objects as maps. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
] as const;

/**
 * A record built from entries with defineProperty, so that "__proto__" becomes an own key (as
 * JSON.parse makes it) instead of replacing the prototype.
 */
export const recordOf = <V>(entries: readonly (readonly [string, V])[]): Record<string, V> => {
  const record: Record<string, V> = {};
  for (const [key, value] of entries)
    Object.defineProperty(record, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return record;
};

/** Every value JavaScript code could pass where a string is expected. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.array(hostileText, { maxLength: 4 }),
  fc.anything({
    maxDepth: 2,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
  }),
  fc.constant(Symbol('option')),
  fc.constant(() => 'a function'),
);

/** `text` with each letter upper- or lower-cased at random. */
export const mixedCase = (text: string): fc.Arbitrary<string> => fc.mixedCase(fc.constant(text));
