import { LANGUAGES } from '../../i18n/locales';
import { useWidget } from '../widget-context';
import * as styles from './language-menu.css';

interface LanguageMenuProps {
  onChange: (tag: string) => void;
}

/**
 * A native <select>: every platform's screen readers and keyboards know it. Each language is
 * named in its own language, with its lang attribute so it is pronounced correctly.
 */
export function LanguageMenu({ onChange }: LanguageMenuProps) {
  const { t, locale, idPrefix } = useWidget();
  const id = `${idPrefix}-language`;
  const known = LANGUAGES.some((language) => language.tag === locale);
  return (
    <div class={styles.menu}>
      <label for={id} class={styles.label}>
        {t('language.label')}
      </label>
      <select
        id={id}
        class={styles.select}
        value={known ? locale : 'en'}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}
      >
        {LANGUAGES.map((language) => (
          <option key={language.tag} value={language.tag} lang={language.tag}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
