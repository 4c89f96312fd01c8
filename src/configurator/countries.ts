import { EMERGENCY_NUMBERS } from '../content/emergency-numbers';

export interface CountryChoice {
  code: string;
  name: string;
  /** The number the widget shows for this country, or null: "your local emergency number". */
  emergencyNumber: string | null;
}

/** Region codes that name no country a clinic is in (groupings, "unknown region"). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Every country the browser can name, in English, sorted by name, each with the emergency
 * number the widget would show. Countries the number table does not list are offered too (a
 * clinic anywhere must be able to say where it is): the widget then says "your local
 * emergency number" and never guesses. Without Intl.DisplayNames, the table's codes alone.
 */
export function countryChoices(
  displayNames: (code: string) => string | undefined = englishRegionName(),
): CountryChoice[] {
  const choices: CountryChoice[] = [];
  for (const first of LETTERS)
    for (const second of LETTERS) {
      const code = first + second;
      if (NOT_COUNTRIES.has(code)) continue;
      const known = Object.prototype.hasOwnProperty.call(EMERGENCY_NUMBERS, code);
      const name = displayNames(code);
      if (!name && !known) continue;
      choices.push({
        code,
        name: name ?? code,
        emergencyNumber: known ? EMERGENCY_NUMBERS[code]! : null,
      });
    }
  return choices.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

function englishRegionName(): (code: string) => string | undefined {
  try {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    return (code) => {
      const name = names.of(code);
      return name && name !== code ? name : undefined;
    };
  } catch {
    return () => undefined;
  }
}
