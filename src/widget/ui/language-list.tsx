import { useLayoutEffect, useRef } from 'preact/hooks';
import { LANGUAGES } from '../../i18n/locales';
import * as styles from './language-menu.css';

export interface LanguageListProps {
  label: string;
  /** The index of the language shown (checked). */
  current: number;
  /** The index to focus when the list opens. */
  focus: number;
  /** The menu button: focus goes back to it. */
  button: { current: HTMLButtonElement | null };
  /** Closes the list; with a tag, that language was picked. */
  close: (tag?: string) => void;
}

const LAST = LANGUAGES.length - 1;

/**
 * The open language menu (WAI-ARIA APG menu with menuitemradio items): arrows, Home and End
 * only move; Enter, Space or a click picks; Escape closes; Tab goes on from the button. Each
 * language is named in its own language, with its lang attribute so it is pronounced right.
 * A chunk of its own, downloaded when a visitor is about to open the menu.
 */
export function LanguageList({ label, current, focus, button, close }: LanguageListProps) {
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    (list.current?.children[focus] as HTMLElement | undefined)?.focus();
  }, []);
  const back = (tag?: string) => {
    button.current?.focus();
    close(tag);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const items = Array.from(list.current!.children) as HTMLElement[];
    const at = items.indexOf(event.target as HTMLElement);
    const move = { ArrowDown: at + 1, ArrowUp: at + LAST, Home: 0, End: LAST }[event.key];
    if (move !== undefined) items[move % items.length]?.focus();
    else if (event.key === 'Enter' || event.key === ' ') back(LANGUAGES[at]?.tag);
    // With preventDefault, Escape closes only this menu, not the launcher's dialog around it.
    else if (event.key === 'Escape') back();
    // Tab goes on from the button, as if the menu had not been open.
    else return event.key === 'Tab' && back();
    event.preventDefault();
  };
  return (
    <ul
      ref={list}
      role="menu"
      aria-label={label}
      class={styles.list}
      onKeyDown={onKeyDown}
      // Focus gone elsewhere (a click outside): the menu closes. To the button: its click does.
      onFocusOut={(event) => {
        const to = event.relatedTarget as Node | null;
        if (!list.current?.contains(to) && to !== button.current) close();
      }}
    >
      {LANGUAGES.map((language, index) => (
        <li
          key={language.tag}
          role="menuitemradio"
          aria-checked={index === current}
          tabIndex={-1}
          lang={language.tag}
          class={styles.item}
          onClick={() => back(language.tag)}
        >
          {language.name}
        </li>
      ))}
    </ul>
  );
}
