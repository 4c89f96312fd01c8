import type { MountOptions, WidgetHandle } from '../public-types';

/**
 * The configurator's preview uses the real widget, loaded by the same clinic-widget.js a
 * clinic's page uses, through its public JS API: its handle is the public WidgetHandle.
 */
export type PreviewHandle = WidgetHandle;

interface ClinicWidgetApi {
  version?: string;
  mount?(target: Element, options: MountOptions): PreviewHandle;
}

/** Resolves with the API once the widget's module has loaded (the loader's stub has no version). */
export function whenWidgetLoaded(timeoutMs = 15_000): Promise<Required<ClinicWidgetApi>> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      const api = (window as { ClinicWidget?: ClinicWidgetApi }).ClinicWidget;
      if (api?.version && api.mount) return resolve(api as Required<ClinicWidgetApi>);
      if (Date.now() - started > timeoutMs)
        return reject(new Error('clinic-widget.js did not load'));
      setTimeout(check, 50);
    };
    check();
  });
}
