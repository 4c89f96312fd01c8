import { render } from 'preact';
import { ENGLISH, type LocalePack } from '../content/content';
import { emergencyNumberFor } from '../content/emergency-numbers';
import { pageLanguage } from '../i18n/page-language';
import { loadLocale } from '../i18n/load-locale';
import { DEFAULT_LOCALE, PSEUDO_LOCALES, SHIPPED_LOCALES, directionOf } from '../i18n/locales';
import { type Translator } from '../i18n/english-formatter';
import { loadTranslator, preloadTranslator } from '../i18n/load-translation';
import { deriveAccent } from '../styles/accent';
import { ErrorBoundary } from './error-boundary';
import { lazyComponent } from '../widget/ui/lazy';
import { Widget, preloadSections } from '../widget/widget';
import { adoptStyles } from './adopt-styles';
import { dispatchWidgetEvent } from './events';
import * as log from '../shared/log';
import { quote } from './options';
import { toAttributeName, type WidgetOptions } from '../shared/option-types';
import { hostAccent } from './host-accent';
import { placeholderIn, scriptNonce } from './loader-state';
import { requestLauncher, type LauncherControl } from '../widget/launcher/launcher-control';
import { openShadowRoot } from './shadow-root';
import { customSource, loadClinicContent } from './clinic-content';
import { languagePick } from './language-pick';

export interface WidgetInstance {
  update(options: WidgetOptions): void;
  destroy(): void;
  /** The handle's open() and close(): see WidgetHandle in public-types.ts. */
  show(open: boolean): void;
}

// Only launcher-mode widgets download the launcher and its dialog. Without that code, the
// widget is shown in its container instead: a visitor never loses it (nor its emergency line).
const Launcher = lazyComponent(
  'launcher',
  (_retryQuery) => import('../widget/launcher/launcher').then((m) => m.Launcher),
  (props, failed) => (failed ? <>{props.children}</> : null),
);

/** How long the first paint waits for slow files before it draws what is here. */
const SLOW_MS = 1500;

let instances = 0;

interface Resolved {
  locale: string;
  pack: LocalePack;
  translator: Translator;
}

/**
 * One widget in one container: its shadow root, styles, language and Preact tree. Returns
 * null (after a warning) when the container cannot hold a widget.
 */
