import { describe, expect, it } from 'vitest';
import {
  GALLERY_ENGINES,
  STATES,
  VARIANTS,
  galleryIndex,
  selectShots,
  shotsOf,
  type Outcome,
} from './gallery';

describe('the gallery’s states', () => {
  it('has the key states the review asks for, each with a unique name', () => {
    const ids = STATES.map((state) => state.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'faq',
      'faq-open',
      'compare',
      'compare-cards',
      'check-expected',
      'check-watch',
      'check-contact',
      'check-emergency',
      'launcher-open',
    ]);
    expect(VARIANTS.map((variant) => variant.id)).toEqual(['light', 'dark', 'arabic', 'phone']);
  });

  it('reaches each result of the check with the answers the triage rules give it', () => {
    const answers = Object.fromEntries(STATES.filter((s) => s.check).map((s) => [s.id, s.check]));
    // Yes to a warning sign ends the check at once: one answer.
    expect(answers['check-emergency']).toEqual([0]);
    for (const id of ['check-expected', 'check-watch', 'check-contact'])
      expect(answers[id], id).toHaveLength(4);
    // The check needs its own section, and a country for its emergency number.
    for (const state of STATES.filter((s) => s.check)) {
      expect(state.attributes['data-sections']).toContain('quiz');
      expect(state.attributes['data-country']).toBe('US');
    }
  });

  it('shows the cards at a column narrower than the table needs (52em, 832 px)', () => {
    const cards = STATES.find((s) => s.id === 'compare-cards')!;
    expect(cards.column).toBeLessThan(832);
  });

  it('variants set the scheme, the language and the phone’s width', () => {
    const byId = Object.fromEntries(VARIANTS.map((v) => [v.id, v]));
    expect(byId.dark!.attributes).toEqual({ 'data-color-scheme': 'dark' });
    expect(byId.arabic!.attributes).toEqual({ 'data-lang': 'ar' });
    expect(byId.phone!.viewport.width).toBe(375);
    expect(byId.light!.viewport.width).toBe(1280);
  });
});

describe('selectShots and shotsOf', () => {
  it('take everything with no words: every state × variant × engine, one file each', () => {
    const shots = shotsOf(selectShots([]));
    expect(shots).toHaveLength(STATES.length * VARIANTS.length * GALLERY_ENGINES.length);
    expect(new Set(shots.map((s) => s.file)).size).toBe(shots.length);
    expect(shots[0]!.file).toBe('chromium/faq-light.png');
  });

  it('narrow to the words named, by kind', () => {
    const shots = shotsOf(selectShots(['webkit', 'phone', 'dark', 'check-emergency']));
    expect(shots.map((s) => s.file)).toEqual([
      'webkit/check-emergency-dark.png',
      'webkit/check-emergency-phone.png',
    ]);
    expect(shots[0]!.attributes).toMatchObject({
      'data-sections': 'faq quiz',
      'data-color-scheme': 'dark',
    });
    expect(shots[1]!.viewport).toEqual({ width: 375, height: 812 });
    expect(shots[0]!.path).toBe('/test/fixtures/dynamic.html');
    expect(shotsOf(selectShots(['launcher-open']))[0]!.path).toBe('/test/fixtures/launcher.html');
  });

  it('name every choice when a word is not one', () => {
    expect(() => selectShots(['safari'])).toThrow(/Unknown: safari\. Engines: chromium, firefox/);
  });
});

describe('galleryIndex', () => {
  const shots = shotsOf(selectShots(['chromium', 'faq', 'light', 'phone']));
  const outcomes = new Map<string, Outcome>([
    ['chromium/faq-light.png', { ok: true }],
    ['chromium/faq-phone.png', { ok: false, error: 'Timed out <waiting> for "the widget"' }],
  ]);
  const html = galleryIndex(shots, outcomes);

  it('shows each shot taken, linked at full size, with a text alternative', () => {
    expect(html).toContain(
      '<a href="chromium/faq-light.png"><img src="chromium/faq-light.png" alt="The FAQ, Light, 1280 px, chromium" loading="lazy"></a>',
    );
    expect(html).toMatch(/<html lang="en">/);
  });

  it('says when an engine drew a shot wider than asked', () => {
    const wide = galleryIndex(
      shots,
      new Map<string, Outcome>([
        ['chromium/faq-light.png', { ok: true, drawn: { width: 1280, height: 900 } }],
        ['chromium/faq-phone.png', { ok: true, drawn: { width: 447, height: 812 } }],
      ]),
    );
    expect(wide.match(/Drawn \d+ px wide/g)).toEqual(['Drawn 447 px wide']);
  });

  it('says why a shot is missing, escaped', () => {
    expect(html).toContain('Not taken: Timed out &lt;waiting&gt; for &quot;the widget&quot;');
    expect(html).not.toContain('<img src="chromium/faq-phone.png"');
  });

  it('has a section per state, columns per variant and rows per engine', () => {
    expect(html.match(/<section /g)).toHaveLength(1);
    expect(html).toContain(
      '<th scope="col">Light, 1280 px</th><th scope="col">Light, 375 px phone</th>',
    );
    expect(html).toContain('<th scope="row">chromium</th>');
  });
});
