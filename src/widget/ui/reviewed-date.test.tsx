import { render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import englishContent from '../../i18n/locales/en/content.json';
import { InWidget } from '../test-utils';
import { ReviewedDate } from './reviewed-date';

describe('ReviewedDate', () => {
  // Counts the formatters made: the first one is what loads the platform's date data.
  const Real = Intl.DateTimeFormat;
  const made = vi.fn();
  beforeEach(() => {
    made.mockClear();
    Intl.DateTimeFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made();
      }
    } as typeof Real;
  });
  afterEach(() => {
    Intl.DateTimeFormat = Real;
  });

  it('shows the shipped content’s date formatted by the build, in the first frame, without Intl', () => {
    const shipped = englishContent.meta.lastReviewed;
    const expected = (locale: string) =>
      new Real(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${shipped}T00:00:00Z`),
      );
    const { rerender } = render(
      <InWidget firstFrame>
        <ReviewedDate isoDate={shipped} locale="en" />
      </InWidget>,
    );
    expect(screen.getByText(expected('en')).getAttribute('datetime')).toBe(shipped);
    for (const locale of ['es', 'zh-Hans', 'ar']) {
      rerender(
        <InWidget firstFrame>
          <ReviewedDate isoDate={shipped} locale={locale} />
        </InWidget>,
      );
      expect(screen.getByText(expected(locale))).toBeTruthy();
    }
    expect(made).not.toHaveBeenCalled();
  });

  it('formats another date in a later frame, not the first, in the widget’s language', () => {
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
  });
});
