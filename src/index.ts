/**
 * The script-tag entry. Loaded as a classic script (async, defer, in <head>, pasted twice,
 * under an AMD loader), it installs one global, `window.ClinicWidget`, replays calls queued by
 * the stub, and mounts every [data-clinic-widget] container, now and later.
 */
import { createApi, drainQueue } from './embed/api';
import * as log from './embed/log';
import { OPTION_ATTRIBUTES } from './embed/options';
import { startAutoMount } from './embed/registry';
import './embed/script-base';

declare const __CLINIC_WIDGET_VERSION__: string;

interface ClinicWidgetWindow {
  ClinicWidget?: unknown;
}

log.guard(
  'Starting clinic-widget',
  () => {
    const host = window as unknown as ClinicWidgetWindow;
    const existing = host.ClinicWidget;
    // Pasted twice: the first copy owns the page; this one does nothing.
    if (typeof existing === 'function' && 'version' in existing) return;
    const api = createApi(__CLINIC_WIDGET_VERSION__);
    Object.defineProperty(host, 'ClinicWidget', {
      value: api,
      configurable: true,
      enumerable: true,
      writable: true,
    });
    drainQueue(existing, api);
    startAutoMount(OPTION_ATTRIBUTES);
  },
  undefined,
);
