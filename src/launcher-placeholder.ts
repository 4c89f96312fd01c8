/**
 * The lazy launcher's placeholder (data-mode="launcher" data-lazy): a small module the loader
 * imports instead of the whole widget. It draws the launcher button, with the widget's own
 * classes, language and colours, and loads the widget only when the button (or a host element
 * with data-clinic-widget-open) is pressed. The widget then takes the shadow root over
 * (src/embed/widget-instance.tsx) and opens its dialog.
 *
 * Small on purpose (test/build/size-budget.test.ts holds it within 5 KB gzip; issue 17 asks
 * for 2 KB, and docs/performance.md says what the rest is): it reads only the options the
 * button needs (embed/launcher-options.ts), and its stylesheet is the button's rules alone
 * (tools/prune-css-vars.ts); the widget adopts its whole sheet on takeover.
 */
import { adoptCss } from './embed/adopt-styles';
import type { Booting, Placeholder } from './embed/queue-stub';
import { readLauncherOptions } from './embed/launcher-options';
import { resolveCssColor } from './embed/resolve-color';
import { DEFAULT_LOCALE, directionOf } from './i18n/locales';
import { languageSources } from './i18n/page-language';
import { chooseLanguage } from './shared/locale-match';
import { deriveAccent } from './styles/accent';
import { themeAttributes } from './styles/theme-attributes';
import { LAUNCHER_ICON_PATH, LAUNCHER_ICON_VIEWBOX } from './widget/launcher/launcher-icon';
import * as styles from './widget/launcher/launcher-button.css';
import { requestLauncher } from './widget/launcher/launcher-control';
import { chooseTarget, openTrigger } from './widget/launcher/open-triggers';
import { placementVars } from './widget/launcher/placement';

/** launcher.open and launcher.short in every shipped language, from the locale files at build time. */
declare const __CLINIC_WIDGET_LAUNCHER_LABELS__: Record<string, [string, string]>;
// Read once: the build writes the define's whole table wherever it is named.
const LABELS = __CLINIC_WIDGET_LAUNCHER_LABELS__;

const SVG = 'http://www.w3.org/2000/svg';

/** The placeholders drawn, with their buttons, for the host's data-clinic-widget-open. */
const drawn: { host: Element; control: Placeholder; button: HTMLElement }[] = [];
let listening = false;

/** Loads the widget, which opens the dialog when it arrives; focus then returns to `opener`. */
function pressed(target: (typeof drawn)[number], opener: Element | null, press: () => void): void {
  requestLauncher(target.control, true, opener);
  // Loading: pressing again does nothing more, and assistive technology hears it is busy.
  target.button.setAttribute('aria-busy', 'true');
  press();
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => {
  const made = document.createElement(tag);
  made.className = className;
  return made;
};

const setAttributes = (target: Element, attributes: Record<string, string>): void => {
  for (const name in attributes) target.setAttribute(name, attributes[name] as string);
};

function draw(container: Element, booting: Booting, press: () => void): void {
  // The widget may have arrived first (another container loaded it): it owns the container.
  if (container.shadowRoot) return;
  // Warnings about bad values are the widget's job, once it loads: here, defaults stand in.
  const options = readLauncherOptions(container, resolveCssColor);
  // As i18n/page-language.ts chooses, among the shipped languages: the label table's keys.
  const locale = chooseLanguage(
    languageSources(options.lang),
    Object.keys(LABELS),
    DEFAULT_LOCALE,
  ).locale;
  // The host's --clinic-widget-accent, as embed/host-accent.ts reads it (it warns, later).
  const accent =
    options.accent ??
    resolveCssColor(getComputedStyle(container).getPropertyValue('--clinic-widget-accent'));
  const theme = themeAttributes(options.colorScheme, accent && deriveAccent(accent));

  const root = container.attachShadow({ mode: 'open' });
  adoptCss(root, options.nonce ?? booting.nonce);
  const wrapper = element('div', `${styles.wrapper} ${theme.class}`);
  wrapper.lang = locale;
  wrapper.dir = directionOf(locale);
  const vars = {
    ...theme.style,
    ...placementVars({
      position: options.launcherPosition,
      zIndex: options.zIndex,
      offset: options.launcherOffset,
    }),
  };
  for (const name in vars) wrapper.style.setProperty(name, vars[name] as string);
  const button = element('button', styles.button[options.launcherPosition]);
  button.type = 'button';
  setAttributes(button, { 'aria-haspopup': 'dialog', 'aria-expanded': 'false' });
  const svg = document.createElementNS(SVG, 'svg');
  setAttributes(svg, {
    class: styles.icon,
    viewBox: LAUNCHER_ICON_VIEWBOX,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  const path = document.createElementNS(SVG, 'path');
  setAttributes(path, {
    d: LAUNCHER_ICON_PATH,
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
  });
  svg.append(path);
  // The widget's launcher has the same two labels, one shown at a time (launcher.tsx).
  const [long, short] = LABELS[locale] as [string, string];
  const longLabel = element('span', styles.longLabel);
  longLabel.textContent = long;
  const shortLabel = element('span', styles.shortLabel);
  shortLabel.textContent = short;
  button.append(svg, longLabel, shortLabel);
  const placeholder: Placeholder = { root };
  const target = { host: container, control: placeholder, button };
  button.addEventListener('click', () => pressed(target, null, press));
  wrapper.append(button);
  root.append(wrapper);
  (booting.placeholders ??= new WeakMap()).set(container, placeholder);
  drawn.push(target);
}

/** Draws a placeholder launcher in each container; `press` loads the widget. */
export function drawPlaceholders(
  containers: readonly Element[],
  booting: Booting,
  press: () => void,
): void {
  // For the page's life: a host's trigger clicked before the widget is here loads it.
  if (!listening) {
    listening = true;
    document.addEventListener('click', (event) => {
      // Once the widget's dialog is drawn, its own listener answers (open-triggers.ts).
      const trigger = openTrigger(event);
      if (!trigger || drawn.some(({ control }) => control.set)) return;
      const target = chooseTarget(trigger, drawn);
      if (!target) return;
      event.preventDefault();
      pressed(target, trigger, press);
    });
  }
  for (const container of containers) {
    try {
      draw(container, booting, press);
    } catch (cause) {
      // This container cannot show a placeholder: load the widget, which reports why.
      console.warn('[clinic-widget] The launcher button could not be drawn early.', cause);
      press();
    }
  }
}
