import { useRef, useState } from 'preact/hooks';
import { LANGUAGES } from '../../i18n/locales';
import { useWidget } from '../widget-context';
import { muted } from '../widget.css';
import { ChevronIcon } from './icons';
import { lazyComponent } from './lazy';
import { sectionFallback } from './section-fallback';
import * as styles from './language-menu.css';

/** Where the visitor's pick stands: a language still loading, or the last pick failed. */
export interface LanguageStatus {
  pending: string | null;
  failed: boolean;
}

interface LanguageMenuProps {
  onChange: (tag: string) => void;
  status: LanguageStatus;
}

// The open list is needed only by visitors who open it: downloaded when they are about to.
const LanguageList = lazyComponent(
  'language-list',
  (_retryQuery) => import('./language-list').then((m) => m.LanguageList),
  sectionFallback,
);
const preload = () => void LanguageList.preload();

/**
 * A menu button (WAI-ARIA APG), not a <select>: on Windows and Linux a closed <select>
 * changes its value on every arrow key, which switched the language at once, fetching each
 * language and flipping the layout on Arabic (WCAG 3.2.2). Here Enter, Space or an arrow
 * opens the list (language-list.tsx), where arrows only move and the language changes only
 * when one is picked. The button names the language shown until a picked one has loaded, and
 * says meanwhile that it is loading, or afterwards that it could not be.
 */
export function LanguageMenu({ onChange, status }: LanguageMenuProps) {
  const { t, locale } = useWidget();
  /** The item to focus while the list is open; null when it is closed. */
  const [open, setOpen] = useState<number | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Pseudo-locales (layout tests) are not in the menu: English stands for them.
  const current = Math.max(
    0,
    LANGUAGES.findIndex((language) => language.tag === locale),
  );

  return (
    <div class={styles.menu} aria-busy={!!status.pending}>
      <button
        ref={button}
        type="button"
        class={styles.button}
        aria-haspopup="menu"
        // Only while open, as APG recommends ("true"; absent, not "false", when closed).
        aria-expanded={open !== null || undefined}
        onClick={() => setOpen(open === null ? current : null)}
        onKeyDown={(event) => {
          const at = { ArrowDown: current, ArrowUp: LANGUAGES.length - 1 }[event.key];
          if (at === undefined) return;
          event.preventDefault();
          setOpen(at);
        }}
        // A click focuses the button first (but in Safari), so the list is usually here in time.
        onFocus={preload}
      >
        <span class={muted}>{t('language.label')}</span>
        <span lang={LANGUAGES[current]!.tag}>{LANGUAGES[current]!.name}</span>
        <ChevronIcon class={styles.chevron} />
      </button>
      {open !== null && (
        <LanguageList
          label={t('language.label')}
          current={current}
          focus={open}
          button={button}
          close={(tag) => {
            setOpen(null);
            // The language shown, picked again: nothing to do (unless another is on its way).
            if (tag && (tag !== locale || status.pending)) onChange(tag);
          }}
        />
      )}
      <span role="status" class={muted}>
        {status.pending ? t('error.loading') : status.failed ? t('language.failed') : ''}
      </span>
    </div>
  );
}
