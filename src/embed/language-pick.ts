import type { LanguageStatus } from '../widget/ui/language-menu';

/**
 * The visitor's pick in the language menu. It outranks the page's language (data-lang,
 * <html lang>) once made. While the picked language loads, the widget goes on showing the
 * language it has (the menu says "Loading…"); when it cannot be loaded, the widget stays in
 * that language, says so, and the choice before the pick applies again.
 */
export function languagePick() {
  /** The visitor's language: loaded or loading; null while the page decides. */
  let chosen: string | null = null;
  /** A pick still loading, and the choice that was in force before it. */
  let pending: { tag: string; before: string | null } | null = null;
  let failed = false;
  return {
    chosen: () => chosen,
    choose(tag: string): void {
      pending = { tag, before: pending ? pending.before : chosen };
      chosen = tag;
      failed = false;
    },
    /** After `tag` was loaded or not: whether to show it (false: keep what is shown). */
    settle(tag: string, loaded: boolean): boolean {
      if (pending?.tag !== tag) return true;
      if (!loaded) {
        chosen = pending.before;
        failed = true;
      }
      pending = null;
      return loaded;
    },
    status: (): LanguageStatus => ({ pending: pending?.tag ?? null, failed }),
  };
}
