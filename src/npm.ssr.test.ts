// @vitest-environment node
/**
 * Server rendering: the npm package is imported where there is no window and no document
 * (Node, a framework's server build). mount() then has nothing to draw into and nothing is
 * wrong, so it returns a handle that does nothing and says nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

let spies: ReturnType<typeof vi.spyOn>[] = [];
beforeEach(() => {
  spies = (['warn', 'error', 'log', 'info'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation(() => {}),
  );
});
afterEach(() => spies.forEach((spy) => spy.mockRestore()));

describe('mount() during server rendering', () => {
  it('runs in an environment without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('returns an inert handle, with no warning and nothing thrown', async () => {
    const { mount, version } = await import('./npm');
    expect(typeof version).toBe('string');
    for (const target of ['#faq-box', {} as Element]) {
      const handle = mount(target, { clinicPhone: '+1 555 0100', mode: 'launcher' });
      expect(() => {
        handle.update({ lang: 'es' });
        handle.open();
        handle.close();
        handle.unmount();
      }).not.toThrow();
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
