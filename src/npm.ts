/**
 * The npm package's entry (`import { mount } from 'clinic-widget'`): the same widget as the
 * script tag, mounted by the developer's code. It installs no global and mounts nothing on
 * its own; languages come with the package (see i18n/bundled-locales.ts).
 */
import { createApi, noopHandle } from './embed/api';
import { importBundledLocale } from './i18n/bundled-locales';
import { setLocaleImporter } from './i18n/load-locale';
import type { MountOptions, WidgetHandle } from './public-types';

export type * from './public-types';

declare const __CLINIC_WIDGET_VERSION__: string;

setLocaleImporter(importBundledLocale);
const api = createApi(__CLINIC_WIDGET_VERSION__);

/** The package's version. */
export const version: string = __CLINIC_WIDGET_VERSION__;

/**
 * Renders the widget into `target` (an element or a CSS selector), in its own shadow root.
 * Never throws: a bad target or option logs a `[clinic-widget]` warning instead. During
 * server rendering (no `document`) there is nothing to draw into and nothing is wrong: it
 * returns a handle whose methods do nothing, without a warning.
 */
export function mount(target: Element | string, options: MountOptions = {}): WidgetHandle {
  if (typeof document === 'undefined') return noopHandle;
  return api.mount(target, options as Record<string, unknown>);
}
