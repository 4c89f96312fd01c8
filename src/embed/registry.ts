import type { WidgetHandle } from '../public-types';
import * as log from '../shared/log';
import { parseOptions, quote, readAttributeOptions, type Problem } from './options';
import { importChunk } from '../shared/retry-import';
import { DEFAULT_OPTIONS, toAttributeName, type WidgetOptions } from '../shared/option-types';
import { resolveCssColor } from './resolve-color';
import { startWidget, type WidgetInstance } from './widget-instance';
import { isInsideWidget } from './shadow-root';

export const CONTAINER_ATTRIBUTE = 'data-clinic-widget';
export const CONTAINER_SELECTOR = `[${CONTAINER_ATTRIBUTE}]`;

/**
 * One entry per container the widget was asked to fill. `instance` is null while the
 * container is out of the document: everything is released then, and the entry (with its
 * API options) waits so that a re-added container mounts again with the same options.
 */
interface Entry {
  container: Element;
  apiOptions: Record<string, unknown>;
  instance: WidgetInstance | null;
  handle: WidgetHandle;
}

const entries = new Map<Element, Entry>();
/** Containers mounted through the API, kept after removal until unmount() is called. */
const detached = new WeakMap<Element, Entry>();

/**
 * A plain copy of a page's options object, read once: the page's own object (with getters, a
 * Proxy) is never read again later, when a throw would hit a batch of other containers.
 */
export function plainOptions(options: unknown, method: string): Record<string, unknown> {
  if (options === undefined) return {};
  try {
    if (typeof options === 'object' && options !== null && !Array.isArray(options))
      return { ...options };
  } catch {
    log.warn(`${method}(): unreadable options; using defaults.`);
    return {};
  }
  log.warn(
    `${method}(): options must be an object, not ${log.describeValue(options)}; using defaults.`,
  );
  return {};
}

/**
 * Warns about bad options once their words arrive: they are a chunk of their own, which a
 * correct snippet never downloads. If it cannot be downloaded, a shorter warning still names
 * the options as the page wrote them; the next problem asks for the words again.
 */
function warnAbout(problems: Problem[]): void {
  if (!problems.length) return;
  importChunk((_retryQuery) => import('./option-warnings')).then(
    ({ optionWarnings }) => optionWarnings(problems).forEach(log.warnOnce),
    () =>
      log.warnOnce(
        `Options not used: ${problems.map(({ key, source }) => quote(source === 'attribute' ? toAttributeName(key) : key)).join(', ')} (details could not be loaded).`,
      ),
  );
}

function resolveOptions(entry: Entry): WidgetOptions {
  const fromAttributes = parseOptions(
    readAttributeOptions(entry.container),
    'attribute',
    resolveCssColor,
  );
  const fromApi = parseOptions(entry.apiOptions, 'option', resolveCssColor);
  warnAbout([...fromAttributes.problems, ...fromApi.problems]);
  // API options win over attributes: a developer's call is the more deliberate choice.
  return { ...DEFAULT_OPTIONS, ...fromAttributes.options, ...fromApi.options };
}

function activate(entry: Entry): void {
  if (entry.instance || !entry.container.isConnected) return;
  entry.instance = startWidget(entry.container, resolveOptions(entry));
  if (entry.instance) entries.set(entry.container, entry);
}

function release(entry: Entry): void {
  entry.instance?.destroy();
  entry.instance = null;
  entries.delete(entry.container);
}

function createEntry(container: Element, apiOptions: Record<string, unknown>): Entry {
  const entry: Entry = {
    container,
    apiOptions,
    instance: null,
    handle: {
      update(options = {}) {
        log.guard(
          'update()',
          () => {
            entry.apiOptions = { ...entry.apiOptions, ...plainOptions(options, 'update') };
            entry.instance?.update(resolveOptions(entry));
          },
          undefined,
        );
      },
      unmount() {
        log.guard(
          'unmount()',
          () => {
            detached.delete(container);
            release(entry);
          },
          undefined,
        );
      },
      // Like update(), nothing to do once unmounted. Neither can throw: no input to read.
      open: () => entry.instance?.show(true),
      close: () => entry.instance?.show(false),
    },
  };
  return entry;
}

/** Mounts a widget into `container`, or warns and returns the existing handle. */
export function mountElement(
  container: Element,
  apiOptions: Record<string, unknown>,
  via: 'api' | 'auto',
): WidgetHandle | null {
  if (
    container === document.documentElement ||
    container === document.head ||
    container === document.body ||
    isInsideWidget(container)
  ) {
    log.warnOnce(
      `mount(): <${container.localName}> would cover the page or a widget; use a <div> of its own.`,
    );
    return null;
  }
  const existing = entries.get(container) ?? detached.get(container);
  if (existing) {
    if (via === 'api') {
      log.warn(
        `mount(): this <${container.localName}> already has a widget; the call does nothing. Use the handle's update() to change options.`,
      );
    }
    activate(existing);
    return existing.handle;
  }
  const entry = createEntry(container, apiOptions);
  if (via === 'api') detached.set(container, entry);
  activate(entry);
  return entry.instance || via === 'api' ? entry.handle : null;
}

export const handleFor = (container: Element): WidgetHandle | null =>
  (entries.get(container) ?? detached.get(container))?.handle ?? null;

function mountWithin(node: Node): void {
  if (!(node instanceof Element)) return;
  const containers = Array.from(node.querySelectorAll(CONTAINER_SELECTOR));
  if (node.matches(CONTAINER_SELECTOR) || detached.has(node)) containers.unshift(node);
  // Each container on its own: one that fails never stops the others.
  for (const container of containers)
    log.guard('Mounting', () => mountElement(container, {}, 'auto'), null);
}

function onMutations(records: MutationRecord[]): void {
  let removed = false;
  // Each change on its own: one container's failure never stops the others in the batch.
  for (const record of records) {
    if (record.removedNodes.length) removed = true;
    log.guard('Watching for containers', () => onMutation(record), undefined);
  }
  if (removed) {
    for (const entry of Array.from(entries.values())) {
      if (!entry.container.isConnected) log.guard('Unmounting', () => release(entry), undefined);
    }
  }
}

function onMutation(record: MutationRecord): void {
  if (record.type === 'attributes') {
    const element = record.target as Element;
    const entry = entries.get(element);
    if (record.attributeName === CONTAINER_ATTRIBUTE) {
      if (element.hasAttribute(CONTAINER_ATTRIBUTE)) mountElement(element, {}, 'auto');
      else if (entry && !detached.has(element)) release(entry);
    } else if (entry?.instance) {
      entry.instance.update(resolveOptions(entry));
    }
    return;
  }
  record.addedNodes.forEach(mountWithin);
}

let observer: MutationObserver | null = null;

/**
 * Mounts every [data-clinic-widget] now and whenever one is added later (single-page apps,
 * CMS previews); releases widgets whose containers leave the document; follows changes to
 * their data-* options. Observing the document itself works even from <head>, before <body>.
 */
export function startAutoMount(optionAttributes: readonly string[]): void {
  if (observer) return;
  observer = new MutationObserver(onMutations);
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [CONTAINER_ATTRIBUTE, ...optionAttributes],
  });
  mountWithin(document.documentElement);
}
