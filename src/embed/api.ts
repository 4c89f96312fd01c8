import * as log from '../shared/log';
import type { WidgetHandle } from '../public-types';
import type { QueueStub } from './queue-stub';
import { handleFor, mountElement, plainOptions } from './registry';

/** What `window.ClinicWidget` is once the script has loaded. */
export interface ClinicWidgetApi {
  (method: string, ...args: unknown[]): unknown;
  version: string;
  mount(target: Element | string, options?: Record<string, unknown>): WidgetHandle;
  update(target: Element | string, options?: Record<string, unknown>): void;
  unmount(target: Element | string): void;
}

/** What a call that cannot mount returns (and mount() during server rendering): does nothing. */
export const noopHandle: WidgetHandle = { update() {}, unmount() {}, open() {}, close() {} };

function resolveTarget(target: unknown, method: string): Element | null {
  if (typeof target === 'string') {
    let found: Element | null;
    try {
      found = document.querySelector(target);
    } catch {
      log.warn(`${method}(): ${JSON.stringify(target)} is not a valid CSS selector.`);
      return null;
    }
    if (!found) log.warn(`${method}(): no element matches the selector ${JSON.stringify(target)}.`);
    return found;
  }
  if (target instanceof Element) return target;
  log.warn(
    `${method}(): the container must be an element or a CSS selector, not ${log.describeValue(target)}.`,
  );
  return null;
}

export function createApi(version: string): ClinicWidgetApi {
  const methods = {
    mount(target: unknown, options?: unknown): WidgetHandle {
      return log.guard(
        'mount()',
        () => {
          const element = resolveTarget(target, 'mount');
          if (!element) return noopHandle;
          return mountElement(element, plainOptions(options, 'mount'), 'api') ?? noopHandle;
        },
        noopHandle,
      );
    },
    update(target: unknown, options?: unknown): void {
      log.guard(
        'update()',
        () => {
          const element = resolveTarget(target, 'update');
          const handle = element && handleFor(element);
          if (element && !handle)
            log.warn('update(): that element has no widget; call mount() first.');
          handle?.update(plainOptions(options, 'update'));
        },
        undefined,
      );
    },
    unmount(target: unknown): void {
      log.guard(
        'unmount()',
        () => {
          const element = resolveTarget(target, 'unmount');
          if (element) handleFor(element)?.unmount();
        },
        undefined,
      );
    },
  };
  // Any argument may be hostile (a throwing toString, a Proxy): nothing here coerces it, and
  // anything that still throws is logged, not thrown into the page.
  const api = ((method: unknown, ...args: unknown[]) =>
    log.guard(
      'ClinicWidget()',
      () => {
        if (typeof method === 'string' && Object.prototype.hasOwnProperty.call(methods, method))
          return (methods as Record<string, (...a: unknown[]) => unknown>)[method]!(...args);
        log.warn(
          `ClinicWidget(${typeof method === 'string' ? JSON.stringify(method) : log.describeValue(method)}): unknown method. Use "mount", "update" or "unmount".`,
        );
        return undefined;
      },
      undefined,
    )) as ClinicWidgetApi;
  return Object.assign(api, methods, { version });
}

/**
 * Replays calls queued by the stub (the loader's, or the documented one-line stub a page
 * pasted itself), in order, each isolated from the others. The page's stub is not ours, so
 * its queue is checked, not trusted.
 */
export function drainQueue(stub: unknown, api: ClinicWidgetApi): void {
  const queue = typeof stub === 'function' ? (stub as QueueStub).q : undefined;
  const calls = log.guard('Reading the queued calls', () => Array.from(queue ?? []), []);
  for (const call of calls) {
    log.guard(
      'A queued call',
      () => {
        const [method, ...args] = Array.from(call as ArrayLike<unknown>);
        api(method as string, ...args);
      },
      undefined,
    );
  }
}
