import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ENGLISH } from '../content/content';
import { clearLocaleCache, loadLocale } from './load-locale';
import es from './locales/es/content.json';
import esUi from './locales/es/ui.json';

beforeEach(() => clearLocaleCache());

describe('loadLocale', () => {
  it('returns bundled English without importing anything', async () => {
    const importer = vi.fn();
    expect(await loadLocale('en', importer)).toBe(ENGLISH);
    expect(importer).not.toHaveBeenCalled();
  });

  it('imports a locale once and shares it', async () => {
    const importer = vi.fn(async () => ({ default: { ui: esUi, content: es } }));
    const [a, b] = await Promise.all([loadLocale('es', importer), loadLocale('es', importer)]);
    expect(a).toBe(b);
    expect(a?.content.faq.items[0]?.question).toBe('¿Qué efectos secundarios son normales?');
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('falls back to English per missing key, warning once with the key path', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { ...ui } = esUi;
    const partial = { ui: { ...ui, faq: {} }, content: es };
    const pack = await loadLocale('es', async () => ({ default: partial }));
    expect(pack?.ui.faq.heading).toBe(ENGLISH.ui.faq.heading);
    expect(pack?.ui.footer.emergency).toBe(esUi.footer.emergency);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain(
      'ui.faq.heading: expected text, found missing',
    );
    warn.mockRestore();
  });

  it('resolves to null after a failure, warns once, and retries with a fresh attempt number', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const importer = vi
      .fn()
      .mockRejectedValueOnce(new Error('404'))
      .mockResolvedValueOnce({ default: { ui: esUi, content: es } });
    const [a, b] = await Promise.all([loadLocale('es', importer), loadLocale('es', importer)]);
    expect(a).toBeNull();
    expect(b).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(await loadLocale('es', importer)).not.toBeNull();
    expect(importer.mock.calls.map((call) => call[1])).toEqual([0, 1]);
    warn.mockRestore();
  });
});
