import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetReported } from '../../shared/log';
import { chooseTarget, listenForTriggers, openTrigger, type OpenTarget } from './open-triggers';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  forgetReported();
  document.body.replaceChildren();
});
afterEach(() => warn.mockRestore());

/** A launcher container in the page, in document order. */
const launcher = (id = ''): OpenTarget => {
  const host = document.createElement('div');
  if (id) host.id = id;
  document.body.append(host);
  return { host, control: { set: vi.fn() } };
};

const trigger = (value: string | null = '', tag = 'a') => {
  const element = document.createElement(tag);
  if (value !== null) element.setAttribute('data-clinic-widget-open', value);
  document.body.append(element);
  return element;
};

describe('chooseTarget', () => {
  it('opens the first launcher in document order when the attribute has no value', () => {
    const first = launcher();
    const second = launcher();
    expect(chooseTarget(trigger(''), [second, first])).toBe(first);
    expect(chooseTarget(trigger('  '), [second, first])).toBe(first);
    expect(warn).not.toHaveBeenCalled();
  });

  it('opens the launcher whose container has the id named', () => {
    const first = launcher('general');
    const second = launcher('aftercare');
    expect(chooseTarget(trigger('aftercare'), [first, second])).toBe(second);
  });

  it('opens nothing, with one warning naming the value, when no launcher has that id', () => {
    const only = launcher('general');
    expect(chooseTarget(trigger('aftercar'), [only])).toBeNull();
    expect(chooseTarget(trigger('aftercar'), [only])).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('data-clinic-widget-open="aftercar"');
  });

  it('has nothing to open on a page without launchers', () => {
    expect(chooseTarget(trigger(''), [])).toBeNull();
  });
});

describe('openTrigger', () => {
  it('finds the trigger around what was clicked, and leaves modified clicks alone', () => {
    const link = trigger('');
    const inner = document.createElement('span');
    link.append(inner);
    expect(openTrigger(new MouseEvent('click', { bubbles: true }))).toBeNull();
    const click = (init: MouseEventInit = {}) => {
      let found: Element | null = null;
      inner.addEventListener('click', (event) => (found = openTrigger(event)), { once: true });
      inner.dispatchEvent(new MouseEvent('click', { bubbles: true, ...init }));
      return found;
    };
    expect(click()).toBe(link);
    expect(click({ ctrlKey: true })).toBeNull();
    expect(click({ metaKey: true })).toBeNull();
    expect(click({ shiftKey: true })).toBeNull();
  });
});

describe('listenForTriggers', () => {
  it('opens the chosen launcher on a click, with the trigger as the opener, and stops when released', () => {
    const target = launcher();
    const stop = listenForTriggers(target);
    const link = trigger('');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(target.control.set).toHaveBeenCalledWith(true);
    expect(target.control.opener).toBe(link);

    // An element without the attribute is no trigger.
    trigger(null).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(target.control.set).toHaveBeenCalledTimes(1);

    stop();
    const later = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
    expect(target.control.set).toHaveBeenCalledTimes(1);
  });
});
