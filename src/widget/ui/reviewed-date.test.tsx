import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ReviewedDate } from './reviewed-date';

describe('ReviewedDate', () => {
  it('formats the date after the first paint, not during it, in the widget’s language', async () => {
    // Counts the formatters made: the first one is what loads the platform's date data.
    const Real = Intl.DateTimeFormat;
    const format = vi.fn();
    Intl.DateTimeFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        format();
      }
    } as typeof Real;
    try {
      const { unmount } = render(<ReviewedDate isoDate="2026-05-01" locale="en" />);
      // The first frame shows the content's own date and has not touched Intl's date data.
      expect(screen.getByText('2026-05-01').getAttribute('datetime')).toBe('2026-05-01');
      expect(format).not.toHaveBeenCalled();
      await waitFor(() => expect(screen.getByText('May 1, 2026')).toBeTruthy());
      expect(format).toHaveBeenCalledTimes(1);
      unmount();
      render(<ReviewedDate isoDate="2026-05-01" locale="de" />);
      await waitFor(() => expect(screen.getByText('1. Mai 2026')).toBeTruthy());
      expect(format).toHaveBeenCalledTimes(2);
    } finally {
      Intl.DateTimeFormat = Real;
    }
  });
});
