import { render } from 'preact';
import { ENGLISH, type LocalePack } from '../i18n/content';
import { chooseLanguage } from '../i18n/locale-match';
import { loadLocale } from '../i18n/load-locale';
import { DEFAULT_LOCALE, SHIPPED_LOCALES, directionOf } from '../i18n/locales';
import { createTranslator, type Translate } from '../i18n/translator';
import { deriveAccent } from '../styles/accent';
import { ErrorBoundary } from '../widget/error-boundary';
import { Widget } from '../widget/widget';
import { adoptStyles } from './adopt-styles';
import { dispatchWidgetEvent } from './events';
import * as log from './log';
import { quote, toAttributeName, type SectionId, type WidgetOptions } from './options';
import { resolveCssColor } from './resolve-color';
import { scriptNonce } from './script-base';

/** Sections this version renders; the others are accepted and announced as not yet built. */
export const BUILT_SECTIONS: readonly SectionId[] = ['faq'];
const TITLE_HEADING_LEVEL = 2;

export interface WidgetInstance {
  update(options: WidgetOptions): void;
  destroy(): void;
}

/** Shadow roots this script attached; a re-added container gets its old root back. */
const ownedRoots = new WeakSet<ShadowRoot>();
let instances = 0;

function openShadowRoot(container: Element): ShadowRoot | null {
  const existing = container.shadowRoot;
  if (existing) {
    if (ownedRoots.has(existing)) return existing;
    log.warn(
      `<${container.localName}> already has a shadow root that is not ours; the widget is not mounted there. Use an empty <div data-clinic-widget>.`,
    );
    return null;
  }
  try {
    const root = container.attachShadow({ mode: 'open' });
    ownedRoots.add(root);
    return root;
  } catch {
    log.warn(
      `<${container.localName}> cannot hold the widget (it cannot have a shadow root). Use a <div data-clinic-widget>.`,
    );
    return null;
  }
}

/** The host's public --clinic-widget-accent, when data-accent is not set. */
function hostAccent(container: Element): WidgetOptions['accent'] {
  const value = getComputedStyle(container).getPropertyValue('--clinic-widget-accent').trim();
  if (!value) return null;
  const color = resolveCssColor(value);
  if (!color) log.warnOnce(`--clinic-widget-accent: ${quote(value)} is not a colour; ignored.`);
  return color;
}

/**
 * One widget in one container: its shadow root, styles, language and Preact tree. Returns
 * null (after a warning) when the container cannot hold a widget.
 */
export function startWidget(container: Element, initial: WidgetOptions): WidgetInstance | null {
  const root = openShadowRoot(container);
  if (!root) return null;
  const removeStyles = adoptStyles(root, initial.nonce ?? scriptNonce);
  const mountPoint = document.createElement('div');
  root.append(mountPoint);

  const idPrefix = `clinic-widget-${(instances += 1)}`;
  let options = initial;
  let locale: string = DEFAULT_LOCALE;
  let pack: LocalePack = ENGLISH;
  let t: Translate | null = null;
  let generation = 0;
  let announcedReady = false;
  const accentFromHost = initial.accent ? null : hostAccent(container);

  const paint = (): void => {
    if (!t) return;
    const accent = options.accent ?? accentFromHost;
    render(
      <ErrorBoundary message={t('error.render')}>
        <Widget
          locale={locale}
          dir={directionOf(locale)}
          pack={pack}
          t={t}
          sections={options.sections.filter((s) => BUILT_SECTIONS.includes(s))}
          colorScheme={options.colorScheme}
          accent={accent ? deriveAccent(accent) : null}
          clinicName={options.clinicName}
          clinicPhone={options.clinicPhone}
          headingLevel={TITLE_HEADING_LEVEL}
          idPrefix={idPrefix}
        />
      </ErrorBoundary>,
      mountPoint,
    );
    if (!announcedReady) {
      announcedReady = true;
      dispatchWidgetEvent(container, 'ready', { locale, sections: options.sections });
    }
  };

  const apply = (next: WidgetOptions): void => {
    options = next;
    const unbuilt = next.sections.filter((s) => !BUILT_SECTIONS.includes(s));
    if (unbuilt.length) {
      log.warnOnce(
        `Section(s) ${unbuilt.map((s) => `"${s}"`).join(', ')} are not available in this version yet, so nothing is shown for them.`,
      );
    }
    const choice = chooseLanguage(
      {
        option: next.lang,
        documentLang: document.documentElement.getAttribute('lang'),
        browser: typeof navigator !== 'undefined' ? (navigator.languages ?? []) : [],
      },
      SHIPPED_LOCALES,
      DEFAULT_LOCALE,
    );
    if (choice.unmatched && choice.from === 'option') {
      log.warnOnce(
        `${toAttributeName('lang')}=${quote(choice.unmatched)} is not a language the widget has (${SHIPPED_LOCALES.join(', ')}); showing ${choice.locale}.`,
      );
    }
    const current = (generation += 1);
    void loadLocale(choice.locale).then((loaded) => {
      // A later update or an unmount has overtaken this load.
      if (current !== generation) return;
      locale = loaded ? choice.locale : DEFAULT_LOCALE;
      pack = loaded ?? ENGLISH;
      t = createTranslator(locale, pack.ui);
      log.guard('Rendering', paint, undefined);
    });
  };

  apply(initial);

  return {
    update: (next) => log.guard('Updating the widget', () => apply(next), undefined),
    destroy() {
      generation += 1;
      log.guard('Unmounting', () => render(null, mountPoint), undefined);
      mountPoint.remove();
      removeStyles();
    },
  };
}
