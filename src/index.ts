/**
 * The widget's main module, imported by the loader (src/loader.ts, dist/clinic-widget.js). It
 * installs the one global, `window.ClinicWidget`, replays calls queued by the stub, and mounts
 * every [data-clinic-widget] container, now and later.
 */
import { createApi, drainQueue } from './embed/api';
import * as log from './shared/log';
import { OPTION_ATTRIBUTES } from './embed/options';
import { startAutoMount } from './embed/registry';

declare const __CLINIC_WIDGET_VERSION__: string;

interface ClinicWidgetWindow {
  ClinicWidget?: unknown;
}

log.guard(
  'Starting clinic-widget',
  () => {
    const host = window as unknown as ClinicWidgetWindow;
    const existing = host.ClinicWidget;
    // Already running (a copy of the module from another path): that one owns the page.
    if (typeof existing === 'function' && 'version' in existing) return;
    const api = createApi(__CLINIC_WIDGET_VERSION__);
    // Assigned, not redefined: a page's `var ClinicWidget` stub cannot be redefined.
    host.ClinicWidget = api;
    drainQueue(existing, api);
    startAutoMount(OPTION_ATTRIBUTES);
  },
  undefined,
);
