import { assignInlineVars } from '@vanilla-extract/dynamic';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ColorScheme, SectionId } from '../embed/options';
import { telHref } from '../embed/phone';
import type { LocalePack } from '../i18n/content';
import { fillPlaceholders } from '../i18n/placeholders';
import type { Translator } from '../i18n/translator';
import type { Level } from '../i18n/triage';
import type { AccentColors } from '../styles/accent';
import { accentVars, colorSchemes, themeBase } from '../styles/theme.css';
import { Faq, faqButtonId } from './faq/faq';
import { EmergencyNotice } from './ui/emergency-notice';
import { Heading } from './ui/heading';
import { ForwardArrowIcon } from './ui/icons';
import { LanguageMenu } from './ui/language-menu';
import { lazyComponent } from './ui/lazy';
import { WidgetContext, type WidgetContextValue } from './widget-context';
import * as styles from './widget.css';

// Sections other than the FAQ are downloaded only by widgets that show them.
const Quiz = lazyComponent('"when to get help" check', () =>
  import('./quiz/quiz').then((m) => m.Quiz),
);
const LAZY_SECTIONS: Partial<Record<SectionId, { preload(): Promise<void> }>> = { quiz: Quiz };

/**
 * Downloads the code of the given sections, in parallel with the language: the widget then
 * appears complete in one paint, with nothing popping in afterwards.
 */
export const preloadSections = (sections: readonly SectionId[]): Promise<unknown> =>
  Promise.all(sections.map((section) => LAZY_SECTIONS[section]?.preload()));

export interface ClinicDetails {
  name: string | null;
  phone: string | null;
  bookingUrl: string | null;
  /** The emergency number to show, or null for "your local emergency number". */
  emergencyNumber: string | null;
}

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

  const fillValues = {
    clinic: clinic.name ?? t('clinic.yourClinic'),
    emergency: clinic.emergencyNumber ?? t('emergency.localNumber'),
  };
  const showsFaq = props.sections.includes('faq');
  const context: WidgetContextValue = {
    locale,
    dir: props.dir,
    t,
    template,
    clinic,
    fill: (text) => fillPlaceholders(text, fillValues),
    idPrefix,
    revealFaq: showsFaq
      ? (id) => {
          setOpenFaq((open) => toggled(open, id, true));
          setFocusFaq(id);
        }
      : null,
  };
  const phoneHref = telHref(clinic.phone);
  const className = [styles.root, themeBase, colorSchemes[props.colorScheme]].join(' ');
  // Set through the CSSOM (style.setProperty), which a strict style-src CSP allows.
  const style = props.accent ? assignInlineVars(accentVars, { ...props.accent }) : undefined;
  const { meta } = pack.content;

  return (
    <WidgetContext.Provider value={context}>
      <div ref={rootRef} class={className} lang={locale} dir={props.dir} style={style}>
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
                headingLevel={headingLevel + 1}
                open={openFaq}
                onToggle={(id) => setOpenFaq((open) => toggled(open, id))}
              />
            );
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
