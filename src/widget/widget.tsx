import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { deepLinkFor, parseDeepLink } from './faq/deep-link';
import * as log from '../shared/log';
import type { ColorScheme, SectionId } from '../shared/option-types';
import { telHref } from '../shared/phone';
import type { LocalePack } from '../content/content';
import topic from '../content/topic.json';
import { fillPlaceholders } from '../content/placeholders';
import type { Translator } from '../i18n/english-formatter';
import type { Level } from '../content/triage';
import type { AccentColors } from '../styles/accent';
import { themeAttributes } from '../styles/theme-attributes';
import { compareHeadingId } from './compare/compare-ids';
import { Faq, faqButtonId } from './faq/faq';
import { EmergencyNotice } from './ui/emergency-notice';
import { Heading } from './ui/heading';
import { ForwardArrowIcon } from './ui/icons';
import { LanguageMenu } from './ui/language-menu';
import { lazyComponent } from './ui/lazy';
import { importChunk } from '../shared/retry-import';
import { WidgetContext, type ClinicDetails, type WidgetContextValue } from './widget-context';
import * as styles from './widget.css';

// Sections other than the FAQ are downloaded only by widgets that show them.
const Quiz = lazyComponent('quiz', (_retryQuery) => import('./quiz/quiz').then((m) => m.Quiz));
const Compare = lazyComponent('compare', (_retryQuery) =>
  import('./compare/compare').then((m) => m.Compare),
);
const LAZY_SECTIONS: Partial<Record<SectionId, { preload(): Promise<void> }>> = {
  quiz: Quiz,
  compare: Compare,
};

/**
 * Downloads the code of the given sections, in parallel with the language: the widget then
 * appears complete in one paint, with nothing popping in afterwards.
 */
export const preloadSections = (sections: readonly SectionId[]): Promise<unknown> =>
  Promise.all(sections.map((section) => LAZY_SECTIONS[section]?.preload()));

export interface WidgetProps {
  locale: string;
  dir: 'ltr' | 'rtl';
  pack: LocalePack;
  translator: Translator;
  sections: SectionId[];
  colorScheme: ColorScheme;
  /** Set only when the clinic chose an accent; the theme's default applies otherwise. */
  accent: AccentColors | null;
  clinic: ClinicDetails;
  headingLevel: number;
  idPrefix: string;
  onLanguageChange: (tag: string) => void;
  onQuizResult?: (level: Level) => void;
  /** FAQ deep links (#faq-<id>) and whether opening an answer writes one into the address. */
  deepLinks: { prefix: string; updateUrl: boolean };
  /** Opt-in FAQPage JSON-LD in the host document. */
  structuredData: boolean;
}

