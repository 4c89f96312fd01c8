import {
  MAX_OFFSET_PX,
  MAX_TEXT,
  MAX_Z_INDEX,
  MIN_PHONE_DIGITS,
  type WidgetOptions,
} from '../shared/option-types';

/**
 * The configurator's messages for a clinic's web admin: what is wrong and what to type
 * instead, for a value the option parser (options.ts) rejects. Beside the parser, and built
 * from the same limits (shared/option-types.ts), so that the two never disagree. Only the
 * configurator imports this: the widget's console warnings are the parser's own.
 */
export const ADMIN_MESSAGES: Partial<Record<keyof WidgetOptions, (value: string) => string>> = {
  accent: () => 'This is not a colour a browser knows. Try a code such as #0b6e69.',
  clinicName: () => `Keep the name under ${MAX_TEXT} characters.`,
  clinicPhone: (value) =>
    /[a-z]/i.test(value)
      ? 'A phone number cannot contain letters. Use digits, spaces, +, ( ), - and . only.'
      : `Enter a phone number with at least ${MIN_PHONE_DIGITS} digits, such as +1 555 0100.`,
  bookingUrl: (value) =>
    /^[a-z][a-z0-9+.-]*:/i.test(value.trim())
      ? 'The booking link must be a secure address starting with https://.'
      : 'Enter the full address of your booking page, starting with https://.',
  country: () => 'Choose a country from the list.',
  lang: () => 'Choose a language from the list.',
  zIndex: () => `Enter a whole number from 0 to ${MAX_Z_INDEX}.`,
  launcherOffset: () =>
    `Enter one or two distances up to ${MAX_OFFSET_PX}px, such as 20px, or 16px 88px (side, then bottom).`,
};
