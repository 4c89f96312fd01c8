import type { ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { deepLinkFor } from './faq/deep-link';
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
import { Faq } from './faq/faq';
import { firstViewStages } from './first-view-stages';
import { Later } from './ui/later';
import { afterNextPaint } from '../shared/after-next-paint';
import { InDialog } from './launcher/in-dialog';
import { useFaqState } from './faq/use-faq-state';
import { EmergencyNotice } from './ui/emergency-notice';
import { Heading } from './ui/heading';
import { ForwardArrowIcon } from './ui/icons';
import { LanguageMenu, type LanguageStatus } from './ui/language-menu';
import { ReviewedDate } from './ui/reviewed-date';
import { SlottedText } from './ui/slotted-text';
import { lazyComponent } from './ui/lazy';
import { sectionFallback } from './ui/section-fallback';
import { importChunk } from '../shared/retry-import';
import { WidgetContext, type ClinicDetails, type WidgetContextValue } from './widget-context';
import * as styles from './widget.css';

// Sections other than the FAQ are downloaded only by widgets that show them.
const Quiz = lazyComponent(
  'quiz',
  (_retryQuery) => import('./quiz/quiz').then((m) => m.Quiz),
  sectionFallback,
);
const Compare = lazyComponent(
  'compare',
  (_retryQuery) => import('./compare/compare').then((m) => m.Compare),
  sectionFallback,
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
  /** A picked language still loading, or failed: the menu says so. */
  languageStatus: LanguageStatus;
  onQuizResult?: (level: Level) => void;
  /** FAQ deep links (#faq-<id>) and whether opening an answer writes one into the address. */
  deepLinks: { prefix: string; updateUrl: boolean };
  /** Opt-in FAQPage JSON-LD in the host document. */
  structuredData: boolean;
}

/** The widget shell: title, language menu, the chosen sections, and the safety footer. */
export function Widget(props: WidgetProps) {
  const { pack, headingLevel, clinic, locale, idPrefix } = props;
  const { t, template } = props.translator;
  const rootRef = useRef<HTMLDivElement>(null);
  // The first view is drawn in stages (frame-plan.ts), each a task and a frame of its own:
  // effects run after the browser has painted, and each later stage after the next paint.
  const [stages] = useState(firstViewStages);
  const sectionCount = props.sections.length;
  useEffect(() => {
    let cancel = () => {};
    const step = () => {
      if (stages.advance(sectionCount)) cancel = afterNextPaint(step);
      else rootRef.current?.removeAttribute('aria-busy');
    };
    step();
    return () => cancel();
  }, [sectionCount]);
  const showsFaq = props.sections.includes('faq');
  const { prefix } = props.deepLinks;
  // Open FAQ answers live here, so they survive a language switch and the quiz can open one.
  const faq = useFaqState(
    rootRef,
    idPrefix,
    pack.content.faq.items.map((item) => item.id),
    { ...props.deepLinks, enabled: showsFaq },
  );

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

  /** Moves focus to a section's first control or heading, and brings it into view. */
  const focusIn = (selector: string) => {
    const target = rootRef.current?.querySelector<HTMLElement>(selector);
    target?.focus();
    target?.scrollIntoView?.({ block: 'start' });
  };

  const context: WidgetContextValue = {
    locale,
    dir: props.dir,
    t,
    template,
    clinic,
    fill,
    idPrefix,
    revealFaq: showsFaq ? faq.revealAndFocus : null,
    firstView: { listen: stages.listen, plan: () => stages.plan(sectionCount) },
  };
  const phoneHref = telHref(clinic.phone);
  const theme = themeAttributes(props.colorScheme, props.accent);
  const { meta } = pack.content;
  // In the launcher's dialog, the title is in the dialog's header bar.
  const inDialog = useContext(InDialog);

  return (
    <WidgetContext.Provider value={context}>
      <div
        ref={rootRef}
        class={`${styles.root} ${theme.class}`}
        lang={locale}
        dir={props.dir}
        style={theme.style}
        // Assistive technology waits for the last stage, which completes the widget (the
        // stages' clock above removes it then, without rendering the widget again).
        aria-busy={stages.plan(sectionCount).complete ? undefined : 'true'}
      >
        <div class={styles.header}>
          {/* Focusable by script only: the handle's open() moves focus here (in the page). */}
          {!inDialog && (
            <Heading level={headingLevel} class={styles.title} tabIndex={-1}>
              {meta.title}
            </Heading>
          )}
          <LanguageMenu onChange={props.onLanguageChange} status={props.languageStatus} />
        </div>
        {/* The dialog's first screen has the emergency line, as every step of the check does. */}
        {inDialog && <EmergencyNotice />}
        <p class={styles.intro}>{meta.intro}</p>
        {props.sections.map((section, index) => {
          // Each section at its stage of the first view (the first at once).
          const staged = (element: ComponentChildren) => (
            <Later key={section} index={index}>
              {element}
            </Later>
          );
          if (section === 'faq')
            return staged(
              <Faq
                key={section}
                items={pack.content.faq.items}
                categories={pack.content.faq.categories}
                headingLevel={headingLevel + 1}
                state={faq}
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
                        show: () => focusIn(`[id="${compareHeadingId(idPrefix)}"]`),
                      }
                    : null
                }
              />,
            );
          if (section === 'compare')
            return staged(
              <Compare key={section} content={pack.content} headingLevel={headingLevel + 1} />,
            );
          if (section === 'quiz')
            return staged(
              <Quiz
                key={section}
                content={pack.content}
                headingLevel={headingLevel + 1}
                onResult={(level) => props.onQuizResult?.(level)}
              />,
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
            <SlottedText
              template={template('footer.updated')}
              slots={{ date: <ReviewedDate isoDate={meta.lastReviewed} locale={locale} /> }}
            />{' '}
            {meta.reviewNote}
          </p>
        </div>
      </div>
    </WidgetContext.Provider>
  );
}
