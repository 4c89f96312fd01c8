import { Heading } from '../ui/heading';
import { LevelIcon } from './level-icon';
import { useWidget } from '../widget-context';
import * as styles from './quiz.css';
import { Navigation } from './navigation';
import { StepHeading, type StepProps } from './step-heading';

/** The answer of "Is this treatment right for me?", with the questions to ask a clinic. */
export function PreCheckResult({ state, dispatch, content, headingLevel, headingRef }: StepProps) {
  const { t } = useWidget();
  const { contraindications, questionsToAsk } = content;
  const concern = state.contraindications.length > 0;
  return (
    <div>
      <div class={concern ? styles.result.contact : styles.result.expected}>
        <StepHeading level={headingLevel} headingRef={headingRef} class={styles.resultHeading}>
          <LevelIcon level={concern ? 'contact' : 'expected'} class={styles.levelIcon} />
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
