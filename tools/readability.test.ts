import { describe, expect, it } from 'vitest';
import {
  GRADE_LIMIT,
  grade,
  gradesByPart,
  readEnglish,
  readingUnits,
  textsAboveLimit,
} from './readability.mjs';

/**
 * Plain language, measured: health-literacy guidance (NIH, AMA, CDC Clear Communication Index)
 * asks for a 6th to 8th grade reading level. Every English answer, result and comparison cell,
 * and every other text long enough to be prose, is at Flesch–Kincaid grade 8 or below.
 */
describe('reading level of the English texts', () => {
  const english = readEnglish();

  it(`keeps every text at grade ${GRADE_LIMIT} or below`, () => {
    const above = textsAboveLimit(english).map(
      ([path, g, text]) => `${path} (grade ${g.toFixed(1)}): ${text}`,
    );
    expect(above).toEqual([]);
  });

  it('measures every FAQ answer, every result of the check and the comparison', () => {
    const paths = readingUnits(english).map(([path]) => path);
    const content = english.content as {
      faq: { items: { id: string }[] };
      seekHelp: { results: { id: string }[] };
    };
    for (const item of content.faq.items) expect(paths).toContain(`faq.items[${item.id}].answer`);
    for (const result of content.seekHelp.results)
      expect(paths).toContain(`seekHelp.results[${result.id}]`);
    expect(paths.filter((path) => path.startsWith('compare.treatments')).length).toBe(15);
    expect(Object.keys(gradesByPart(english))).toContain('comparison');
  });

  it('computes the standard Flesch–Kincaid grade', () => {
    // 2 sentences, 10 words, 12 syllables: 0.39 × 5 + 11.8 × 1.2 − 15.59 = 0.52
    expect(grade('The cat sat on the mat. It was very happy.')).toBeCloseTo(0.52, 2);
    // Long words and long sentences read harder.
    expect(
      grade(
        'Contraindications include immunosuppressive pharmacological interventions administered concurrently.',
      ),
    ).toBeGreaterThan(GRADE_LIMIT);
  });

  it('fills placeholders and ignores markup, as a reader sees them', () => {
    expect(grade('Call {{emergency}} **now**.')).toBeCloseTo(grade('Call 911 now.'), 5);
    expect(grade('- one item\n- another item')).toBeCloseTo(grade('One item. Another item.'), 5);
  });
});
