import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { telHref } from '../../shared/phone';
import { SHIPPED_RULES, evaluate, type Level } from '../../content/triage';
import { button, actions as actionsClass } from '../ui/button.css';
import { copyText } from '../ui/clipboard';
import { Heading } from '../ui/heading';
import { LevelIcon } from '../ui/icons';
import { useWidget } from '../widget-context';
import * as sectionStyles from '../ui/section.css';
import * as styles from './quiz.css';
import { stepNumber, toTriageAnswers } from './quiz-state';
import { StepHeading, type StepProps } from './step-heading';
import { summarizeAnswers } from './quiz-summary';

/**
 * Every screen of the check after its start screen: the questions, the result and the
 * pre-check's answer. A chunk of its own, downloaded when a visitor is about to start (their
 * pointer or focus reaches a start button), not with the first view.
 */
export function QuizSteps(props: StepProps & { onResult: (level: Level) => void }) {
  const { state } = props;
  const level = useMemo(() => evaluate(toTriageAnswers(state)).level, [state]);
  // A layout effect: it runs before anything else can happen, so a result is always reported,
  // even if "Start again" (which unmounts these screens) follows within the same frame.
  useLayoutEffect(() => {
    if (state.step === 'result') props.onResult(level);
  }, [state.step]);
  if (state.step === 'result') return <Result {...props} level={level} />;
  if (state.step === 'preResult') return <PreCheckResult {...props} />;
  return <QuestionStep {...props} />;
}

/** Back and Start again, on every screen after the first. */
function Navigation({
  dispatch,
  children,
}: {
  dispatch: StepProps['dispatch'];
  children?: ComponentChildren;
}) {
  const { t } = useWidget();
  return (
    <div class={actionsClass}>
      {children}
      <button type="button" class={button.secondary} onClick={() => dispatch({ type: 'back' })}>
        {t('quiz.back')}
      </button>
      <button type="button" class={button.secondary} onClick={() => dispatch({ type: 'restart' })}>
        {t('quiz.restart')}
      </button>
    </div>
  );
}

interface OptionProps {
  type: 'radio' | 'checkbox';
  name: string;
  label: string;
  checked: boolean;
  onChange: () => void;
}

function Option({ type, name, label, checked, onChange }: OptionProps) {
  return (
    <label class={styles.option}>
      <input type={type} name={name} checked={checked} onChange={onChange} />
      <span>{label}</span>
    </label>
  );
}

/** Digits as the language writes them (Arabic-Indic in Arabic). */
function formatNumber(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(value);
  } catch {
    return String(value);
  }
}

