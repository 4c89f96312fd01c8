import { assignInlineVars } from '@vanilla-extract/dynamic';
import type { SectionId, ColorScheme } from '../embed/options';
import { telHref } from '../embed/phone';
import type { LocalePack } from '../i18n/content';
import type { Translate } from '../i18n/translator';
import type { AccentColors } from '../styles/accent';
import { accentVars, colorSchemes, themeBase } from '../styles/theme.css';
import { Faq } from './faq/faq';
import { Heading } from './ui/heading';
import * as styles from './widget.css';

export interface WidgetProps {
  locale: string;
  dir: 'ltr' | 'rtl';
  pack: LocalePack;
  t: Translate;
  sections: SectionId[];
  colorScheme: ColorScheme;
  /** Set only when the clinic chose an accent; the theme's default applies otherwise. */
  accent: AccentColors | null;
  clinicName: string | null;
  clinicPhone: string | null;
  headingLevel: number;
  idPrefix: string;
}

/** The widget shell: title, the chosen sections, and the safety footer on every screen. */
export function Widget(props: WidgetProps) {
  const { pack, t, headingLevel } = props;
  const phoneHref = telHref(props.clinicPhone);
  const className = [styles.root, themeBase, colorSchemes[props.colorScheme]].join(' ');
  // Set through the CSSOM (style.setProperty), which a strict style-src CSP allows.
  const style = props.accent ? assignInlineVars(accentVars, { ...props.accent }) : undefined;

  return (
    <div class={className} lang={props.locale} dir={props.dir} style={style}>
      <Heading level={headingLevel} class={styles.title}>
        {pack.content.meta.title}
      </Heading>
      <p class={styles.intro}>{pack.content.meta.intro}</p>
      {props.sections.map((section) =>
        section === 'faq' ? (
          <Faq
            key={section}
            items={pack.content.faq.items}
            t={t}
            headingLevel={headingLevel + 1}
            idPrefix={props.idPrefix}
          />
        ) : null,
      )}
      {/* A <div>, not <footer>: a footer here could read as the host page's contentinfo landmark. */}
      <div class={styles.footer}>
        <p class={styles.emergency}>{t('footer.emergency')}</p>
        {phoneHref && props.clinicPhone ? (
          <p>
            {props.clinicName
              ? t('footer.contactClinicNamed', { clinicName: props.clinicName })
              : t('footer.contactClinic')}{' '}
            <a href={phoneHref}>{props.clinicPhone}</a>
          </p>
        ) : null}
        <p class={styles.muted}>{t('footer.disclaimer')}</p>
      </div>
    </div>
  );
}
