import { LAUNCHER_POSITIONS } from '../shared/option-types';
import { Field, TextField, type FormPartProps } from './field';
import * as styles from './configurator.css';

const POSITION_NAMES = { 'bottom-right': 'Bottom right', 'bottom-left': 'Bottom left' };
const MODES = [
  ['inline', 'In the page, where you paste the snippet'],
  ['launcher', 'As a floating button that opens it in a window'],
] as const;

/** In the page or as a launcher (with the launcher's place), and lazy loading. */
export function PlacementFields(props: FormPartProps) {
  const { config, set } = props;
  return (
    <fieldset class={styles.fieldset}>
      <legend class={styles.legend}>Where it appears</legend>
      {MODES.map(([value, name]) => (
        <label class={styles.choice} key={value}>
          <input
            type="radio"
            name="mode"
            value={value}
            checked={config.mode === value}
            onChange={() => set('mode', value)}
          />
          {name}
        </label>
      ))}
      {config.mode === 'launcher' ? (
        <>
          <Field
            id="launcherPosition"
            label="Button position"
            hint="Mirrored for right-to-left languages."
          >
            {(describedBy) => (
              <select
                id="launcherPosition"
                value={config.launcherPosition}
                aria-describedby={describedBy}
                onChange={(event) =>
                  set(
                    'launcherPosition',
                    event.currentTarget.value as typeof config.launcherPosition,
                  )
                }
              >
                {LAUNCHER_POSITIONS.map((position) => (
                  <option value={position} key={position}>
                    {POSITION_NAMES[position]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField
            {...props}
            field="launcherOffset"
            label="Distance from the edges"
            hint="e.g. 20px, or 16px 88px to sit above a chat or cookie button."
          />
          <TextField
            {...props}
            field="zIndex"
            label="Stacking order (z-index)"
            hint="Lower it if the button covers your cookie banner."
            inputMode="numeric"
          />
        </>
      ) : null}
      <label class={styles.choice}>
        <input
          type="checkbox"
          checked={config.lazy}
          onChange={(event) => set('lazy', event.currentTarget.checked)}
        />
        Load only when needed (lazy loading)
      </label>
      <span class={styles.hint}>
        The widget downloads when a visitor scrolls near it, or presses the button. The preview here
        always loads at once.
      </span>
    </fieldset>
  );
}
