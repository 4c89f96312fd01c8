import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { InWidget } from '../test-utils';
import { ReviewedDate } from './reviewed-date';

describe('ReviewedDate', () => {
  it('formats the date in the second frame, not the first, in the widget’s language', () => {
    // Counts the formatters made: the first one is what loads the platform's date data.
    const Real = Intl.DateTimeFormat;
    const made = vi.fn();
    Intl.DateTimeFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made();
      }
    } as typeof Real;
    try {
      const { rerender } = render(
        <InWidget firstFrame>
          <ReviewedDate isoDate="2026-05-01" locale="en" />
        </InWidget>,
      );
      // The first frame shows the content's own date and has not touched Intl's date data.
      expect(screen.getByText('2026-05-01').getAttribute('datetime')).toBe('2026-05-01');
      expect(made).not.toHaveBeenCalled();
      rerender(
        <InWidget>
          <ReviewedDate isoDate="2026-05-01" locale="en" />
        </InWidget>,
      );
      expect(screen.getByText('May 1, 2026').getAttribute('datetime')).toBe('2026-05-01');
      rerender(
        <InWidget>
          <ReviewedDate isoDate="2026-05-01" locale="de" />
        </InWidget>,
      );
      expect(screen.getByText('1. Mai 2026')).toBeTruthy();
    } finally {
      Intl.DateTimeFormat = Real;
    }
  });
});
