import { MIN_PHONE_DIGITS } from './option-types';

/**
 * A `tel:` URL from a phone number as an admin typed it: keep a leading "+" and the digits,
 * drop spaces, dots, dashes and brackets. Returns null when there are too few digits to dial,
 * so the widget leaves out the call link rather than render an empty `tel:`.
 */
export function telHref(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < MIN_PHONE_DIGITS) return null;
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}
