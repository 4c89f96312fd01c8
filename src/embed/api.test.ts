import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApi, drainQueue } from './api';
import { forgetReported } from '../shared/log';

/** Waits until `el` shows a widget (the first mount also loads the quiz chunk). */
const rendered = (el: Element) =>
  vi.waitFor(() => {
    const root = el.shadowRoot?.querySelector('[dir]');
    if (!root) throw new Error('not rendered yet');
    return root;
    // The first mount transforms the section chunks on demand: slow on a busy machine.
  }, 15_000);
/** Waits until `el`'s widget shows a call link to `href`. */
const callLink = (el: Element, href: string) =>
  vi.waitFor(() => {
    const link = el.shadowRoot?.querySelector(`a[href="${href}"]`);
    if (!link) throw new Error(`no call link to ${href} yet`);
    return link;
  }, 15_000);
const api = createApi('test');

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  forgetReported();
  document.body.replaceChildren();
});
afterEach(() => warn.mockRestore());

const container = (id = 'w') => {
  const div = document.createElement('div');
  div.id = id;
  document.body.append(div);
  return div;
};

const warnings = (): string[] => warn.mock.calls.map((call: unknown[]) => String(call[0]));

describe('ClinicWidget API', () => {
  it('mounts into a shadow root and renders the FAQ in English', async () => {
    const el = container();
    const ready = vi.fn();
    el.addEventListener('clinic-widget:ready', (event) => ready((event as CustomEvent).detail));
    const handle = api.mount('#w', { clinicName: 'Riverside', clinicPhone: '+1 555 0100' });
    const root = await rendered(el);
    expect(root.getAttribute('lang')).toBe('en');
    expect(root.getAttribute('dir')).toBe('ltr');
    expect(root.textContent).toContain('Questions and answers');
    expect(root.querySelector('a[href="tel:+15550100"]')?.textContent).toBe('+1 555 0100');
    expect(ready).toHaveBeenCalledWith({ locale: 'en', sections: ['faq', 'compare', 'quiz'] });
    handle.unmount();
    // Nothing of the widget is left; a <slot> shows what the container held before.
    expect(Array.from(el.shadowRoot!.childNodes, (node) => node.nodeName)).toEqual(['SLOT']);
  });

  it('renders every section it is asked for, in order, without warnings', async () => {
    const el = container();
    api.mount(el, { sections: 'quiz compare faq' });
    await vi.waitFor(() => {
      if (el.shadowRoot?.querySelectorAll('section').length !== 3) throw new Error('not yet');
    });
    const headings = Array.from(el.shadowRoot!.querySelectorAll('section > :first-child')).map(
      (h) => h.textContent,
    );
    expect(headings).toEqual([
      'When to get help: a quick check',
      'How the side effects compare',
      'Questions and answers',
    ]);
    expect(warnings()).toEqual([]);
  });

  it('warns about a second mount on the same element and returns the same handle', async () => {
    const el = container();
    const first = api.mount(el);
    const second = api.mount(el);
    await rendered(el);
    expect(second).toBe(first);
    expect(el.shadowRoot!.querySelectorAll('[dir]')).toHaveLength(1);
    expect(warnings().some((w) => w.includes('already has a widget'))).toBe(true);
  });

  it('updates options through the handle', async () => {
    const el = container();
    const handle = api.mount(el, { clinicPhone: '555 0100' });
    await callLink(el, 'tel:5550100');
    handle.update({ clinicPhone: '555 0199' });
    await callLink(el, 'tel:5550199');
    expect(el.shadowRoot!.querySelector('a[href="tel:5550100"]')).toBeNull();
  });

  it.each([
    ['#missing', 'no element matches the selector "#missing"'],
    ['[[bad', 'is not a valid CSS selector'],
    [42, 'must be an element or a CSS selector, not a number'],
    [null, 'must be an element or a CSS selector, not null'],
  ])('warns for a bad target %j and returns a harmless handle', (target, message) => {
    const handle = api.mount(target as string);
    expect(warnings().some((w) => w.includes(message))).toBe(true);
    expect(() => {
      handle.update({});
      handle.unmount();
    }).not.toThrow();
  });

  it('open() on a widget in the page moves focus to its title; close() and open() after unmount do nothing', async () => {
    const el = container();
    const handle = api.mount(el);
    const root = await rendered(el);
    handle.close();
    expect(el.shadowRoot!.activeElement).toBeNull();
    handle.open();
    const title = root.querySelector('h2')!;
    expect(el.shadowRoot!.activeElement).toBe(title);
    expect(title.getAttribute('tabindex')).toBe('-1');
    handle.unmount();
    expect(() => {
      handle.open();
      handle.close();
    }).not.toThrow();
    expect(warnings()).toEqual([]);
  });

  it('gives a harmless open() and close() on the handle of a target that failed', () => {
    const handle = api.mount('#missing');
    expect(() => {
      handle.open();
      handle.close();
    }).not.toThrow();
  });

  it('leaves out the call link when no valid phone is set', async () => {
    const el = container();
    api.mount(el, { clinicPhone: '<b>555</b>', clinicName: 'Riverside' });
    // Drawn with the clinic's name: the contact line is there, only without a call link.
    await vi.waitFor(() => {
      if (!el.shadowRoot?.textContent?.includes('Riverside')) throw new Error('not drawn yet');
    });
    expect(el.shadowRoot!.querySelector('a[href^="tel:"]')).toBeNull();
    expect(el.shadowRoot!.querySelector('b')).toBeNull();
  });

  it('warns about an unknown method called through the function form', () => {
    expect(api('explode')).toBeUndefined();
    expect(warnings().some((w) => w.includes('ClinicWidget("explode"): unknown method'))).toBe(
      true,
    );
  });

  it('replays calls queued by the stub in order', async () => {
    const el = container('queued');
    const stub = Object.assign(() => {}, {
      q: [['mount', '#queued', { clinicPhone: '555 0100' }]],
    });
    drainQueue(stub, api);
    expect(await callLink(el, 'tel:5550100')).not.toBeNull();
  });
});
