/**
 * The lazy launcher's placeholder (data-mode="launcher" data-lazy): a small module the loader
 * imports instead of the whole widget. It draws the launcher button, with the widget's own
 * classes, language and colours, and loads the widget only when the button (or a host element
 * with data-clinic-widget-open) is pressed. The widget then takes the shadow root over
 * (src/embed/widget-instance.tsx) and opens its dialog.
 */
import { adoptStyles } from './embed/adopt-styles';
import type { Booting, Placeholder } from './embed/queue-stub';
import { hostAccent } from './embed/host-accent';
import { parseOptions, readAttributeOptions } from './embed/options';
import { DEFAULT_OPTIONS } from './shared/option-types';
import { resolveCssColor } from './embed/resolve-color';
import { directionOf } from './i18n/locales';
import { pageLanguage } from './i18n/page-language';
import { deriveAccent } from './styles/accent';
import { themeAttributes } from './styles/theme-attributes';
import { LAUNCHER_ICON_PATH, LAUNCHER_ICON_VIEWBOX } from './widget/launcher/launcher-icon';
import * as styles from './widget/launcher/launcher-button.css';
import { requestLauncher } from './widget/launcher/launcher-control';
import { chooseTarget, openTrigger } from './widget/launcher/open-triggers';
import { placementVars } from './widget/launcher/placement';

/** launcher.open and launcher.short in every shipped language, from the locale files at build time. */
declare const __CLINIC_WIDGET_LAUNCHER_LABELS__: Record<string, [string, string]>;

const SVG = 'http://www.w3.org/2000/svg';

function setStyle(element: HTMLElement, properties: Record<string, string> | undefined): void {
  for (const [name, value] of Object.entries(properties ?? {}))
    element.style.setProperty(name, value);
}

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

function draw(container: Element, booting: Booting, press: () => void): void {
  // The widget may have arrived first (another container loaded it): it owns the container.
  if (container.shadowRoot) return;
  // Warnings about bad values are the widget's job, once it loads: here, defaults stand in.
  const options = {
    ...DEFAULT_OPTIONS,
    ...parseOptions(readAttributeOptions(container), 'attribute', resolveCssColor).options,
  };
  const locale = pageLanguage(options.lang).locale;
  const accent = options.accent ?? hostAccent(container);
  const theme = themeAttributes(options.colorScheme, accent ? deriveAccent(accent) : null);

  const root = container.attachShadow({ mode: 'open' });
  adoptStyles(root, options.nonce ?? booting.nonce);
  const wrapper = document.createElement('div');
  wrapper.className = `${styles.wrapper} ${theme.class}`;
  wrapper.lang = locale;
  wrapper.dir = directionOf(locale);
  setStyle(wrapper, theme.style);
  setStyle(
    wrapper,
    placementVars({
      position: options.launcherPosition,
      zIndex: options.zIndex,
      offset: options.launcherOffset,
    }),
  );
  const button = document.createElement('button');
  button.type = 'button';
  button.className = styles.button[options.launcherPosition];
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', styles.icon);
  svg.setAttribute('viewBox', LAUNCHER_ICON_VIEWBOX);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', LAUNCHER_ICON_PATH);
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '2');
  svg.append(path);
  // The widget's launcher has the same two labels, one shown at a time (launcher.tsx).
  const labels = __CLINIC_WIDGET_LAUNCHER_LABELS__[locale] ?? ['', ''];
  const long = document.createElement('span');
  long.className = styles.longLabel;
  long.textContent = labels[0];
  const short = document.createElement('span');
  short.className = styles.shortLabel;
  short.textContent = labels[1];
  button.append(svg, long, short);
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
