import type { ColorResolver } from '../embed/options';
import { parseWithWarnings } from '../embed/option-warnings';
import {
  DEFAULT_LAUNCHER_OFFSET,
  DEFAULT_OPTIONS,
  toAttributeName,
  type LauncherPosition,
  type Mode,
  type ColorScheme,
  type SectionId,
  SECTION_IDS,
} from '../shared/option-types';
import { ADMIN_MESSAGES } from '../embed/admin-messages';
import { parseColor } from '../styles/parse-color';

/**
 * What an admin sets in the configurator (demo/configurator.html), as the form holds it:
 * strings as typed, so that a half-typed value can be shown with its message. Pure: the
 * configurator's page turns this into a live preview and a snippet.
 */
export interface AdminConfig {
  sections: SectionId[];
  /** '' means automatic: the visitor's language (the page's, else the browser's). */
  lang: string;
  /** '' means the widget's default teal. */
  accent: string;
  colorScheme: ColorScheme;
  clinicName: string;
  clinicPhone: string;
  bookingUrl: string;
  /** '' until the admin chooses: no country is guessed, and there is no snippet without one. */
  country: string;
  mode: Mode;
  launcherPosition: LauncherPosition;
  zIndex: string;
  launcherOffset: string;
  lazy: boolean;
}

export const DEFAULT_CONFIG: AdminConfig = {
  sections: [...SECTION_IDS],
  lang: '',
  accent: '',
  colorScheme: DEFAULT_OPTIONS.colorScheme,
  clinicName: '',
  clinicPhone: '',
  bookingUrl: '',
  country: '',
  mode: DEFAULT_OPTIONS.mode,
  launcherPosition: DEFAULT_OPTIONS.launcherPosition,
  zIndex: String(DEFAULT_OPTIONS.zIndex),
  launcherOffset: DEFAULT_LAUNCHER_OFFSET.inline,
  lazy: false,
};

type Field = keyof AdminConfig;
export type FieldErrors = Partial<Record<Field, string>>;

/** A see-through accent cannot be kept readable: what is behind it is the host's choice. */
export function isTranslucent(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return true;
  const hex = /^#(?:[0-9a-f]{3}([0-9a-f])|[0-9a-f]{6}([0-9a-f]{2}))$/.exec(v);
  if (hex) return (hex[1] ?? hex[2]) !== (hex[1] ? 'f' : 'ff');
  const alpha = /[,/]\s*([\d.]+)(%?)\s*\)$/.exec(v);
  if (/^(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/.test(v) && alpha) {
    const amount = Number(alpha[1]) / (alpha[2] ? 100 : 1);
    // rgb(1 2 3) has no alpha part: only a fourth value (after "/" or a third comma) counts.
    const parts = v
      .slice(v.indexOf('(') + 1, -1)
      .split(/[\s,/]+/)
      .filter(Boolean);
    return parts.length === 4 && amount < 1;
  }
  return false;
}

/** Values that are the widget's default are left out of the snippet: it stays short. */
function changedValues(config: AdminConfig): Record<string, string> {
  const values: Record<string, string> = {};
  const set = (field: Field, value: string) => {
    if (value.trim()) values[field] = value.trim();
  };
  if (config.sections.join(' ') !== SECTION_IDS.join(' '))
    set('sections', config.sections.join(' '));
  set('lang', config.lang);
  set('accent', config.accent);
  if (config.colorScheme !== DEFAULT_CONFIG.colorScheme) set('colorScheme', config.colorScheme);
  set('clinicName', config.clinicName.replace(/\s+/g, ' '));
  set('clinicPhone', config.clinicPhone);
  set('bookingUrl', config.bookingUrl);
  set('country', config.country);
  if (config.mode === 'launcher') {
    set('mode', 'launcher');
    if (config.launcherPosition !== DEFAULT_CONFIG.launcherPosition)
      set('launcherPosition', config.launcherPosition);
    if (config.zIndex.trim() !== DEFAULT_CONFIG.zIndex) set('zIndex', config.zIndex);
    if (config.launcherOffset.trim() !== DEFAULT_CONFIG.launcherOffset)
      set('launcherOffset', config.launcherOffset);
  }
  if (config.lazy) values.lazy = '';
  return values;
}

/**
 * Checks every field with the widget's own option parser (so the configurator accepts exactly
 * what the widget accepts) and returns an admin-facing message per invalid field.
 */
export function validateConfig(
  config: AdminConfig,
  resolveColor: ColorResolver = parseColor,
): FieldErrors {
  const errors: FieldErrors = {};
  if (!config.sections.length) errors.sections = 'Choose at least one section to show.';
  const values = changedValues(config);
  for (const [field, value] of Object.entries(values)) {
    if (!value) continue;
    const { warnings } = parseWithWarnings({ [field]: value }, 'attribute', resolveColor);
    if (warnings.length)
      errors[field as Field] = ADMIN_MESSAGES[field as Field]?.(value) ?? warnings[0];
  }
  if (!errors.accent && config.accent.trim() && isTranslucent(config.accent))
    errors.accent =
      'A see-through colour cannot be kept readable on every page. Choose a solid colour.';
  return errors;
}

/**
 * The widget options (camelCase, as the JS API takes them) for the valid fields that differ
 * from the defaults, in a stable order. Invalid fields are left out: neither the preview nor
 * the snippet ever carries a value the widget would reject.
 */
export function configOptions(
  config: AdminConfig,
  resolveColor: ColorResolver = parseColor,
): Record<string, string> {
  const errors = validateConfig(config, resolveColor);
  return Object.fromEntries(
    Object.entries(changedValues(config)).filter(([field]) => !errors[field as Field]),
  );
}

/** The container's data-* attributes for a config: what the snippet carries. */
export const configAttributes = (
  config: AdminConfig,
  resolveColor: ColorResolver = parseColor,
): [string, string][] =>
  Object.entries(configOptions(config, resolveColor)).map(([field, value]) => [
    toAttributeName(field),
    value,
  ]);

/** Whether the snippet reserves a screen's height: an in-page widget with its (long) FAQ. */
export const reservesSpace = (config: AdminConfig): boolean =>
  config.mode === 'inline' && config.sections.includes('faq');

/** A step the admin must take before the snippet can be copied, and the field that takes it. */
export interface SnippetBlocker {
  message: string;
  fieldId: string;
}

/**
 * Why there is no snippet yet. The snippet always carries the clinic's country (it decides
 * the emergency number), so there is none before a country is chosen.
 */
export function snippetBlockers(config: AdminConfig): SnippetBlocker[] {
  return config.country.trim()
    ? []
    : [
        {
          message:
            'Choose your clinic’s country first (at the top of the form): it sets the emergency number patients are told to call.',
          fieldId: 'country',
        },
      ];
}

/** Every option the configurator sets, null when unset: an update() then clears it too. */
export const CONFIG_FIELDS: readonly Field[] = Object.keys(DEFAULT_CONFIG) as Field[];
