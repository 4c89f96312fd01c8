import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ENGLISH, type LocalePack } from '../content/content';
import { ErrorBoundary } from './error-boundary';
import { englishTranslator } from '../widget/test-utils';
import { Widget } from '../widget/widget';

describe('ErrorBoundary', () => {
  it('shows the short message and logs one error when the widget cannot render', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // Content that passed no validation: the FAQ list is missing, so rendering throws.
    const broken = {
      ...ENGLISH,
      content: { ...ENGLISH.content, faq: null },
    } as unknown as LocalePack;
    render(
      <ErrorBoundary message={englishTranslator.t('error.render')}>
        <Widget
          locale="en"
          dir="ltr"
          pack={broken}
          translator={englishTranslator}
          sections={['faq']}
          colorScheme="light"
          accent={null}
          clinic={{ name: null, phone: null, bookingUrl: null, emergencyNumber: null }}
          headingLevel={2}
          idPrefix="x"
          onLanguageChange={() => {}}
          languageStatus={{ pending: null, failed: false }}
          deepLinks={{ prefix: 'faq-', updateUrl: false }}
          structuredData={false}
        />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toBe(ENGLISH.ui.error.render);
    const ours = error.mock.calls.filter((call) => String(call[0]).startsWith('[clinic-widget]'));
    expect(ours).toHaveLength(1);
    error.mockRestore();
  });
});
