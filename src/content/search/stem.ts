/**
 * Suffix folding: a light, rule-based stemmer per language. It only has to treat the visitor's
 * words and the FAQ's words alike ("swelling", "swelled" and "swell" all become "swell";
 * "hinchado" and "hinchada" become "hinch"), not be good linguistics; irregular forms
 * ("swollen") are what each language's keywords are for. Input is already folded (lower case,
 * no accents). The first suffix that leaves a stem of at least `min` letters is removed.
 */
interface Rules {
  suffixes: readonly string[];
  min: number;
}

const list = (words: string): readonly string[] => words.split(' ');

const RULES: Readonly<Record<string, Rules>> = {
  en: {
    suffixes: list(
      'ically ations ation ities ings ness ious ions ical ing ion ity ies ied ic ed es ly s',
    ),
    min: 3,
  },
  es: {
    suffixes: list(
      'amientos amiento imiento aciones acion azon ando iendo adas ados idas idos ada ado ida ido icas icos ica ico ias ia es as os a o e s',
    ),
    min: 3,
  },
  pt: {
    suffixes: list(
      'amentos amento acoes acao ando endo adas ados idas idos ada ado ida ido icas icos ica ico ias ia oes es as os a o e s',
    ),
    min: 3,
  },
  fr: {
    suffixes: list('ements ement ations ation euses euse eux ees ee es er ez e s x'),
    min: 3,
  },
  de: { suffixes: list('ungen ung heit keit lich en er es em e n s'), min: 3 },
  ru: {
    suffixes: list(
      'ами ями ого его ому ему ыми ими ией ия ие ий ый ой ая яя ое ее ые ие ов ев ах ях ам ям ом ем ую юю ть ы и а я о е у ю ь',
    ),
    min: 3,
  },
  tl: { suffixes: list('han hin an in'), min: 3 },
  ar: { suffixes: list('ات ون ين ها ه ي'), min: 2 },
  // Korean particles and polite endings, so 붓기가 and 붓기는 meet at 붓기.
  ko: {
    suffixes: list(
      '에서는 에서 으로 하나요 인가요 나요 까요 는데 이나 이요 은 는 이 가 을 를 에 의 도 로 요 고',
    ),
    min: 1,
  },
};

/** The language part of a tag: "pt-BR" → "pt", "zh-Hans" → "zh". */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split('-')[0]!;

/**
 * Arabic: the article ال, and و "and" or ب "with" before it, are not part of the word, so
 * السعر (the price) is not one typo from الشعر (the hair) but سعر. Applied to the folded word.
 */
export const withoutArticle = (word: string, language: string): string =>
  language === 'ar' ? word.replace(/^[وفبلك]?ال(?=..)/u, '') : word;

export function stem(word: string, language: string): string {
  const rules = RULES[language];
  if (!rules) return word;
  let base = word;
  const length = [...base].length;
  for (const suffix of rules.suffixes) {
    if (base.endsWith(suffix) && length - [...suffix].length >= rules.min) {
      base = base.slice(0, base.length - suffix.length);
      break;
    }
  }
  // English: itchy/itchi → itch, bruise → bruis, allergy → allerg, so forms meet.
  if (language === 'en' && base.length > 3) base = base.replace(/[iye]$/, '');
  return base;
}
