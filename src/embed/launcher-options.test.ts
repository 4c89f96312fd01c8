import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, LAUNCHER_DEFAULTS, toAttributeName } from '../shared/option-types';
import { parseColor } from '../styles/parse-color';
import { readLauncherOptions, type LauncherOptions } from './launcher-options';
import { parseOptions, readAttributeOptions } from './options';
import { anyText, hostileText } from '../../test/unit/arbitraries';

/*
 * The lazy launcher's placeholder reads its options with readLauncherOptions; the widget, when
 * it takes the button over, with parseOptions. Whatever the attributes say, both must agree,
 * or the button would change its look, language or place at takeover.
 */

const KEYS = Object.keys(LAUNCHER_DEFAULTS) as (keyof LauncherOptions)[];

/** What the widget makes of the same container, for the launcher's options. */
function asTheWidgetReadsIt(element: Element): LauncherOptions {
  const parsed = parseOptions(readAttributeOptions(element), 'attribute', parseColor).options;
  const options = { ...DEFAULT_OPTIONS, ...parsed };
  return Object.fromEntries(KEYS.map((key) => [key, options[key]])) as LauncherOptions;
}

function container(attributes: Record<string, string>): Element {
  const element = document.createElement('div');
  element.setAttribute('data-clinic-widget', '');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

const SAMPLES: Record<keyof LauncherOptions, string[]> = {
  lang: ['es', ' pt-BR ', 'zh-Hant-TW', 'english!', '', 'x'],
  accent: ['#6a1b9a', '#abc', 'rgb(10, 20, 30)', 'teal', 'not a colour', ''],
  colorScheme: ['dark', ' AUTO ', 'light', 'sepia', ''],
  launcherPosition: ['bottom-left', 'Bottom-Right', 'top-left', ''],
  zIndex: ['0', '2147483647', '2147483648', '-1', '1.5', ' 42 ', ''],
  launcherOffset: ['24px', '1.5rem 2em', '12 16', '401px', '1px 2px 3px', 'auto', ''],
  nonce: ['abc123+/=', 'has space', ''],
};

describe('readLauncherOptions', () => {
  it('gives the defaults for a container without options', () => {
    expect(readLauncherOptions(container({}), parseColor)).toEqual(LAUNCHER_DEFAULTS);
  });

  it('reads good values and takes the default for bad ones, silently', () => {
    const read = readLauncherOptions(
      container({
        'data-lang': 'ar',
        'data-accent': '#6a1b9a',
        'data-color-scheme': 'sepia',
        'data-launcher-position': 'bottom-left',
        'data-z-index': 'high',
        'data-launcher-offset': '1rem 30px',
      }),
      parseColor,
    );
    expect(read).toEqual({
      ...LAUNCHER_DEFAULTS,
      lang: 'ar',
      accent: { r: 0x6a, g: 0x1b, b: 0x9a },
      launcherPosition: 'bottom-left',
      launcherOffset: { inline: '1rem', block: '30px' },
    });
  });

  it('agrees with the widget on every sample value of every option', () => {
    for (const key of KEYS)
      for (const value of SAMPLES[key]) {
        const element = container({ [toAttributeName(key)]: value });
        expect(readLauncherOptions(element, parseColor), `${key}="${value}"`).toEqual(
          asTheWidgetReadsIt(element),
        );
      }
  });

  it('agrees with the widget whatever the attributes hold', () => {
    const value = fc.oneof(
      anyText(),
      hostileText,
      ...KEYS.map((key) => fc.constantFrom(...SAMPLES[key])),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...KEYS), value), (given) => {
        const element = container(
          Object.fromEntries(Object.entries(given).map(([key, v]) => [toAttributeName(key), v])),
        );
        expect(readLauncherOptions(element, parseColor)).toEqual(asTheWidgetReadsIt(element));
      }),
      { numRuns: 200 },
    );
  });
});
