import type { Rgb } from './rgb';

/**
 * The widget's options as the code holds them once parsed (embed/options.ts parses them):
 * their names, accepted words, limits and defaults. A leaf that every folder may import, so
 * the UI (widget/), the styles and the configurator use the option types without depending
 * on the embed layer that parses them.
 */
export const SECTION_IDS = ['faq', 'compare', 'quiz'] as const;
export type SectionId = (typeof SECTION_IDS)[number];
export const COLOR_SCHEMES = ['light', 'dark', 'auto'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];
export const MODES = ['inline', 'launcher'] as const;
export type Mode = (typeof MODES)[number];
export const LAUNCHER_POSITIONS = ['bottom-right', 'bottom-left'] as const;
export type LauncherPosition = (typeof LAUNCHER_POSITIONS)[number];
/** Distance of the launcher button from the viewport's side and bottom edges. */
export interface LauncherOffset {
  inline: string;
  block: string;
}

export interface WidgetOptions {
  sections: SectionId[];
  /** The language asked for, if any; matched against the shipped locales later. */
  lang: string | null;
  clinicName: string | null;
  clinicPhone: string | null;
  /** An https: page where visitors can book; shown as a link. */
  bookingUrl: string | null;
  /** ISO 3166-1 alpha-2 country of the clinic, upper case; sets the emergency number. */
  country: string | null;
  /** Overrides the emergency number derived from the country. */
  emergencyNumber: string | null;
  /** URL of the clinic's own content JSON (see content.schema.json). */
  contentUrl: string | null;
  /** id of an inline <script type="application/json"> holding the clinic's own content. */
  contentId: string | null;
  accent: Rgb | null;
  colorScheme: ColorScheme;
  /** Level of the widget's title heading (1–6), to fit the host page's outline. */
  headingLevel: number;
  /** Prefix of FAQ deep links: #faq-<id> by default. */
  deepLinkPrefix: string;
  /** Opt-in: opening an answer writes its deep link into the address bar. */
  updateUrl: boolean;
  /** Opt-in: a FAQPage JSON-LD script in the host document. */
  structuredData: boolean;
  /** CSP nonce for the `<style>` fallback in browsers without constructable stylesheets. */
  nonce: string | null;
  /** "inline" renders in the container; "launcher" a floating button that opens a dialog. */
  mode: Mode;
  /** Corner of the launcher button, as seen in a left-to-right language (mirrored in RTL). */
  launcherPosition: LauncherPosition;
  /** Stacking order of the launcher button, so it can sit under a cookie banner or chat. */
  zIndex: number;
  launcherOffset: LauncherOffset;
  /** Fetch the widget only when the container nears the viewport (or the launcher is pressed). */
  lazy: boolean;
}

export const DEFAULT_LAUNCHER_OFFSET: LauncherOffset = { inline: '20px', block: '20px' };

/**
 * The defaults of the options a launcher button is drawn from, apart: the lazy launcher's
 * placeholder (embed/launcher-options.ts) needs these alone.
 */
export const LAUNCHER_DEFAULTS = {
  lang: null,
  accent: null,
  colorScheme: 'light',
  nonce: null,
  launcherPosition: 'bottom-right',
  zIndex: 9000,
  launcherOffset: DEFAULT_LAUNCHER_OFFSET,
} as const satisfies Partial<WidgetOptions>;

export const DEFAULT_OPTIONS: WidgetOptions = {
  ...LAUNCHER_DEFAULTS,
  sections: [...SECTION_IDS],
  clinicName: null,
  clinicPhone: null,
  bookingUrl: null,
  country: null,
  emergencyNumber: null,
  contentUrl: null,
  contentId: null,
  headingLevel: 2,
  deepLinkPrefix: 'faq-',
  updateUrl: false,
  structuredData: false,
  mode: 'inline',
  lazy: false,
};

/** Limits of the options, shared by the parser's warnings and the configurator's messages. */
export const MAX_TEXT = 120;
export const MAX_OFFSET_PX = 400;
export const MAX_Z_INDEX = 2147483647;
/** Fewer digits than this cannot be dialled: no call link (phone.ts), an invalid option. */
export const MIN_PHONE_DIGITS = 3;

export const toAttributeName = (key: string): string =>
  `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
