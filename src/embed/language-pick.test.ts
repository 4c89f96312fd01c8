import { describe, expect, it } from 'vitest';
import { languagePick } from './language-pick';

describe('languagePick', () => {
  it('leaves the choice to the page until the visitor picks', () => {
    const pick = languagePick();
    expect(pick.chosen()).toBeNull();
    expect(pick.status()).toEqual({ pending: null, failed: false });
  });

  it('is pending while the picked language loads, and shows it once loaded', () => {
    const pick = languagePick();
    pick.choose('de');
    expect(pick.chosen()).toBe('de');
    expect(pick.status()).toEqual({ pending: 'de', failed: false });
    expect(pick.settle('de', true)).toBe(true);
    expect(pick.status()).toEqual({ pending: null, failed: false });
    expect(pick.chosen()).toBe('de');
  });

  it('keeps the language shown and the earlier choice when the pick cannot be loaded', () => {
    const pick = languagePick();
    pick.choose('de');
    pick.settle('de', true);
    pick.choose('ar');
    expect(pick.settle('ar', false)).toBe(false);
    expect(pick.chosen()).toBe('de');
    expect(pick.status()).toEqual({ pending: null, failed: true });
    // The next pick clears the message.
    pick.choose('fr');
    expect(pick.status()).toEqual({ pending: 'fr', failed: false });
  });

  it('gives the choice back to the page when a first pick fails', () => {
    const pick = languagePick();
    pick.choose('ar');
    expect(pick.settle('ar', false)).toBe(false);
    expect(pick.chosen()).toBeNull();
  });

  it('falls back past several picks in a row to the choice before the first', () => {
    const pick = languagePick();
    pick.choose('es');
    pick.settle('es', true);
    pick.choose('de');
    pick.choose('ar');
    expect(pick.status().pending).toBe('ar');
    expect(pick.settle('ar', false)).toBe(false);
    expect(pick.chosen()).toBe('es');
  });

  it('shows any other load (a data-lang change, the first paint) as it comes', () => {
    const pick = languagePick();
    expect(pick.settle('en', false)).toBe(true);
    pick.choose('de');
    expect(pick.settle('fr', true)).toBe(true);
    expect(pick.status().pending).toBe('de');
  });
});
