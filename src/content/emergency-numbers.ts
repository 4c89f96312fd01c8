/**
 * The number to call for a medical emergency (ambulance), by ISO 3166-1 alpha-2 country.
 * Sources: the European Commission's 112 pages (112 works in every EU member state) and the
 * national numbers listed in Wikipedia's "List of emergency telephone numbers" (checked
 * 2026-11). Where a country has a separate ambulance number that is the one people are told
 * to use, it is given. Countries not listed get the words "your local emergency number":
 * the widget never guesses, and never takes the region of a language tag.
 */
const EU_112 = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

export const EMERGENCY_NUMBERS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(EU_112.map((country) => [country, '112'])),
  // Europe outside the EU
  GB: '999',
  IS: '112',
  NO: '113',
  CH: '144',
  TR: '112',
  UA: '103',
  RU: '103',
  // Americas
  US: '911',
  CA: '911',
  MX: '911',
  AR: '107',
  BR: '192',
  CL: '131',
  CO: '123',
  // Asia and Oceania
  AU: '000',
  NZ: '111',
  CN: '120',
  HK: '999',
  TW: '119',
  JP: '119',
  KR: '119',
  SG: '995',
  PH: '911',
  VN: '115',
  IN: '112',
  // Middle East and Africa
  AE: '998',
  SA: '997',
  IL: '101',
  EG: '123',
  ZA: '10177',
};

export interface EmergencySources {
  /** The clinic's `data-emergency-number`: always wins. */
  explicit: string | null;
  /** The clinic's `data-country`. */
  country: string | null;
}

/**
 * The emergency number to show, or null for "your local emergency number". Only the clinic
 * decides it, by its number or its country: never a language. A US clinic's Korean page is
 * still in the US, and 119 does not reach help there.
 */
export function emergencyNumberFor({ explicit, country }: EmergencySources): string | null {
  if (explicit) return explicit;
  if (country) return EMERGENCY_NUMBERS[country.toUpperCase()] ?? null;
  return null;
}
