import { useState } from 'preact/hooks';
import type { TopicContent } from '../../content/content';
import topic from '../../content/topic.json';
import { Heading } from '../ui/heading';
import * as shared from '../ui/section.css';
import { useWidget } from '../widget-context';
import * as styles from './compare.css';
import { compareHeadingId } from './compare-ids';
import { selectTreatments } from './compare-selection';

type Treatment = TopicContent['compare']['treatments'][number];
type TopicTreatment = { invasiveness: string; faq: string[] };
const treatmentTopic = (id: string): TopicTreatment =>
  (topic.treatments as Record<string, TopicTreatment>)[id] ?? {
    invasiveness: 'needles',
    faq: [],
  };

interface CompareProps {
  content: TopicContent;
  headingLevel: number;
}

/** Invasiveness in words and in shape (filled steps out of the levels): never colour alone. */
function Invasiveness({ level, content }: { level: string; content: TopicContent['compare'] }) {
  const levels = content.invasiveness;
  const rank = levels.findIndex((entry) => entry.id === level);
  const entry = levels[rank];
  return (
    <span class={styles.scale}>
      <span class={styles.scaleShape} aria-hidden="true">
        {levels.map((_, i) => (
          <span key={i} class={i <= rank ? styles.stepFilled : styles.step} />
        ))}
      </span>
      <span>
        <strong>{entry?.label}</strong> ({entry?.description})
      </span>
    </span>
  );
}

/**
 * The side-effect comparison: a real table (caption, column and row headers) where there is
 * room, and one card per treatment where there is not; the widget's own width decides, through
 * a container query. A picker narrows it to two or three treatments side by side.
 */
export function Compare({ content, headingLevel }: CompareProps) {
  const { t, idPrefix, revealFaq, fill } = useWidget();
  const { compare } = content;
  const [picked, setPicked] = useState<string[]>([]);
  const { shown, message } = selectTreatments(compare.treatments, picked);
  const headingId = compareHeadingId(idPrefix);
  const faqQuestion = (id: string) => content.faq.items.find((item) => item.id === id);
  const isHighlight = (treatment: Treatment) => treatment.id === topic.highlightTreatment;

  const badge = (treatment: Treatment) =>
    isHighlight(treatment) ? <span class={styles.badge}>{t('compare.thisTreatment')}</span> : null;

  const related = (treatment: Treatment) => {
    const questions = treatmentTopic(treatment.id)
      .faq.map(faqQuestion)
      .filter((item) => item !== undefined);
    if (!revealFaq || !questions.length) return null;
    return (
      <div class={styles.related}>
        {t('compare.relatedQuestions')}
        <ul class={styles.relatedList}>
          {questions.map((item) => (
            <li key={item.id}>
              <button type="button" class={shared.textButton} onClick={() => revealFaq(item.id)}>
                {fill(item.question)}
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  };

  const columns = [
    ['common', compare.columns.common],
    ['serious', compare.columns.serious],
    ['tolerability', compare.columns.tolerability],
  ] as const;

  return (
    <section class={shared.section} aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} class={shared.sectionHeading} tabIndex={-1}>
        {compare.title}
      </Heading>
      <p>{compare.intro}</p>
      <fieldset class={styles.picker}>
        <legend class={styles.pickerLegend}>{t('compare.chooseLegend')}</legend>
        <div class={styles.pickerOptions}>
          {compare.treatments.map((treatment) => (
            <label key={treatment.id} class={styles.pick}>
              <input
                type="checkbox"
                checked={picked.includes(treatment.id)}
                onChange={() =>
                  setPicked((current) =>
                    current.includes(treatment.id)
                      ? current.filter((id) => id !== treatment.id)
                      : [...current, treatment.id],
                  )
                }
              />
              <span>{treatment.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p role="status" class={styles.message}>
        {message === 'tooMany'
          ? t('compare.tooMany')
          : message === 'showingAll'
            ? t('compare.showingAll')
            : ''}
      </p>

      <div class={styles.tableLayout}>
        <table class={styles.table}>
          <caption class={styles.caption}>{compare.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{compare.columns.treatment}</th>
              {columns.map(([key, label]) => (
                <th key={key} scope="col">
                  {label}
                </th>
              ))}
              <th scope="col">{compare.columns.invasiveness}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((treatment) => (
              <tr
                key={treatment.id}
                class={isHighlight(treatment) ? styles.highlightRow : undefined}
              >
                <th scope="row">
                  {treatment.name}
                  {badge(treatment)}
                  {related(treatment)}
                </th>
                {columns.map(([key]) => (
                  <td key={key}>{treatment[key]}</td>
                ))}
                <td>
                  <Invasiveness
                    level={treatmentTopic(treatment.id).invasiveness}
                    content={compare}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul class={styles.cardLayout} aria-label={compare.caption}>
        {shown.map((treatment) => {
          const cardHeadingId = `${idPrefix}-card-${treatment.id}`;
          return (
            <li
              key={treatment.id}
              class={
                isHighlight(treatment) ? `${styles.card} ${styles.highlightCard}` : styles.card
              }
            >
              <article aria-labelledby={cardHeadingId}>
                <Heading level={headingLevel + 1} id={cardHeadingId} class={styles.cardHeading}>
                  {treatment.name}
                </Heading>
                {badge(treatment)}
                <dl class={styles.facts}>
                  {columns.map(([key, label]) => [
                    <dt key={`${key}-t`}>{label}</dt>,
                    <dd key={`${key}-d`}>{treatment[key]}</dd>,
                  ])}
                  <dt>{compare.columns.invasiveness}</dt>
                  <dd>
                    <Invasiveness
                      level={treatmentTopic(treatment.id).invasiveness}
                      content={compare}
                    />
                  </dd>
                </dl>
                {related(treatment)}
              </article>
            </li>
          );
        })}
      </ul>

      <Heading level={headingLevel + 1} class={shared.sectionHeading}>
        {compare.takeawaysTitle}
      </Heading>
      <ul>
        {compare.takeaways.map((takeaway, i) => (
          <li key={i}>{takeaway}</li>
        ))}
      </ul>
      <p>{compare.summary}</p>
    </section>
  );
}
