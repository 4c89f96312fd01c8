import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../content/content';
import {
  COMPARE_CARD_BREAKPOINT_EM,
  compareLayoutFor,
  selectTreatments,
} from './compare-selection';

const all = ENGLISH.content.compare.treatments;
const ids = (list: { id: string }[]) => list.map((t) => t.id);

describe('selectTreatments', () => {
  it('shows everything until two are picked', () => {
    expect(selectTreatments(all, [])).toEqual({ shown: all, message: null });
    expect(selectTreatments(all, ['prp'])).toEqual({ shown: all, message: 'showingAll' });
  });

  it('shows two or three side by side, in table order', () => {
    expect(ids(selectTreatments(all, ['transplant', 'exosome']).shown)).toEqual([
      'exosome',
      'transplant',
    ]);
    expect(ids(selectTreatments(all, ['prp', 'microneedling', 'stem-cell']).shown)).toEqual([
      'prp',
      'microneedling',
      'stem-cell',
    ]);
  });

  it('explains instead of hiding when more than three are picked', () => {
    expect(selectTreatments(all, ['exosome', 'prp', 'microneedling', 'transplant'])).toEqual({
      shown: all,
      message: 'tooMany',
    });
  });
});

describe('compareLayoutFor', () => {
  it.each([
    [320, 'cards'],
    [COMPARE_CARD_BREAKPOINT_EM * 16 - 1, 'cards'],
    [COMPARE_CARD_BREAKPOINT_EM * 16, 'table'],
    [1024, 'table'],
  ] as const)('%i px → %s', (width, layout) => {
    expect(compareLayoutFor(width)).toBe(layout);
  });

  it('gives larger text the cards sooner', () => {
    expect(compareLayoutFor(1024, 16)).toBe('table');
    expect(compareLayoutFor(1024, 32)).toBe('cards');
  });
});