export function startWidget(container: Element, initial: WidgetOptions): WidgetInstance | null {
  // The lazy placeholder's record, if any: a press on it already asked for the dialog.
  const control: LauncherControl = placeholderIn(container) ?? {};
  const root = openShadowRoot(container);
  if (!root) return null;
  // What the root held (a placeholder, the reserved space, a <slot> for the container's own
  // content) stays until the first paint: the page never sees an empty box in between.
  let stale: ChildNode[] | null = Array.from(root.childNodes);
  const removeStyles = adoptStyles(root, initial.nonce ?? scriptNonce);
  const mountPoint = document.createElement('div');
  root.append(mountPoint);

  const idPrefix = `clinic-widget-${(instances += 1)}`;
  let options = initial;
  /** The visitor's pick from the language menu; it outranks every other source. */
  const pick = languagePick();
  let resolved: Resolved | null = null;
  let generation = 0;
  let announcedReady = false;
  let slowTimer: ReturnType<typeof setTimeout> | undefined;
  const accentFromHost = initial.accent ? null : hostAccent(container);

  const paint = (): void => {
    if (!resolved) return;
    const { locale, pack, translator } = resolved;
    const accent = options.accent ?? accentFromHost;
    const emergencyNumber = emergencyNumberFor({
      explicit: options.emergencyNumber,
      country: options.country,
    });
    const dir = directionOf(locale);
    const accentColors = accent ? deriveAccent(accent) : null;
    const widget = (
      <ErrorBoundary message={translator.t('error.render')}>
        <Widget
          locale={locale}
          dir={dir}
          pack={pack}
          translator={translator}
          sections={options.sections}
          colorScheme={options.colorScheme}
          accent={accentColors}
          clinic={{
            name: options.clinicName,
            phone: options.clinicPhone,
            bookingUrl: options.bookingUrl,
            emergencyNumber,
          }}
          headingLevel={options.headingLevel}
          deepLinks={{ prefix: options.deepLinkPrefix, updateUrl: options.updateUrl }}
          structuredData={options.structuredData}
          idPrefix={idPrefix}
          onQuizResult={(level) => dispatchWidgetEvent(container, 'quiz-result', { level })}
          languageStatus={pick.status()}
          onLanguageChange={(tag) => {
            pick.choose(tag);
            // The menu shows that the language is on its way; the widget stays as it is.
            repaint();
            apply(options);
          }}
        />
      </ErrorBoundary>
    );
    render(
      options.mode === 'launcher' ? (
        <Launcher
          placement={{
            position: options.launcherPosition,
            zIndex: options.zIndex,
            offset: options.launcherOffset,
          }}
          lang={locale}
          dir={dir}
          colorScheme={options.colorScheme}
          accent={accentColors}
          t={translator.t}
          title={pack.content.meta.title}
          headingLevel={options.headingLevel}
          control={control}
          onOpenChange={(open) => dispatchWidgetEvent(container, open ? 'open' : 'close', {})}
        >
          {widget}
        </Launcher>
      ) : (
        widget
      ),
      mountPoint,
    );
    stale?.forEach((node) => node.remove());
    stale = null;
    if (!announcedReady) {
      announcedReady = true;
      dispatchWidgetEvent(container, 'ready', { locale, sections: options.sections });
    }
  };

  const repaint = () => log.guard('Rendering', paint, undefined);

  function chooseLocale(next: WidgetOptions): string {
    const chosen = pick.chosen();
    if (chosen) return chosen;
    if (next.lang && PSEUDO_LOCALES.includes(next.lang)) return next.lang;
    const choice = pageLanguage(next.lang);
    if (choice.unmatched && choice.from === 'option') {
      log.warnOnce(
        `${toAttributeName('lang')}=${quote(choice.unmatched)} is not a language the widget has (${SHIPPED_LOCALES.join(', ')}); showing ${choice.locale}.`,
      );
    }
    return choice.locale;
  }

  function apply(next: WidgetOptions): void {
    options = next;
    const wanted = chooseLocale(next);
    const source = customSource(next);
    const current = (generation += 1);
    // Only the first paint waits on a clock (cleared on unmount): later ones keep what is shown.
    const slow = resolved
      ? null
      : new Promise((resolve) => (slowTimer = setTimeout(resolve, SLOW_MS)));
    /** Draws `locale` (English where its strings or translation code are missing). */
    const show = async (
      locale: string,
      loaded: LocalePack | null,
      custom: Awaited<ReturnType<typeof loadClinicContent>>,
      early?: boolean,
    ) => {
      const translated = loaded ? await loadTranslator(locale, loaded.ui) : null;
      // Without the language or the code to translate it: English, which is always here.
      const useWanted = loaded !== null && translated !== null;
      const translator = translated ?? (await loadTranslator(DEFAULT_LOCALE, ENGLISH.ui));
      // The first paint renders in a task of its own, not in the one that evaluated the main
      // module and adopted the styles: no task of the host page holds all three.
      if (!resolved) await new Promise((resume) => setTimeout(resume));
      // A later update or an unmount has overtaken this load; an early draw, the real one.
      if (current !== generation || !translator || (early && resolved)) return;
      // A picked language that cannot be shown: the widget keeps its language and says so.
      if (!early && !pick.settle(locale, useWanted)) return repaint();
      const shown = useWanted ? locale : DEFAULT_LOCALE;
      const shipped = useWanted ? loaded : ENGLISH;
      const content = custom?.(shown, shipped.content) || shipped.content;
      resolved = { locale: shown, pack: { ui: shipped.ui, content }, translator };
      // Drawn: the clock for an early draw has nothing left to do (no timer outlives its use).
      if (!early) clearTimeout(slowTimer);
      repaint();
    };
    preloadTranslator(wanted);
    // Every section's code starts downloading now; the first paint waits for the first one.
    void preloadSections(next.sections);
    const firstSections = preloadSections(next.sections.slice(0, 1));
    // A slow file never keeps the widget blank: the first paint waits a moment at most, then
    // shows English and the shipped content, and the rest comes when it arrives.
    void slow?.then(() => show(DEFAULT_LOCALE, ENGLISH, null, true));
    void Promise.all([
      loadLocale(wanted),
      source ? loadClinicContent(source) : null,
      // Only the first section is waited for: the others are drawn a frame later anyway, and
      // come in their stand-ins if their code is still on its way. A slow one never holds
      // back the rest.
      slow ? Promise.race([firstSections, slow]) : firstSections,
      next.mode === 'launcher' ? Launcher.preload() : null,
    ])
      .then(([loaded, custom]) => show(wanted, loaded, custom))
      .catch((cause: unknown) => log.error('The widget could not be drawn.', cause));
  }

  apply(initial);

  return {
    update: (next) => log.guard('Updating the widget', () => apply(next), undefined),
    show(open) {
      if (options.mode === 'launcher')
        return requestLauncher(control, open, document.activeElement);
      // In the page there is nothing to close; open() brings the widget to the visitor: focus
      // on its title (announced by screen readers), scrolled into view. Not drawn yet: nothing.
      // The title is the first element there with a tabindex (-1, see widget.tsx).
      if (open) mountPoint.querySelector<HTMLElement>('[tabindex]')?.focus();
    },
    destroy() {
      generation += 1;
      clearTimeout(slowTimer);
      log.guard('Unmounting', () => render(null, mountPoint), undefined);
      removeStyles();
      // A shadow root cannot be removed: a <slot> shows what the container held before again.
      root.replaceChildren(document.createElement('slot'));
    },
  };
}
