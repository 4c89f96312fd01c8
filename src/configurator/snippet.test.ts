import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAttributeOptions } from '../embed/options';
import { parseWithWarnings } from '../embed/option-warnings';
import { DEFAULT_OPTIONS } from '../shared/option-types';
import { DEFAULT_CONFIG, configAttributes, validateConfig } from './config';
import { RESERVED_SPACE, buildSnippet, escapeAttribute, fallbackText } from './snippet';

const SCRIPT = { src: 'https://cdn.example/clinic-widget/clinic-widget.js' };

/** Parses a snippet as a browser would, as the body of a blank page. */
function pasteIntoBlankPage(snippet: string) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${snippet}`, 'text/html');
  return {
    containers: doc.querySelectorAll('[data-clinic-widget]'),
    scripts: doc.querySelectorAll('script'),
    elements: doc.body.querySelectorAll('*').length,
  };
}

describe('buildSnippet', () => {
  it('writes the container and an async script', () => {
    expect(buildSnippet([['data-clinic-phone', '+1 555 0100']], SCRIPT)).toBe(
      '<div\n  data-clinic-widget\n  data-clinic-phone="+1 555 0100"\n></div>\n' +
        '<script async src="https://cdn.example/clinic-widget/clinic-widget.js"></script>\n',
    );
    expect(buildSnippet([], SCRIPT)).toMatch(/^<div data-clinic-widget><\/div>\n<script async/);
  });

  it('adds integrity and crossorigin for the SRI variant', () => {
    const snippet = buildSnippet([], { ...SCRIPT, integrity: 'sha384-abc+/=' });
    expect(snippet).toContain('integrity="sha384-abc+/=" crossorigin="anonymous"></script>');
  });

  it('can reserve space for the widget, so that the page does not jump', () => {
    const snippet = buildSnippet([], SCRIPT, { style: RESERVED_SPACE, fallback: 'Not loaded.' });
    expect(snippet).toContain('  style="min-height: 100vh"\n>\n  <p>Not loaded.</p>\n</div>');
    const pasted = pasteIntoBlankPage(snippet);
    expect((pasted.containers[0] as HTMLElement).style.minHeight).toBe('100vh');
  });

  it('fills the reserved space with a sentence for when the widget does not load', () => {
    const fallback = fallbackText('Dr. <O’Brien> & Co', '+1 555 0100');
    expect(fallback).toContain('Please call Dr. <O’Brien> & Co at +1 555 0100');
    expect(fallback).toContain('emergency');
    expect(fallbackText('  ', '')).toContain('Please ask the clinic');
    const snippet = buildSnippet([['data-country', 'US']], SCRIPT, {
      style: RESERVED_SPACE,
      fallback,
    });
    const pasted = pasteIntoBlankPage(snippet);
    // Text only, exactly as written: a clinic name cannot add markup.
    expect(pasted.containers[0]!.children).toHaveLength(1);
    expect(pasted.containers[0]!.textContent!.trim()).toBe(fallback);
    expect(pasted.elements).toBe(3);
  });

  it('writes boolean options as bare attributes', () => {
    expect(buildSnippet([['data-lazy', '']], SCRIPT)).toContain('\n  data-lazy\n');
  });

  it('escapes &, ", < and > for a double-quoted attribute', () => {
    expect(escapeAttribute(`a & "b" <c> 'd'`)).toBe(`a &amp; &quot;b&quot; &lt;c&gt; 'd'`);
  });

  it('round-trips a clinic name with quotes, angle brackets and an emoji exactly', () => {
    const name = `Dr. "O'Brien" <Hair & Scalp> </div><script>alert(1)</script> 💇‍♀️`;
    const config = { ...DEFAULT_CONFIG, clinicName: name };
    const pasted = pasteIntoBlankPage(buildSnippet(configAttributes(config), SCRIPT));
    expect(pasted.containers).toHaveLength(1);
    expect(pasted.scripts).toHaveLength(1);
    expect(pasted.elements).toBe(2);
    expect(pasted.containers[0]!.getAttribute('data-clinic-name')).toBe(name);
  });

  it('gives back, for any text, exactly the options the admin chose (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        (clinicName, src) => {
          const config = { ...DEFAULT_CONFIG, clinicName };
          // A name the widget would reject (too long) is left out of the snippet.
          const expected = validateConfig(config).clinicName
            ? ''
            : clinicName.trim().replace(/\s+/g, ' ');
          const snippet = buildSnippet(configAttributes(config), { src });
          const pasted = pasteIntoBlankPage(snippet);
          expect(pasted.containers).toHaveLength(1);
          expect(pasted.scripts).toHaveLength(1);
          expect(pasted.elements).toBe(2);
          expect(pasted.scripts[0]!.getAttribute('src')).toBe(src);
          const read = readAttributeOptions(pasted.containers[0]!);
          expect(read.clinicName ?? '').toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('turns a whole configuration into the same options through the snippet', () => {
    const config = {
      ...DEFAULT_CONFIG,
      sections: ['quiz' as const, 'faq' as const],
      lang: 'es',
      accent: '#6a1b9a',
      colorScheme: 'dark' as const,
      clinicName: 'Clínica Ribera',
      clinicPhone: '+34 900 000 000',
      bookingUrl: 'https://clinica.example/cita',
      country: 'ES',
      mode: 'launcher' as const,
      launcherPosition: 'bottom-left' as const,
      zIndex: '100',
      launcherOffset: '16px 88px',
      lazy: true,
    };
    const pasted = pasteIntoBlankPage(buildSnippet(configAttributes(config), SCRIPT));
    const { options, warnings } = parseWithWarnings(
      readAttributeOptions(pasted.containers[0]!),
      'attribute',
    );
    expect(warnings).toEqual([]);
    expect({ ...DEFAULT_OPTIONS, ...options }).toEqual({
      ...DEFAULT_OPTIONS,
      sections: ['quiz', 'faq'],
      lang: 'es',
      accent: { r: 106, g: 27, b: 154 },
      colorScheme: 'dark',
      clinicName: 'Clínica Ribera',
      clinicPhone: '+34 900 000 000',
      bookingUrl: 'https://clinica.example/cita',
      country: 'ES',
      mode: 'launcher',
      launcherPosition: 'bottom-left',
      zIndex: 100,
      launcherOffset: { inline: '16px', block: '88px' },
      lazy: true,
    });
  });
});
