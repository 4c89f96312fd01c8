import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { telHref } from '../../embed/phone';
import type { TopicContent } from '../../i18n/content';
import { SHIPPED_RULES, evaluate, type Level } from '../../i18n/triage';
import { button, actions as actionsClass } from '../ui/button.css';
import { copyText } from '../ui/clipboard';
import { EmergencyNotice } from '../ui/emergency-notice';
import { headingLevel as clampLevel, Heading } from '../ui/heading';
import { LevelIcon } from '../ui/icons';
import * as sectionStyles from '../ui/section.css';
import { useWidget } from '../widget-context';
import * as styles from './quiz.css';
import {
  INITIAL_STATE,
  quizReducer,
  stepNumber,
  toTriageAnswers,
  type QuizAction,
  type QuizState,
} from './quiz-state';
import { summarizeAnswers } from './quiz-summary';

interface QuizProps {
  content: TopicContent;
  headingLevel: number;
  /** Called once each time a result is shown; the widget turns it into an event. */
  onResult: (level: Level) => void;
}

/**
 * "When to get help": red flags first, then time since treatment, symptoms and their trend,
 * then one of four results. Also "Is this treatment right for me?". Every step is a fieldset
 * with a legend; focus moves to each new step's heading; Back and Start again work everywhere.
 */
export function Quiz({ content, headingLevel, onResult }: QuizProps) {
  const { t, idPrefix } = useWidget();
  const [state, dispatch] = useReducer(quizReducer, INITIAL_STATE);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const level = useMemo(() => evaluate(toTriageAnswers(state)).level, [state]);

  // Focus follows the visitor to each new step (not on first render: the page has its own
  // focus). A layout effect, so focus has moved before the next key press is handled.
  useLayoutEffect(() => {
    if (moved.current) stepHeading.current?.focus();
    moved.current = true;
  }, [state.step, state.history.length]);

  useEffect(() => {
    if (state.step === 'result') onResult(level);
  }, [state.step]);

  const headingId = `${idPrefix}-quiz`;
  const shared = {
    state,
    dispatch,
    content,
    headingLevel: headingLevel + 1,
    headingRef: stepHeading,
  };

  return (
    <section class={sectionStyles.section} aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} class={sectionStyles.sectionHeading}>
        {content.seekHelp.title}
      </Heading>
      <EmergencyNotice />
      <div class={styles.panel}>
        {state.step === 'start' && <StartScreen {...shared} />}
        {(state.step === 'redFlags' ||
          state.step === 'time' ||
          state.step === 'symptoms' ||
          state.step === 'trend' ||
          state.step === 'preCheck') && <QuestionStep {...shared} />}
        {state.step === 'result' && <Result {...shared} level={level} />}
        {state.step === 'preResult' && <PreCheckResult {...shared} />}
        <p class={styles.privacy}>{t('quiz.privacy')}</p>
      </div>
    </section>
  );
}

interface StepProps {
  state: QuizState;
  dispatch: (action: QuizAction) => void;
  content: TopicContent;
  headingLevel: number;
  headingRef: { current: HTMLHeadingElement | null };
}

/** The focus target of each step: a heading that script can focus but Tab skips. */
function StepHeading({
  level,
  headingRef,
  class: className,
  children,
}: {
  level: number;
  headingRef: StepProps['headingRef'];
  class?: string;
  children: ComponentChildren;
}) {
  const Tag = `h${clampLevel(level)}` as 'h3';
  return (
    <Tag ref={headingRef} tabIndex={-1} class={className ?? styles.stepHeading}>
      {children}
    </Tag>
  );
}

function StartScreen({ content, dispatch, headingLevel, headingRef }: StepProps) {
  const { t, fill } = useWidget();
  return (
    <>
      <StepHeading level={headingLevel} headingRef={headingRef}>
        {content.seekHelp.title}
      </StepHeading>
      <p>{content.seekHelp.intro}</p>
      <p>{fill(content.seekHelp.notDiagnosis)}</p>
      <div class={actionsClass}>
        <button type="button" class={button.primary} onClick={() => dispatch({ type: 'start' })}>
          {t('quiz.start')}
        </button>
        <button
          type="button"
          class={button.secondary}
          onClick={() => dispatch({ type: 'startPreCheck' })}
        >
          {content.contraindications.title}
        </button>
      </div>
    </>
  );
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
