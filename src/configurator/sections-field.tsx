import { SECTION_IDS, type SectionId } from '../shared/option-types';
import type { FormPartProps } from './field';
import * as styles from './configurator.css';

const SECTION_NAMES: Record<SectionId, string> = {
  faq: 'Questions and answers (FAQ)',
  compare: 'Side-effect comparison with other treatments',
  quiz: '“When to get help” check after treatment',
};

/** Which sections the widget shows: at least one. */
export function SectionsField({ config, errors, set }: FormPartProps) {
  return (
    <fieldset
      class={styles.fieldset}
      aria-describedby={errors.sections ? 'sections-error' : undefined}
    >
      <legend class={styles.legend}>What to show</legend>
      {SECTION_IDS.map((section) => (
        <label class={styles.choice} key={section}>
          <input
            type="checkbox"
            name="sections"
            value={section}
            checked={config.sections.includes(section)}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              set(
                'sections',
                SECTION_IDS.filter((s) => (s === section ? on : config.sections.includes(s))),
              );
            }}
          />
          {SECTION_NAMES[section]}
        </label>
      ))}
      <span class={styles.error} id="sections-error" aria-live="polite">
        {errors.sections ?? ''}
      </span>
    </fieldset>
  );
}
