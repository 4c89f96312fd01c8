/**
 * The public types of the npm package, written out by hand so that its declaration file
 * stands alone. `src/public-types.test.ts` checks that they match the widget's own.
 */
export type Section = 'faq' | 'compare' | 'quiz';

/** Options for mount() and handle.update(): the data-* attributes in camelCase. */
export interface MountOptions {
  /** Which sections to show, in order. Default: all three. */
  sections?: Section[] | string;
  /** A BCP 47 language tag; default: the page's `<html lang>`, else the browser's. */
  lang?: string | null;
  clinicName?: string | null;
  clinicPhone?: string | null;
  /** An absolute https: URL. */
  bookingUrl?: string | null;
  /** ISO 3166-1 alpha-2 country of the clinic; sets the emergency number. */
  country?: string | null;
  emergencyNumber?: string | null;
  /** The clinic's own content: an https: URL or a site path of a JSON file. */
  contentUrl?: string | null;
  /** The clinic's own content: the id of an inline `<script type="application/json">`. */
  contentId?: string | null;
  /** Any CSS colour; text on it and links in it are kept readable. */
  accent?: string | null;
  colorScheme?: 'light' | 'dark' | 'auto';
  /** Level of the widget's title heading, 1 to 6. Default 2. */
  headingLevel?: number | string;
  /** Prefix of FAQ deep links (#faq-<id>). */
  deepLinkPrefix?: string;
  updateUrl?: boolean | string;
  structuredData?: boolean | string;
  nonce?: string | null;
  mode?: 'inline' | 'launcher';
  launcherPosition?: 'bottom-right' | 'bottom-left';
  /** "24px", or "16px 88px" for the side and the bottom. */
  launcherOffset?: string;
  zIndex?: number | string;
  lazy?: boolean | string;
}

/** What mount() returns. */
export interface WidgetHandle {
  /** Changes options; options not given keep their value (null resets one to its default). */
  update(options?: MountOptions): void;
  /** Removes the widget and releases everything it held. */
  unmount(): void;
  /**
   * Launcher mode: opens the dialog, as the launcher button does (from a host's own
   * "Questions?" link, say); on closing, focus returns to the element that had it when open()
   * was called. Asked before the dialog's code has arrived, it opens once it has. In the
   * page (inline mode): moves focus to the widget's title, scrolling it into view. On an
   * unmounted widget: one warning.
   */
  open(): void;
  /** Launcher mode: closes the dialog (focus returns as on Escape). In the page: nothing. */
  close(): void;
}

/** `event.detail` of each event dispatched (bubbling) on the container. */
export interface WidgetEventMap {
  'clinic-widget:ready': CustomEvent<{ locale: string; sections: Section[] }>;
  /** `contact` was called `today` before 0.2.0 ("Contact your clinic now", not "today"). */
  'clinic-widget:quiz-result': CustomEvent<{
    level: 'expected' | 'watch' | 'contact' | 'emergency';
  }>;
  'clinic-widget:open': CustomEvent<Record<string, never>>;
  'clinic-widget:close': CustomEvent<Record<string, never>>;
}

/**
 * The events in the DOM's own event maps, so that `el.addEventListener('clinic-widget:…', (e)
 * => e.detail…)` type-checks without a cast, on the container and (they bubble) on document.
 */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the DOM's map
  interface HTMLElementEventMap extends WidgetEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the DOM's map
  interface DocumentEventMap extends WidgetEventMap {}
}