function formatDate(isoDate: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${isoDate}T00:00:00Z`),
    );
  } catch {
    return isoDate;
  }
}

const toggled = (set: ReadonlySet<string>, id: string, open?: boolean): Set<string> => {
  const next = new Set(set);
  if (open ?? !next.has(id)) next.add(id);
  else next.delete(id);
  return next;
};

/** The widget shell: title, language menu, the chosen sections, and the safety footer. */
export function Widget(props: WidgetProps) {
  const { pack, headingLevel, clinic, locale, idPrefix } = props;
  const { t, template } = props.translator;
  const rootRef = useRef<HTMLDivElement>(null);
  // Open FAQ answers live here, so they survive a language switch and the quiz can open one.
  const [openFaq, setOpenFaq] = useState<ReadonlySet<string>>(new Set());
  const [focusFaq, setFocusFaq] = useState<string | null>(null);

  useLayoutEffect(() => {
    if (!focusFaq) return;
    const button = rootRef.current?.querySelector<HTMLElement>(
      `[id="${faqButtonId(idPrefix, focusFaq)}"]`,
    );
    button?.focus();
    button?.scrollIntoView?.({ block: 'start' });
    setFocusFaq(null);
  }, [focusFaq]);

  const showsFaq = props.sections.includes('faq');
  const faqIds = pack.content.faq.items.map((item) => item.id);
  const { prefix, updateUrl } = props.deepLinks;

  // Deep links: #faq-<id> on load or later opens that answer and brings it into view.
  useEffect(() => {
    if (!showsFaq) return;
    const openFromHash = () => {
      const link = parseDeepLink(window.location.hash, prefix, faqIds);
      if (!link) return;
      if ('unknown' in link) {
        log.warnOnce(
          `The link #${prefix}${link.unknown} names no question in the FAQ; nothing was opened.`,
        );
        return;
      }
      setOpenFaq((open) => toggled(open, link.id, true));
      setFocusFaq(link.id);
    };
    openFromHash();
    window.addEventListener('hashchange', openFromHash);
    return () => window.removeEventListener('hashchange', openFromHash);
  }, [showsFaq, prefix, faqIds.join()]);

  const fillValues = {
    clinic: clinic.name ?? t('clinic.yourClinic'),
    emergency: clinic.emergencyNumber ?? t('emergency.localNumber'),
  };
  const fill = (text: string) => fillPlaceholders(text, fillValues);

  // Opt-in structured data, kept in the widget's language and removed on unmount. Its code is
  // a separate chunk, downloaded only by widgets that opt in.
  useEffect(() => {
    if (!props.structuredData || !showsFaq) return;
    let remove: (() => void) | null = null;
    let live = true;
    importChunk((_retryQuery) => import('./faq/structured-data')).then(
      ({ faqPageJsonLd, installJsonLd }) => {
        if (live)
          remove = installJsonLd(document, faqPageJsonLd(pack.content.faq.items, fill, locale));
      },
      (cause: unknown) => log.error('The structured data could not be added.', cause),
    );
    return () => {
      live = false;
      remove?.();
    };
  }, [props.structuredData, showsFaq, pack, locale, fillValues.clinic, fillValues.emergency]);

  const toggleFaq = (id: string) => {
    const opening = !openFaq.has(id);
    setOpenFaq((open) => toggled(open, id));
    if (opening && updateUrl) {
      try {
        history.replaceState(history.state, '', `#${prefix}${id}`);
      } catch {
        // A sandboxed frame may refuse; the answer still opens.
      }
    }
  };

  const context: WidgetContextValue = {
    locale,
    dir: props.dir,
    t,
    template,
    clinic,
    fill,
    idPrefix,
    revealFaq: showsFaq
      ? (id) => {
          setOpenFaq((open) => toggled(open, id, true));
          setFocusFaq(id);
        }
      : null,
  };
  const phoneHref = telHref(clinic.phone);
  const theme = themeAttributes(props.colorScheme, props.accent);
  const { meta } = pack.content;

  return (
    <WidgetContext.Provider value={context}>
      <div
        ref={rootRef}
        class={`${styles.root} ${theme.class}`}
        lang={locale}
        dir={props.dir}
        style={theme.style}
      >
        <div class={styles.header}>
          <Heading level={headingLevel} class={styles.title}>
            {meta.title}
          </Heading>
          <LanguageMenu onChange={props.onLanguageChange} />
        </div>
        <p class={styles.intro}>{meta.intro}</p>
        {props.sections.map((section) => {
          if (section === 'faq')
            return (
              <Faq
                key={section}
                items={pack.content.faq.items}
                categories={pack.content.faq.categories}
                headingLevel={headingLevel + 1}
                open={openFaq}
                onToggle={toggleFaq}
                onSetOpen={(ids) => setOpenFaq(new Set(ids))}
                linkTo={(id) => {
                  try {
                    return deepLinkFor(window.location.href, prefix, id);
                  } catch {
                    return null;
                  }
                }}
                comparisonLinks={
                  props.sections.includes('compare')
                    ? {
                        ids: topic.faqToComparison,
                        show: () => {
                          const heading = rootRef.current?.querySelector<HTMLElement>(
                            `[id="${compareHeadingId(idPrefix)}"]`,
                          );
                          heading?.focus();
                          heading?.scrollIntoView?.({ block: 'start' });
                        },
                      }
                    : null
                }
              />
            );
          if (section === 'compare')
            return <Compare key={section} content={pack.content} headingLevel={headingLevel + 1} />;
          if (section === 'quiz')
            return (
              <Quiz
                key={section}
                content={pack.content}
                headingLevel={headingLevel + 1}
                onResult={(level) => props.onQuizResult?.(level)}
              />
            );
          return null;
        })}
        {/* A <div>, not <footer>: a footer here could read as the host page's contentinfo landmark. */}
        <div class={styles.footer}>
          <EmergencyNotice />
          {phoneHref && clinic.phone ? (
            <p>
              {clinic.name
                ? t('footer.contactClinicNamed', { clinicName: clinic.name })
                : t('footer.contactClinic')}{' '}
              <a href={phoneHref}>{clinic.phone}</a>
            </p>
          ) : null}
          {clinic.bookingUrl ? (
            <p>
              <a href={clinic.bookingUrl}>
                {t('footer.booking')}
                <ForwardArrowIcon />
              </a>
            </p>
          ) : null}
          <p class={styles.muted}>{context.fill(pack.content.disclaimer)}</p>
          <p class={styles.small}>
            {t('footer.updated', { date: formatDate(meta.lastReviewed, locale) })} {meta.reviewNote}
          </p>
        </div>
      </div>
    </WidgetContext.Provider>
  );
}
