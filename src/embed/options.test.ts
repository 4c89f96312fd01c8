import { describe, expect, it, vi } from 'vitest';
import { readAttributeOptions, OPTION_ATTRIBUTES } from './options';
import { parseWithWarnings } from './option-warnings';
import { readSerializedColor } from './resolve-color';
import { parseColor } from '../styles/parse-color';
import { toAttributeName } from '../shared/option-types';

describe('parseOptions with its warnings', () => {
  it('reads every documented attribute', () => {
    const { options, warnings } = parseWithWarnings(
      {
        sections: 'quiz faq',
        lang: 'es-MX',
        clinicName: '  Riverside   Clinic ',
        clinicPhone: '+1 (555) 010-0100',
        accent: '#0b6e69',
        colorScheme: 'DARK',
        nonce: 'abc123==',
      },
      'attribute',
    );
    expect(warnings).toEqual([]);
    expect(options).toEqual({
      sections: ['quiz', 'faq'],
      lang: 'es-MX',
      clinicName: 'Riverside Clinic',
      clinicPhone: '+1 (555) 010-0100',
      accent: { r: 11, g: 110, b: 105 },
      colorScheme: 'dark',
      nonce: 'abc123==',
    });
  });

  it('reads the clinic details', () => {
    const { options, warnings } = parseWithWarnings(
      {
        bookingUrl: 'https://clinic.example/book?x=1',
        country: 'gb',
        emergencyNumber: '999',
        contentUrl: '/widget/content.json',
        contentId: 'clinic-content',
      },
      'attribute',
    );
    expect(warnings).toEqual([]);
    expect(options).toEqual({
      bookingUrl: 'https://clinic.example/book?x=1',
      country: 'GB',
      emergencyNumber: '999',
      contentUrl: '/widget/content.json',
      contentId: 'clinic-content',
    });
  });

  it('knows the countries of the emergency-number table without loading region names', () => {
    // The first Intl.DisplayNames costs tens of ms in the widget's first long task.
    const displayNames = vi.spyOn(Intl, 'DisplayNames');
    try {
      expect(parseWithWarnings({ country: 'us' }, 'attribute').options).toEqual({ country: 'US' });
      expect(displayNames).not.toHaveBeenCalled();
    } finally {
      displayNames.mockRestore();
    }
    // Other well-formed codes are still checked against the platform's list.
    expect(parseWithWarnings({ country: 'NP' }, 'attribute')).toEqual({
      options: { country: 'NP' },
      warnings: [],
    });
    expect(parseWithWarnings({ country: 'XX' }, 'attribute').warnings).toHaveLength(1);
  });

  it('reads the FAQ options, with boolean attributes present or "true"/"false"', () => {
    const { options, warnings } = parseWithWarnings(
      { headingLevel: '3', deepLinkPrefix: 'q-', updateUrl: '', structuredData: 'false' },
      'attribute',
    );
    expect(warnings).toEqual([]);
    expect(options).toEqual({
      headingLevel: 3,
      deepLinkPrefix: 'q-',
      updateUrl: true,
      structuredData: false,
    });
    expect(parseWithWarnings({ structuredData: true, headingLevel: 4 }, 'option').options).toEqual({
      structuredData: true,
      headingLevel: 4,
    });
  });

  it('reads the launcher and lazy-loading options', () => {
    const { options, warnings } = parseWithWarnings(
      {
        mode: 'Launcher',
        launcherPosition: 'bottom-left',
        zIndex: '1000',
        launcherOffset: '16 88px',
        lazy: '',
      },
      'attribute',
    );
    expect(warnings).toEqual([]);
    expect(options).toEqual({
      mode: 'launcher',
      launcherPosition: 'bottom-left',
      zIndex: 1000,
      launcherOffset: { inline: '16px', block: '88px' },
      lazy: true,
    });
    expect(parseWithWarnings({ launcherOffset: '1.5rem', zIndex: 0 }, 'option').options).toEqual({
      launcherOffset: { inline: '1.5rem', block: '1.5rem' },
      zIndex: 0,
    });
  });

  it('accepts sections as an array from the JS API and drops repeats', () => {
    expect(
      parseWithWarnings({ sections: ['faq', 'faq', 'compare'] }, 'option').options.sections,
    ).toEqual(['faq', 'compare']);
  });

  it('uses every section when the attribute is empty', () => {
    expect(parseWithWarnings({ sections: '  ' }, 'attribute').options.sections).toEqual([
      'faq',
      'compare',
      'quiz',
    ]);
  });

  it('keeps known sections and warns once about unknown ones', () => {
    const { options, warnings } = parseWithWarnings({ sections: 'faq videos' }, 'attribute');
    expect(options.sections).toEqual(['faq']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('data-sections="faq videos"');
    expect(warnings[0]).toContain('"videos"');
    expect(warnings[0]).toContain('faq compare quiz');
  });

  it.each([
    ['accent', 'javascript:alert(1)', 'data-accent'],
    ['accent', 'red; background: url(x)', 'data-accent'],
    ['clinicPhone', '<img src=x onerror=alert(1)>', 'data-clinic-phone'],
    ['clinicPhone', 'call us', 'data-clinic-phone'],
    ['colorScheme', 'sepia', 'data-color-scheme'],
    ['lang', 'english please', 'data-lang'],
    ['nonce', '"><script>', 'data-nonce'],
    ['bookingUrl', 'http://clinic.example/book', 'data-booking-url'],
    ['bookingUrl', 'javascript:alert(1)', 'data-booking-url'],
    ['country', 'England', 'data-country'],
    ['country', 'XX', 'data-country'],
    ['emergencyNumber', 'nine-one-one', 'data-emergency-number'],
    ['contentUrl', '//evil.example/x.json', 'data-content-url'],
    // Found by options.property.test.ts: paths that URL parsers resolve to another host.
    ['contentUrl', '/\\evil.example/x.json', 'data-content-url'],
    ['contentUrl', '/\t/evil.example/x.json', 'data-content-url'],
    ['contentUrl', '/\\', 'data-content-url'],
    ['contentId', '#content', 'data-content-id'],
    ['headingLevel', '7', 'data-heading-level'],
    ['headingLevel', '0', 'data-heading-level'],
    ['headingLevel', '2.5', 'data-heading-level'],
    ['deepLinkPrefix', '#faq', 'data-deep-link-prefix'],
    ['structuredData', 'maybe', 'data-structured-data'],
    ['mode', 'popup', 'data-mode'],
    ['launcherPosition', 'top-left', 'data-launcher-position'],
    ['zIndex', '-1', 'data-z-index'],
    ['zIndex', '99999999999', 'data-z-index'],
    ['zIndex', '', 'data-z-index'],
    ['launcherOffset', '20px 20px 20px', 'data-launcher-offset'],
    ['launcherOffset', '50vh', 'data-launcher-offset'],
    ['launcherOffset', '1000px', 'data-launcher-offset'],
    ['launcherOffset', 'calc(1px + 1px)', 'data-launcher-offset'],
    ['lazy', 'later', 'data-lazy'],
  ])('rejects %s=%j with one warning naming %s', (key, value, attribute) => {
    const { options, warnings } = parseWithWarnings({ [key]: value }, 'attribute');
    expect(options).toEqual({});
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${attribute}=${JSON.stringify(value)}`);
    expect(warnings[0]).toContain('Accepted:');
    expect(warnings[0]).toContain('Using the default');
  });

  it('names options in camelCase for the JS API', () => {
    const { warnings } = parseWithWarnings({ colorScheme: 'x', accentColour: 'red' }, 'option');
    expect(warnings[0]).toContain('option "colorScheme"');
    expect(warnings[1]).toContain('Unknown option "accentColour"');
  });

  it('rejects values of the wrong type without throwing', () => {
    const { options, warnings } = parseWithWarnings(
      { clinicName: { toString: () => 'x' }, sections: [1, 2] },
      'option',
    );
    expect(options).toEqual({});
    expect(warnings).toHaveLength(2);
  });

  it('shortens very long values in warnings', () => {
    const { warnings } = parseWithWarnings({ accent: 'x'.repeat(10_000) }, 'attribute');
    expect(warnings[0]!.length).toBeLessThan(400);
  });

  it('keeps paths on this site, with or without "./"', () => {
    expect(parseWithWarnings({ contentUrl: './content.json' }, 'attribute').options).toEqual({
      contentUrl: './content.json',
    });
    expect(parseWithWarnings({ contentUrl: '/a/../b.json' }, 'attribute').options).toEqual({
      contentUrl: '/a/../b.json',
    });
  });

  it('shortens long unknown names and long lists of unknown sections in warnings', () => {
    // Found by options.property.test.ts: a 400-character unknown name gave a 1,300-character warning.
    const long = parseWithWarnings({ [' '.repeat(400)]: 0, ['x'.repeat(10_000)]: 1 }, 'option');
    expect(long.warnings).toHaveLength(2);
    for (const warning of long.warnings) expect(warning.length).toBeLessThan(600);
    expect(long.warnings[1]).toContain(`Unknown option "${'x'.repeat(57)}..." is ignored`);
    const sections = parseWithWarnings({ sections: 'faq a b c d e f g' }, 'option');
    expect(sections.options.sections).toEqual(['faq']);
    expect(sections.warnings[0]).toContain('unknown section "a", "b", "c", "d", "e" and 2 more');
  });

  it('treats a clinic name with markup as plain text (it is rendered as text)', () => {
    expect(parseWithWarnings({ clinicName: '<b>Clinic</b>' }, 'attribute').options.clinicName).toBe(
      '<b>Clinic</b>',
    );
  });

  it('leaves null and undefined values unset', () => {
    expect(parseWithWarnings({ lang: null, accent: undefined }, 'option')).toEqual({
      options: {},
      warnings: [],
    });
  });

  it('uses an injected resolver for colour names', () => {
    const { options } = parseWithWarnings({ accent: 'teal' }, 'attribute', (v) =>
      v === 'teal' ? { r: 0, g: 128, b: 128 } : null,
    );
    expect(options.accent).toEqual({ r: 0, g: 128, b: 128 });
  });
});

describe('attribute names', () => {
  it('maps camelCase to kebab-case data attributes', () => {
    expect(toAttributeName('clinicPhone')).toBe('data-clinic-phone');
    expect(OPTION_ATTRIBUTES).toContain('data-color-scheme');
  });

  it('reads data attributes back into camelCase keys, skipping the marker', () => {
    const element = document.createElement('div');
    element.setAttribute('data-clinic-widget', '');
    element.setAttribute('data-clinic-phone', '555 0100');
    element.setAttribute('data-color-scheme', 'auto');
    element.setAttribute('class', 'x');
    expect(readAttributeOptions(element)).toEqual({
      clinicPhone: '555 0100',
      colorScheme: 'auto',
    });
  });

  it('reads data-__proto__ as a key, not a prototype change (found by the properties)', () => {
    const element = document.createElement('div');
    element.setAttribute('data-__proto__', '');
    const raw = readAttributeOptions(element);
    expect(Object.keys(raw)).toEqual(['__proto__']);
    const { options, warnings } = parseWithWarnings(raw, 'attribute');
    expect(Object.getPrototypeOf(options)).toBe(Object.prototype);
    // Like any page attribute that looks like no option, it is not the widget's business...
    expect(warnings).toEqual([]);
    // ...but given to the JS API, where every name is meant for the widget, it is warned about.
    expect(parseWithWarnings(raw, 'option').warnings[0]).toContain(
      'Unknown option "__proto__" is ignored',
    );
  });

  it('names a misspelt attribute as written, digits after dashes included (found by the properties)', () => {
    const element = document.createElement('div');
    element.setAttribute('data-z-index-2', '3');
    element.setAttribute('data-mode-1', 'x');
    const { warnings } = parseWithWarnings(readAttributeOptions(element), 'attribute');
    expect(warnings[0]).toBe('Unknown data-z-index-2 is ignored. Did you mean data-z-index?');
    expect(warnings[1]).toBe('Unknown data-mode-1 is ignored. Did you mean data-mode?');
  });

  it("says nothing about the page's own data-* attributes on the container", () => {
    const element = document.createElement('div');
    for (const name of [
      'data-testid',
      'data-test-id',
      'data-cy',
      'data-gtm-event',
      'data-analytics-category',
      'data-ga-label',
      'data-track',
      'data-elementor-id',
      'data-id',
      'data-block',
      'data-align',
    ])
      element.setAttribute(name, 'x');
    expect(parseWithWarnings(readAttributeOptions(element), 'attribute')).toEqual({
      options: {},
      warnings: [],
    });
  });

  it.each([
    ['data-colour-scheme', 'data-color-scheme'],
    ['data-color_scheme', 'data-color-scheme'],
    ['data-langauge', 'data-lang'],
    ['data-language', 'data-lang'],
    ['data-accent-color', 'data-accent'],
    ['data-accent-colour', 'data-accent'],
    ['data-phone', 'data-clinic-phone'],
    ['data-clinic-phon', 'data-clinic-phone'],
    ['data-booking-link', 'data-booking-url'],
    ['data-section', 'data-sections'],
    ['data-heading-levle', 'data-heading-level'],
    ['data-emergency-phone', 'data-emergency-number'],
    ['data-launcher-postion', 'data-launcher-position'],
    ['data-zindex', 'data-z-index'],
    ['data-contents-url', 'data-content-url'],
    ['data-structured', 'data-structured-data'],
  ])('warns about %s, a misspelt option, and says it meant %s', (written, meant) => {
    const element = document.createElement('div');
    element.setAttribute(written, 'x');
    expect(parseWithWarnings(readAttributeOptions(element), 'attribute').warnings).toEqual([
      `Unknown ${written} is ignored. Did you mean ${meant}?`,
    ]);
  });

  it('suggests the meant option for a misspelt JS API option too, or lists them all', () => {
    expect(parseWithWarnings({ colourScheme: 'dark' }, 'option').warnings).toEqual([
      'Unknown option "colourScheme" is ignored. Did you mean "colorScheme"?',
    ]);
    const [unrelated] = parseWithWarnings({ onReady: 1 }, 'option').warnings;
    expect(unrelated).toContain('Unknown option "onReady" is ignored. Known options: sections,');
  });
});

describe('readSerializedColor (the browser path for colours)', () => {
  it('reads colours as browsers serialise them, as parseColor reads them', () => {
    for (const value of [
      '#0b6e69',
      '#0B6E69',
      '#abc',
      '#0b6e6980',
      'rgb(11, 110, 105)',
      'rgba(11, 110, 105, 0.5)',
    ])
      expect(readSerializedColor(value), value).toEqual(parseColor(value));
    expect(readSerializedColor('rgb(11.4, 110.6, 105)')).toEqual({ r: 11, g: 111, b: 105 });
  });

  it('leaves every other syntax to the browser', () => {
    for (const value of [
      'teal',
      'rgb(11 110 105)',
      'hsl(177 82% 24%)',
      'red; background: url(x)',
      '',
    ])
      expect(readSerializedColor(value), value).toBeNull();
  });
});
