import * as log from '../shared/log';
import type { WidgetHandle } from '../public-types';
import type { QueueStub } from './queue-stub';
import { handleFor, mountElement } from './registry';

/** What `window.ClinicWidget` is once the script has loaded. */
export interface ClinicWidgetApi {
  (method: string, ...args: unknown[]): unknown;
  version: string;
  mount(target: Element | string, options?: Record<string, unknown>): WidgetHandle;
  update(target: Element | string, options?: Record<string, unknown>): void;
  unmount(target: Element | string): void;
}

const noopHandle: WidgetHandle = { update() {}, unmount() {} };

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
  if (typeof Element !== 'undefined' && target instanceof Element) return target;
  log.warn(
    `${method}(): the container must be an element or a CSS selector, not ${log.describeValue(target)}.`,
  );
  return null;
}

const optionsObject = (options: unknown, method: string): Record<string, unknown> => {
  if (options === undefined) return {};
  if (typeof options === 'object' && options !== null && !Array.isArray(options))
    return options as Record<string, unknown>;
  log.warn(
    `${method}(): options must be an object, not ${log.describeValue(options)}; using defaults.`,
  );
  return {};
};

export function createApi(version: string): ClinicWidgetApi {
  const methods = {
    mount(target: unknown, options?: unknown): WidgetHandle {
      return log.guard(
        'mount()',
        () => {
          const element = resolveTarget(target, 'mount');
          if (!element) return noopHandle;
          return mountElement(element, optionsObject(options, 'mount'), 'api') ?? noopHandle;
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
          handle?.update(optionsObject(options, 'update'));
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
  const api = ((method: string, ...args: unknown[]) => {
    const fn = (methods as Record<string, (...a: unknown[]) => unknown>)[method];
    if (typeof fn === 'function' && Object.prototype.hasOwnProperty.call(methods, method))
      return fn(...args);
    log.warn(
      `ClinicWidget(${JSON.stringify(String(method))}): unknown method. Use "mount", "update" or "unmount".`,
    );
    return undefined;
  }) as ClinicWidgetApi;
  return Object.assign(api, methods, { version });
}

/**
 * Replays calls queued by the stub (the loader's, or the documented one-line stub a page
 * pasted itself), in order, each isolated from the others. The page's stub is not ours, so
 * its queue is checked, not trusted.
 */
export function drainQueue(stub: unknown, api: ClinicWidgetApi): void {
  const queue = typeof stub === 'function' ? (stub as QueueStub).q : undefined;
  if (!queue || typeof queue.length !== 'number') return;
  for (const call of Array.from(queue)) {
    const [method, ...args] = Array.from(call);
    api(String(method), ...args);
  }
}
