import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../styles/color';
import { OPTION_KEYS, readAttributeOptions, type OptionSource } from './options';
import { meantOption, parseWithWarnings } from './option-warnings';
import {
  COLOR_SCHEMES,
  LAUNCHER_POSITIONS,
  MODES,
  DEFAULT_OPTIONS,
  SECTION_IDS,
  toAttributeName,
  type WidgetOptions,
} from '../shared/option-types';
import {
  HOSTILE_STRINGS,
  PROTOTYPE_KEYS,
  anyText,
  anyValue,
  hostileText,
  mixedCase,
  recordOf,
} from '../../test/unit/arbitraries';

/*
 * Properties of the option parser: whatever a page puts in data-* attributes or passes to the
 * JS API, parsing never throws, yields only values the widget can use, and names every input
 * it leaves out. The accepted forms are written out again here, from the README's option
 * table, rather than imported, so that a loosened pattern in options.ts fails these tests.
 */

const RUNS = { numRuns: 300 };
const source = fc.constantFrom<OptionSource>('attribute', 'option');
const SITE = new URL('https://site.example/widget/page.html');

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const PHONE = /^\+?[0-9\s().-]{3,30}$/;
const isHttpsHref = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.href === value;
  } catch {
    return false;
  }
};
/** "/x" or "./x" that a browser resolves to this page's own site (never another host). */
const isPathOnSite = (value: string): boolean => {
  if (!/^\.?\//.test(value)) return false;
  try {
    return new URL(value, SITE).origin === SITE.origin;
  } catch {
    return false;
  }
};

/** Throws (with the field's name) unless `value` is acceptable for `key`. */
function expectValid<K extends keyof WidgetOptions>(key: K, value: WidgetOptions[K]): void {
  const v = value as unknown;
  const nullOr = (check: (s: string) => boolean) =>
    v === null || (typeof v === 'string' && check(v));
  const ok: Record<keyof WidgetOptions, () => boolean> = {
    sections: () =>
      Array.isArray(v) &&
      v.length > 0 &&
      new Set(v).size === v.length &&
      v.every((id) => (SECTION_IDS as readonly unknown[]).includes(id)),
    lang: () => nullOr((s) => LANGUAGE_TAG.test(s)),
    clinicName: () =>
      nullOr((s) => s.length > 0 && s.length <= 120 && s === s.trim() && !/\s\s|[^\S ]/.test(s)),
    clinicPhone: () => nullOr((s) => PHONE.test(s) && s.replace(/\D/g, '').length >= 3),
    emergencyNumber: () => nullOr((s) => PHONE.test(s) && s.replace(/\D/g, '').length >= 3),
    bookingUrl: () => nullOr(isHttpsHref),
    country: () => nullOr((s) => /^[A-Z]{2}$/.test(s)),
    contentUrl: () => nullOr((s) => isHttpsHref(s) || isPathOnSite(s)),
    contentId: () => nullOr((s) => /^[A-Za-z][\w:.-]{0,100}$/.test(s)),
    accent: () =>
      v === null ||
      (typeof v === 'object' &&
        Object.keys(v as object)
          .sort()
          .join() === 'b,g,r' &&
        Object.values(v as object).every((c) => Number.isInteger(c) && c >= 0 && c <= 255)),
    colorScheme: () => (COLOR_SCHEMES as readonly unknown[]).includes(v),
    headingLevel: () => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 6,
    deepLinkPrefix: () => typeof v === 'string' && /^[A-Za-z][\w-]{0,30}$/.test(v),
    updateUrl: () => typeof v === 'boolean',
    structuredData: () => typeof v === 'boolean',
    nonce: () => nullOr((s) => /^[A-Za-z0-9+/_=-]{1,200}$/.test(s)),
    mode: () => (MODES as readonly unknown[]).includes(v),
    launcherPosition: () => (LAUNCHER_POSITIONS as readonly unknown[]).includes(v),
    zIndex: () => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 2147483647,
    launcherOffset: () => {
      const offset = v as { inline?: unknown; block?: unknown };
      const length = (x: unknown) => {
        const match = typeof x === 'string' && /^(\d{1,3}(?:\.\d{1,2})?)(px|rem|em)$/.exec(x);
        return !!match && Number(match[1]) * (match[2] === 'px' ? 1 : 16) <= 400;
      };
      return typeof v === 'object' && v !== null && length(offset.inline) && length(offset.block);
    },
    lazy: () => typeof v === 'boolean',
  };
  expect(ok[key](), `${key}: ${JSON.stringify(v)}`).toBe(true);
}

function expectValidOptions(options: Partial<WidgetOptions>): void {
  for (const key of Object.keys(options)) {
    expect(OPTION_KEYS).toContain(key);
    expectValid(key as keyof WidgetOptions, options[key as keyof WidgetOptions]!);
  }
  const merged: WidgetOptions = { ...DEFAULT_OPTIONS, ...options };
  for (const key of OPTION_KEYS) expectValid(key, merged[key]);
}

/** How the parser names an option in its warnings. */
const nameOf = (key: string, from: OptionSource): string =>
  from === 'attribute' ? toAttributeName(key) : `option "${key}"`;

/**
 * The start of `key`, short enough to survive a shortened warning, without a split surrogate
 * pair at its end (a warning may escape half a pair differently from a whole one).
 */
const startOf = (key: string): string => {
  const start = key.slice(0, 40);
  return /[\ud800-\udbff]$/.test(start) ? start.slice(0, -1) : start;
};
/** Does `warning` name `key`, as written or as JSON escapes it? */
const names = (warning: string, key: string, from: OptionSource): boolean => {
  const start = startOf(key);
  const escaped = JSON.stringify(start).slice(1, -1);
  return from === 'attribute'
    ? warning.includes(toAttributeName(start)) || warning.includes(toAttributeName(escaped))
    : warning.includes(start) || warning.includes(escaped);
};

/** Known option names, prototype names, and anything else; "__proto__" as an own key. */
const anyKey = fc.oneof(
  fc.constantFrom(...OPTION_KEYS),
  fc.constantFrom(...PROTOTYPE_KEYS),
  anyText(20),
  hostileText,
);

/** Values shaped like what each option accepts, near misses included. */
const plausibleValue: Record<keyof WidgetOptions, fc.Arbitrary<unknown>> = {
  sections: fc.oneof(
    fc.array(fc.constantFrom(...SECTION_IDS, 'videos', '', 'FAQ', '__proto__'), { maxLength: 5 }),
    fc
      .array(fc.constantFrom(...SECTION_IDS, 'videos', ' ', ',', 'Quiz', 'constructor'), {
        maxLength: 6,
      })
      .map((parts) => parts.join(' ')),
  ),
  lang: fc.oneof(fc.stringMatching(/^[a-zA-Z]{1,4}([-_][a-zA-Z0-9]{0,9}){0,3}$/), anyText(10)),
  clinicName: fc.oneof(anyText(130), fc.string({ minLength: 110, maxLength: 130 })),
  clinicPhone: fc.stringMatching(/^[+]?[0-9 ().a-z-]{0,32}$/),
  emergencyNumber: fc.stringMatching(/^[+]?[0-9 ().-]{0,6}$/),
  bookingUrl: fc.oneof(
    fc.webUrl({ validSchemes: ['https', 'http'] }),
    fc.constantFrom(
      'javascript:alert(1)',
      'https://',
      'https:x',
      'HTTPS://CLINIC.EXAMPLE',
      ' https://a.example/ ',
    ),
  ),
  country: fc.stringMatching(/^[a-zA-Z]{0,3}$/),
  // Pieces a path or URL is made of, including ones URL parsers read specially: a
  // backslash is a slash and tabs and newlines are dropped in http(s) URLs.
  contentUrl: fc
    .array(
      fc.constantFrom(
        '/',
        '//',
        './',
        '\\',
        '.',
        'evil.example',
        'x.json',
        '\t',
        '\n',
        ' ',
        'https:',
        'http:',
        '%2F',
        '@',
        '?',
        '#',
      ),
      { maxLength: 6 },
    )
    .map((parts) => parts.join('')),
  contentId: fc.stringMatching(/^[A-Za-z#0-9][\w:.# -]{0,10}$/),
  accent: fc.oneof(
    fc.stringMatching(/^#[0-9a-fA-Fg]{0,9}$/),
    fc
      .tuple(
        fc.constantFrom('rgb', 'rgba', 'hsl', 'hsla', 'RGB', 'lab'),
        fc.array(fc.stringMatching(/^-?[0-9.]{0,4}(%|deg)?$/), { maxLength: 5 }),
        fc.constantFrom(' ', ',', ', ', ' / '),
      )
      .map(([name, parts, separator]) => `${name}(${parts.join(separator)})`),
    fc.constantFrom('teal', 'red; background: url(x)', 'currentcolor', 'javascript:alert(1)'),
    // Long runs of digits, dots, spaces and commas: a colour function that is nearly right
    // for thousands of characters.
    fc
      .tuple(
        fc.constantFrom('rgb(', 'hsl(', 'rgba('),
        fc.array(
          fc.tuple(fc.constantFrom('1', '.', ' ', ',', '%'), fc.integer({ min: 1, max: 3_000 })),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.constantFrom('x', ')', ''),
      )
      .map(([start, runs, end]) => `${start}${runs.map(([c, n]) => c.repeat(n)).join('')}${end}`),
  ),
  colorScheme: fc.oneof(fc.constantFrom(...COLOR_SCHEMES, 'sepia', 'DARK ', ''), anyText(6)),
  headingLevel: fc.oneof(
    fc.integer({ min: -2, max: 9 }),
    fc.double(),
    fc.constantFrom('1', '6', ' 3 ', '2.5', '0', '7', '', '1e0', 'Infinity', 'NaN'),
  ),
  deepLinkPrefix: fc.stringMatching(/^[A-Za-z#0-9 ][\w# -]{0,33}$/),
  updateUrl: fc.oneof(
    fc.boolean(),
    fc.constantFrom('', 'true', 'FALSE', 'on', 'no', 'maybe', ' yes '),
  ),
  structuredData: fc.oneof(fc.boolean(), fc.constantFrom('', 'true', 'False', 'off', '1', 'ja')),
  nonce: fc.stringMatching(/^[A-Za-z0-9+/_=" <>-]{0,12}$/),
  mode: fc.oneof(fc.constantFrom(...MODES, ' Launcher', 'popup', ''), anyText(8)),
  launcherPosition: fc.constantFrom(...LAUNCHER_POSITIONS, 'top-left', 'Bottom-Left ', ''),
  zIndex: fc.oneof(
    fc.integer({ min: -5, max: 2 ** 31 + 5 }),
    fc.double(),
    fc.constantFrom('', ' 10 ', '1e3', '-1', '2147483648', '0x10'),
  ),
  // Lengths and near misses: units we refuse, too many values, too far.
  launcherOffset: fc
    .array(fc.stringMatching(/^[0-9.]{0,5}(px|rem|em|vh|%|PX)?$/), { maxLength: 3 })
    .map((parts) => parts.join(' ')),
  lazy: fc.oneof(fc.boolean(), fc.constantFrom('', 'true', 'later', 'OFF', ' no ')),
};

const optionEntry: fc.Arbitrary<readonly [string, unknown]> = fc.oneof(
  fc
    .constantFrom(...OPTION_KEYS)
    .chain((key) => fc.tuple(fc.constant(key), fc.oneof(plausibleValue[key], anyValue))),
  fc.tuple(anyKey, anyValue),
);
const rawOptions = fc.array(optionEntry, { maxLength: 8 }).map(recordOf);

/** A value as given, and the option it must parse to. */
const pair = <T>(given: unknown, parsed: T): [unknown, T] => [given, parsed];

/** An accepted value written back as its attribute text. */
const toAttributeText = (key: keyof WidgetOptions, value: unknown): string => {
  if (value === null) return '';
  if (key === 'sections') return (value as string[]).join(' ');
  if (key === 'accent') return toHex(value as { r: number; g: number; b: number });
  if (key === 'launcherOffset') {
    const { inline, block } = value as { inline: string; block: string };
    return `${inline} ${block}`;
  }
  return String(value);
};

describe('parseOptions with its warnings (properties)', () => {
  it('never throws, and keeps only valid values for known options', () => {
    fc.assert(
      fc.property(rawOptions, source, (raw, from) => {
        const { options, warnings } = parseWithWarnings(raw, from);
        expectValidOptions(options);
        expect(warnings.every((warning) => typeof warning === 'string')).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives each option a valid value or a warning, for values shaped like its own', () => {
    // Near misses of each option's own form reach the corners of its parser that random
    // text seldom does.
    fc.assert(
      fc.property(
        fc
          .constantFrom(...OPTION_KEYS)
          .chain((key) => fc.tuple(fc.constant(key), plausibleValue[key])),
        source,
        ([key, value], from) => {
          const { options, warnings } = parseWithWarnings(recordOf([[key, value]]), from);
          expectValidOptions(options);
          if (!(key in options)) expect(warnings).toHaveLength(1);
        },
      ),
      { numRuns: 600 },
    );
  });

  it("accepts a content path only when it stays on the page's own site", () => {
    fc.assert(
      fc.property(plausibleValue.contentUrl, source, (value, from) => {
        const { options, warnings } = parseWithWarnings({ contentUrl: value }, from);
        expectValidOptions(options);
        if (!('contentUrl' in options)) expect(warnings).toHaveLength(1);
      }),
      { numRuns: 500 },
    );
  });

  it('warns once about every unknown or invalid input, naming it', () => {
    fc.assert(
      fc.property(rawOptions, source, (raw, from) => {
        const { options, warnings } = parseWithWarnings(raw, from);
        const given = Object.keys(raw).filter((key) => raw[key] !== undefined && raw[key] !== null);
        for (const key of given) {
          const known = (OPTION_KEYS as readonly string[]).includes(key);
          const about = warnings.filter((warning) =>
            known ? warning.startsWith(`${nameOf(key, from)}=`) : warning.startsWith('Unknown '),
          );
          if (!known) {
            // On a container, an attribute that looks like no option is the page's own.
            const meant = from === 'option' || meantOption(key) !== null;
            expect(
              about.some((warning) => names(warning, key, from)),
              key,
            ).toBe(meant);
          } else if (!(key in options)) {
            expect(about, key).toHaveLength(1);
            expect(about[0]).toContain('Accepted:');
          } else {
            expect(about.length, key).toBeLessThanOrEqual(1);
          }
        }
        // Nothing else is warned about: at most one warning per input.
        expect(warnings.length).toBeLessThanOrEqual(given.length);
      }),
      RUNS,
    );
  });

  it('keeps every warning short, however long or numerous the bad inputs', () => {
    // quote() shortens values "so hostile strings cannot flood the console"; names of
    // unknown options and lists of unknown sections must not flood it either.
    const many = fc
      .array(fc.oneof(anyText(70), fc.constantFrom(...HOSTILE_STRINGS)), {
        minLength: 1,
        maxLength: 300,
      })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.tuple(fc.oneof(anyKey, fc.string({ minLength: 200, maxLength: 2_000 })), anyValue),
            fc.tuple(fc.constant('sections'), many),
          ),
          { maxLength: 4 },
        ),
        source,
        (entries, from) => {
          for (const warning of parseWithWarnings(recordOf(entries), from).warnings)
            expect(warning.length).toBeLessThan(1_000);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same options from attributes and from the JS API', () => {
    fc.assert(
      fc.property(rawOptions, (raw) => {
        // Attributes are always text: compare with the API given the same text.
        const asText = recordOf(
          Object.keys(raw)
            .filter((key) => typeof raw[key] === 'string')
            .map((key) => [key, raw[key] as string] as const),
        );
        const fromAttributes = parseWithWarnings(asText, 'attribute');
        const fromApi = parseWithWarnings(asText, 'option');
        expect(fromApi.options).toEqual(fromAttributes.options);
        const aboutValues = (warnings: string[]) =>
          warnings.filter((w) => !w.startsWith('Unknown '));
        expect(aboutValues(fromApi.warnings)).toHaveLength(
          aboutValues(fromAttributes.warnings).length,
        );
        // Unknown names: the API warns about each; attributes only about likely misspellings.
        const unknown = Object.keys(asText).filter(
          (key) => !(OPTION_KEYS as readonly string[]).includes(key),
        );
        expect(fromApi.warnings.length - aboutValues(fromApi.warnings).length).toBe(unknown.length);
        expect(fromAttributes.warnings.length - aboutValues(fromAttributes.warnings).length).toBe(
          unknown.filter((key) => meantOption(key) !== null).length,
        );
      }),
      RUNS,
    );
  });

  it('round-trips every accepted value: written back as text, it parses to itself', () => {
    fc.assert(
      fc.property(rawOptions, source, (raw, from) => {
        const { options } = parseWithWarnings(raw, from);
        const written = recordOf(
          (Object.keys(options) as (keyof WidgetOptions)[]).map(
            (key) => [key, toAttributeText(key, options[key])] as const,
          ),
        );
        expect(parseWithWarnings(written, 'attribute')).toEqual({ options, warnings: [] });
      }),
      RUNS,
    );
  });

  it('accepts every value of the documented forms as it is', () => {
    const valid: { [K in keyof WidgetOptions]: fc.Arbitrary<[unknown, WidgetOptions[K]]> } = {
      sections: fc
        .uniqueArray(fc.constantFrom(...SECTION_IDS), { minLength: 1 })
        .chain((ids) =>
          fc.constantFrom<[unknown, WidgetOptions['sections']]>(
            [ids.join(' '), ids],
            [ids.join(','), ids],
            [ids, ids],
          ),
        ),
      lang: fc
        .stringMatching(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}$/)
        .map((tag) => pair(tag, tag)),
      clinicName: fc
        .stringMatching(/^[^\s<]{1,10}( [^\s]{1,10}){0,8}$/)
        .map((name) => pair(`  ${name.replace(/ /g, ' \n\t ')} `, name)),
      clinicPhone: fc
        .stringMatching(/^\+?[0-9]{3,4}( ?[(]?[0-9]{2,4}[)]?[ .-]?){0,2}$/)
        .map((phone) => pair(phone, phone.trim())),
      emergencyNumber: fc.stringMatching(/^[0-9]{3,6}$/).map((number) => pair(number, number)),
      bookingUrl: fc
        .webUrl({ validSchemes: ['https'] })
        .map((url) => pair(` ${url} `, new URL(url).href)),
      country: fc
        .constantFrom(
          'US',
          'GB',
          'DE',
          'AU',
          'FR',
          'ES',
          'MX',
          'BR',
          'JP',
          'KR',
          'VN',
          'PH',
          'NZ',
          'CA',
        )
        .chain((code) => mixedCase(code).map((written) => pair(written, code))),
      contentUrl: fc.oneof(
        fc.webUrl({ validSchemes: ['https'] }).map((url) => pair(url, new URL(url).href)),
        fc
          .stringMatching(/^\.?\/[a-z0-9_-]{1,12}(\/[a-z0-9_.-]{1,12}){0,3}\.json$/)
          .map((path) => pair(path, path)),
      ),
      contentId: fc.stringMatching(/^[A-Za-z][\w:.-]{0,100}$/).map((id) => pair(id, id)),
      accent: fc
        .record({
          r: fc.integer({ min: 0, max: 255 }),
          g: fc.integer({ min: 0, max: 255 }),
          b: fc.integer({ min: 0, max: 255 }),
        })
        .chain((rgb) =>
          fc.constantFrom<[unknown, WidgetOptions['accent']]>(
            [toHex(rgb), rgb],
            [toHex(rgb).toUpperCase(), rgb],
            [`rgb(${rgb.r} ${rgb.g} ${rgb.b})`, rgb],
            [`rgba(${rgb.r}, ${rgb.g}, ${rgb.b}, 0.5)`, rgb],
          ),
        ),
      colorScheme: fc
        .constantFrom(...COLOR_SCHEMES)
        .chain((scheme) => mixedCase(scheme).map((written) => pair(` ${written}`, scheme))),
      headingLevel: fc
        .integer({ min: 1, max: 6 })
        .chain((level) =>
          fc.constantFrom<[unknown, number]>(
            [level, level],
            [String(level), level],
            [` ${level} `, level],
          ),
        ),
      deepLinkPrefix: fc
        .stringMatching(/^[A-Za-z][\w-]{0,30}$/)
        .map((prefix) => pair(prefix, prefix)),
      updateUrl: fc
        .boolean()
        .chain((on) =>
          fc.constantFrom<[unknown, boolean]>([on, on], [String(on), on], [on ? '' : 'false', on]),
        ),
      structuredData: fc
        .boolean()
        .chain((on) =>
          fc.constantFrom<[unknown, boolean]>(
            [on, on],
            [on ? 'yes' : 'no', on],
            [on ? 'ON' : 'Off', on],
          ),
        ),
      nonce: fc.stringMatching(/^[A-Za-z0-9+/_=-]{1,200}$/).map((nonce) => pair(nonce, nonce)),
      mode: fc
        .constantFrom(...MODES)
        .chain((mode) => mixedCase(mode).map((written) => pair(written, mode))),
      launcherPosition: fc
        .constantFrom(...LAUNCHER_POSITIONS)
        .chain((position) => mixedCase(position).map((written) => pair(` ${written} `, position))),
      zIndex: fc
        .integer({ min: 0, max: 2147483647 })
        .chain((z) => fc.constantFrom<[unknown, number]>([z, z], [String(z), z], [` ${z}`, z])),
      launcherOffset: fc
        .tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 25 }))
        .chain(([px, rem]) =>
          fc.constantFrom<[unknown, WidgetOptions['launcherOffset']]>(
            [`${px}`, { inline: `${px}px`, block: `${px}px` }],
            [`${px}px ${rem}rem`, { inline: `${px}px`, block: `${rem}rem` }],
            [` ${rem}EM `, { inline: `${rem}em`, block: `${rem}em` }],
          ),
        ),
      lazy: fc
        .boolean()
        .chain((on) =>
          fc.constantFrom<[unknown, boolean]>([on, on], [String(on), on], [on ? '' : 'off', on]),
        ),
    };
    fc.assert(
      fc.property(fc.record(valid, { requiredKeys: [] }), source, (given, from) => {
        const keys = Object.keys(given) as (keyof WidgetOptions)[];
        const raw = recordOf(keys.map((key) => [key, given[key]![0]] as const));
        const expected = Object.fromEntries(keys.map((key) => [key, given[key]![1]]));
        expect(parseWithWarnings(raw, from)).toEqual({ options: expected, warnings: [] });
      }),
      RUNS,
    );
  });
});

describe('readAttributeOptions (properties)', () => {
  /** Names an element can carry: ours, near misses, prototype names, digits, dashes. */
  const attributeName = fc.oneof(
    fc.constantFrom(...OPTION_KEYS).map(toAttributeName),
    fc.constantFrom(...PROTOTYPE_KEYS).map((key) => `data-${key.toLowerCase()}`),
    fc.constantFrom(
      'data-to-string',
      'data-clinic-widget',
      'data-',
      'data--x',
      'data-color-scheme-',
    ),
    fc.stringMatching(/^data-[a-z0-9_-]{0,16}$/),
    fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
  );

  /** An element with only the attribute `name` (its key, as the parser reads it). */
  const one = (name: string) => {
    const element = document.createElement('div');
    element.setAttribute(name, '');
    return element;
  };

  it('reads every data-* attribute into an option, a warning that names it, or nothing when it looks like no option', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(attributeName, fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), anyText(20))),
          {
            selector: ([name]) => name,
            maxLength: 6,
          },
        ),
        (attributes) => {
          const element = document.createElement('div');
          for (const [name, value] of attributes) element.setAttribute(name, value);
          const { options, warnings } = parseWithWarnings(
            readAttributeOptions(element),
            'attribute',
          );
          expectValidOptions(options);
          for (const [name] of attributes) {
            if (!name.startsWith('data-') || name === 'data-clinic-widget') continue;
            const used = Object.keys(options).some((key) => toAttributeName(key) === name);
            const named = warnings.some(
              (warning) => warning.includes(`${name} `) || warning.includes(`${name}=`),
            );
            const key = Object.keys(readAttributeOptions(one(name))).find(Boolean) ?? '';
            const known = (OPTION_KEYS as readonly string[]).includes(key);
            if (!used) expect(named, name).toBe(known || meantOption(key) !== null);
          }
        },
      ),
      RUNS,
    );
  });
});