function QuestionStep({ state, dispatch, content, headingLevel, headingRef }: StepProps) {
  const { t, idPrefix, locale } = useWidget();
  const { seekHelp, contraindications } = content;
  const number = stepNumber(state.step);
  const errorId = `${idPrefix}-quiz-error`;
  const name = `${idPrefix}-${state.step}`;

  const question = {
    redFlags: seekHelp.redFlagsQuestion,
    time: seekHelp.timeQuestion,
    symptoms: seekHelp.symptomsQuestion,
    trend: seekHelp.trendQuestion,
    preCheck: contraindications.title,
  }[state.step as 'redFlags'];

  let body: ComponentChildren = null;
  if (state.step === 'redFlags') {
    body = (
      <>
        <ul class={styles.redFlagList}>
          {seekHelp.redFlags.map((flag) => (
            <li key={flag.id}>{flag.label}</li>
          ))}
        </ul>
        <div class={styles.options}>
          <Option
            type="radio"
            name={name}
            label={t('quiz.yesRedFlag')}
            checked={state.redFlag === 'yes'}
            onChange={() => dispatch({ type: 'setRedFlag', value: 'yes' })}
          />
          <Option
            type="radio"
            name={name}
            label={t('quiz.noRedFlag')}
            checked={state.redFlag === 'no'}
            onChange={() => dispatch({ type: 'setRedFlag', value: 'no' })}
          />
        </div>
      </>
    );
  } else if (state.step === 'time' || state.step === 'trend') {
    const list = state.step === 'time' ? seekHelp.times : seekHelp.trends;
    const value = state.step === 'time' ? state.time : state.trend;
    const type = state.step === 'time' ? 'setTime' : 'setTrend';
    body = (
      <div class={styles.options}>
        {list.map((entry) => (
          <Option
            key={entry.id}
            type="radio"
            name={name}
            label={entry.label}
            checked={value === entry.id}
            onChange={() => dispatch({ type, value: entry.id })}
          />
        ))}
      </div>
    );
  } else if (state.step === 'symptoms') {
    body = (
      <>
        {seekHelp.symptomGroups.map((group) => (
          <fieldset key={group.id} class={styles.fieldset}>
            <legend class={styles.groupLegend}>{group.title}</legend>
            <div class={styles.options}>
              {(SHIPPED_RULES.symptomGroups[group.id] ?? []).map((id) => (
                <Option
                  key={id}
                  type="checkbox"
                  name={`${name}-${id}`}
                  label={seekHelp.symptoms.find((s) => s.id === id)?.label ?? id}
                  checked={state.symptoms.includes(id)}
                  onChange={() => dispatch({ type: 'toggleSymptom', id })}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <div class={styles.options} style={{ marginBlockStart: '0.75em' }}>
          <Option
            type="checkbox"
            name={`${name}-none`}
            label={seekHelp.noSymptoms}
            checked={state.noSymptoms}
            onChange={() => dispatch({ type: 'setNoSymptoms', value: !state.noSymptoms })}
          />
        </div>
      </>
    );
  } else if (state.step === 'preCheck') {
    body = (
      <>
        <p>{contraindications.intro}</p>
        <div class={styles.options}>
          {contraindications.items.map((item) => (
            <Option
              key={item.id}
              type="checkbox"
              name={`${name}-${item.id}`}
              label={item.label}
              checked={state.contraindications.includes(item.id)}
              onChange={() => dispatch({ type: 'toggleContraindication', id: item.id })}
            />
          ))}
          <Option
            type="checkbox"
            name={`${name}-none`}
            label={t('quiz.noneApply')}
            checked={state.noneApply}
            onChange={() => dispatch({ type: 'setNoneApply', value: !state.noneApply })}
          />
        </div>
      </>
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        dispatch({ type: 'next' });
      }}
    >
      {number && (
        <p class={styles.progress}>
          {t('quiz.step', {
            current: formatNumber(number.current, locale),
            total: formatNumber(number.total, locale),
          })}
        </p>
      )}
      <fieldset
        class={styles.fieldset}
        aria-describedby={state.missingAnswer ? errorId : undefined}
      >
        <legend class={styles.legend}>
          <StepHeading level={headingLevel} headingRef={headingRef}>
            {question}
          </StepHeading>
        </legend>
        {body}
      </fieldset>
      {state.missingAnswer && (
        <p id={errorId} role="alert" class={styles.error}>
          {state.step === 'symptoms' ? t('quiz.chooseSymptoms') : t('quiz.chooseAnswer')}
        </p>
      )}
      <Navigation dispatch={dispatch}>
        <button type="submit" class={button.primary}>
          {t('quiz.next')}
        </button>
      </Navigation>
    </form>
  );
}

function Result({
  state,
  dispatch,
  content,
  headingLevel,
  headingRef,
  level,
}: StepProps & { level: Level }) {
  const { t, fill, clinic, locale, revealFaq } = useWidget();
  const { seekHelp } = content;
  const result = seekHelp.results.find((entry) => entry.id === level)!;
  const emergencyHref = telHref(clinic.emergencyNumber);
  const phoneHref = telHref(clinic.phone);
  const lines = summarizeAnswers(state, level, seekHelp, t, fill, locale);
  const faqLinks = SHIPPED_RULES.explainedBy[level]
    .map((id) => content.faq.items.find((item) => item.id === id))
    .filter((item) => item !== undefined);

  return (
    <div>
      <div class={styles.result[level]}>
        <p class={styles.resultLabel}>{t('quiz.resultLabel')}</p>
        <StepHeading level={headingLevel} headingRef={headingRef} class={styles.resultHeading}>
          <LevelIcon level={level} class={styles.levelIcon} />
          <span>{fill(result.title)}</span>
        </StepHeading>
        <p>{fill(result.body)}</p>
        <div class={actionsClass}>
          {level === 'emergency' && emergencyHref && (
            <a class={button.primary} href={emergencyHref}>
              {t('quiz.callNumber', { number: clinic.emergencyNumber ?? '' })}
            </a>
          )}
          {level !== 'emergency' && phoneHref && clinic.phone && (
            <a class={button.primary} href={phoneHref}>
              {t('quiz.callNumber', {
                number: clinic.name ? `${clinic.name} (${clinic.phone})` : clinic.phone,
              })}
            </a>
          )}
          {level !== 'emergency' && clinic.bookingUrl && (
            <a class={button.secondary} href={clinic.bookingUrl}>
              {t('footer.booking')}
            </a>
          )}
        </div>
      </div>

      {(level === 'expected' || level === 'watch') && (
        <>
          <Heading level={headingLevel + 1} class={styles.subheading}>
            {seekHelp.selfCareTitle}
          </Heading>
          <ul>
            {seekHelp.selfCare.map((tip, i) => (
              <li key={i}>{tip}</li>
            ))}
          </ul>
        </>
      )}

      {revealFaq && faqLinks.length > 0 && (
        <>
          <p class={styles.subheading}>{t('quiz.readMore')}</p>
          <ul>
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
      )}

      <Summary lines={lines} headingLevel={headingLevel + 1} />
      <Navigation dispatch={dispatch} />
    </div>
  );
}

function Summary({ lines, headingLevel }: { lines: string[]; headingLevel: number }) {
  const { t } = useWidget();
  const [status, setStatus] = useState('');
  const copy = () =>
    void copyText(lines.join('\n')).then((ok) =>
      setStatus(ok ? t('quiz.copied') : t('quiz.copyFailed')),
    );
  return (
    <>
      <Heading level={headingLevel} class={styles.subheading}>
        {t('quiz.summaryTitle')}
      </Heading>
      <ul class={styles.summary}>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <div class={actionsClass}>
        <button type="button" class={button.secondary} onClick={copy}>
          {t('quiz.copy')}
        </button>
        <button type="button" class={button.secondary} onClick={() => window.print()}>
          {t('quiz.print')}
        </button>
      </div>
      <p role="status" class={styles.privacy}>
        {status}
      </p>
    </>
  );
}

function PreCheckResult({ state, dispatch, content, headingLevel, headingRef }: StepProps) {
  const { t } = useWidget();
  const { contraindications, questionsToAsk } = content;
  const concern = state.contraindications.length > 0;
  return (
    <div>
      <div class={concern ? styles.result.today : styles.result.expected}>
        <StepHeading level={headingLevel} headingRef={headingRef} class={styles.resultHeading}>
          <LevelIcon level={concern ? 'today' : 'expected'} class={styles.levelIcon} />
          <span>{concern ? contraindications.advice : t('quiz.preResultNone')}</span>
        </StepHeading>
        {concern && (
          <ul>
            {contraindications.items
              .filter((item) => state.contraindications.includes(item.id))
              .map((item) => (
                <li key={item.id}>{item.label}</li>
              ))}
          </ul>
        )}
      </div>
      <Heading level={headingLevel + 1} class={styles.subheading}>
        {questionsToAsk.title}
      </Heading>
      <ul>
        {questionsToAsk.items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
      <p>{questionsToAsk.note}</p>
      <Navigation dispatch={dispatch} />
    </div>
  );
}
