import * as log from '../shared/log';
import { quote } from './options';
import { type WidgetOptions } from '../shared/option-types';
import { resolveCssColor } from './resolve-color';

/** The host's public --clinic-widget-accent, used when data-accent is not set. */
export function hostAccent(container: Element): WidgetOptions['accent'] {
  const value = getComputedStyle(container).getPropertyValue('--clinic-widget-accent').trim();
  if (!value) return null;
  const color = resolveCssColor(value);
  if (!color) log.warnOnce(`--clinic-widget-accent: ${quote(value)} is not a colour; ignored.`);
  return color;
}
