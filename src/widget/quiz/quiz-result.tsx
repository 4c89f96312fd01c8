import { telHref } from '../../shared/phone';
import { SHIPPED_RULES, type Level } from '../../content/triage';
import { button, actions as actionsClass } from '../ui/button.css';
import { Heading } from '../ui/heading';
import { LevelIcon } from './level-icon';
import * as sectionStyles from '../ui/section.css';
import { SlottedText } from '../ui/slotted-text';
import { useWidget } from '../widget-context';
import { Summary } from './answer-summary';
import { Navigation } from './navigation';
import * as styles from './quiz.css';
import { StepHeading, type StepProps } from './step-heading';
import { summarizeAnswers } from './quiz-summary';

/**
 * The result of the check. The emergency result has a fixed look of its own (no clinic accent
 * can soften it) with the call button first; every other result offers the clinic's phone and
 * booking link, the FAQ answers that explain it, and the summary to tell the clinic.
 */
export function QuizResult(props: StepProps & { level: Level }) {
  const { state, dispatch, content, headingLevel, headingRef, level } = props;
  const { t, fill, locale } = useWidget();
  const { seekHelp } = content;
  const result = seekHelp.results.find((entry) => entry.id === level)!;
  const lines = summarizeAnswers(state, level, seekHelp, t, fill, locale);
  const emergency = level === 'emergency';

  return (
    <div>
      <div class={styles.result[level]}>
        <p class={styles.resultLabel}>{t('quiz.resultLabel')}</p>
        <StepHeading level={headingLevel} headingRef={headingRef} class={styles.resultHeading}>
          <LevelIcon level={level} class={styles.levelIcon} />
          <span>{fill(result.title)}</span>
        </StepHeading>
        {emergency && <EmergencyCall />}
        <p>{fill(result.body)}</p>
        {!emergency && <ClinicActions />}
      </div>

      {(level === 'expected' || level === 'watch') && (
        <>
          <Heading level={headingLevel + 1} class={styles.subheading}>
            {seekHelp.selfCareTitle}
          </Heading>
          <ul class={styles.list}>
            {seekHelp.selfCare.map((tip, i) => (
              <li key={i}>{tip}</li>
            ))}
          </ul>
        </>
      )}

      <ExplainedBy level={level} content={content} />
      <Summary lines={lines} headingLevel={headingLevel + 1} />
      <Navigation dispatch={dispatch} />
    </div>
  );
}

/**
 * "Call 911": a full-width call button in the emergency colours, the number kept on one line.
 * With no number known, the same salience for "Call your local emergency number", as text,
 * since there is nothing to dial.
 */
function EmergencyCall() {
  const { t, template, clinic } = useWidget();
  const href = telHref(clinic.emergencyNumber);
  if (!href || !clinic.emergencyNumber)
    return (
      <p class={styles.emergencyCall}>
        {t('quiz.callNumber', { number: t('emergency.localNumber') })}
      </p>
    );
  return (
    <a class={styles.emergencyCall} href={href}>
      <SlottedText
        template={template('quiz.callNumber')}
        slots={{
          number: (
            <span class={styles.phoneNumber} dir="ltr">
              {clinic.emergencyNumber}
            </span>
          ),
        }}
      />
    </a>
  );
}

/** The clinic's phone as a call button and its booking link, where the clinic set them. */
function ClinicActions() {
  const { t, clinic } = useWidget();
  const phoneHref = telHref(clinic.phone);
  if (!(phoneHref && clinic.phone) && !clinic.bookingUrl) return null;
  return (
    <div class={actionsClass}>
      {phoneHref && clinic.phone && (
        <a class={button.primary} href={phoneHref}>
          {t('quiz.callNumber', {
            number: clinic.name ? `${clinic.name} (${clinic.phone})` : clinic.phone,
          })}
        </a>
      )}
      {clinic.bookingUrl && (
        <a class={button.secondary} href={clinic.bookingUrl}>
          {t('footer.booking')}
        </a>
      )}
    </div>
  );
}

/** Links to the FAQ answers that explain a result. */
function ExplainedBy({ level, content }: { level: Level; content: StepProps['content'] }) {
  const { t, fill, revealFaq } = useWidget();
  const faqLinks = SHIPPED_RULES.explainedBy[level]
    .map((id) => content.faq.items.find((item) => item.id === id))
    .filter((item) => item !== undefined);
  if (!revealFaq || !faqLinks.length) return null;
  return (
    <>
      <p class={styles.subheading}>{t('quiz.readMore')}</p>
      <ul class={styles.list}>
        {faqLinks.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              class={sectionStyles.textButton}
              onClick={() => revealFaq(item.id)}
            >
              {fill(item.question)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
