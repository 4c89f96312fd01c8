import type { ComponentChildren } from 'preact';
import { formatSmallNumber, type DigitTable } from '../../i18n/digits';
import { SHIPPED_LOCALES } from '../../i18n/locales';
import { SHIPPED_RULES } from '../../content/triage';
import { button } from '../ui/button.css';
import { useWidget } from '../widget-context';
import * as styles from './quiz.css';
import { stepNumber } from './quiz-state';
import { StepHeading, type StepProps } from './step-heading';
import { Navigation } from './navigation';

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

declare const __CLINIC_WIDGET_DIGITS__: DigitTable;

/** Digits as the language writes them, without Intl (i18n/digits.ts). */
const formatNumber = (value: number, locale: string): string =>
  formatSmallNumber(value, locale, __CLINIC_WIDGET_DIGITS__, SHIPPED_LOCALES);

/** One question of either check: a fieldset named by the step's heading. */
export function QuestionStep({ state, dispatch, content, headingLevel, headingRef }: StepProps) {
  const { t, idPrefix, locale } = useWidget();
  const { seekHelp, contraindications } = content;
  const number = stepNumber(state.step);
  const errorId = `${idPrefix}-quiz-error`;
  const headingId = `${idPrefix}-quiz-step`;
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
      <>
        {/* The times meet at their edges: a patient between two takes the more careful one. */}
        {state.step === 'time' && <p class={styles.hint}>{seekHelp.timeHint}</p>}
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
      </>
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
      {/* The step's number is part of its heading, and the heading names the group: each is
          read once, together ("Step 1 of 4, Do you have…"), when focus moves to the step. A
          heading inside a legend was read twice (the group's name, then the heading). */}
      <StepHeading level={headingLevel} headingRef={headingRef} id={headingId}>
        {number && (
          <>
            <span class={styles.progress}>
              {t('quiz.step', {
                current: formatNumber(number.current, locale),
                total: formatNumber(number.total, locale),
              })}
            </span>{' '}
          </>
        )}
        {question}
      </StepHeading>
      <fieldset
        class={styles.fieldset}
        aria-labelledby={headingId}
        aria-describedby={state.missingAnswer ? errorId : undefined}
      >
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
