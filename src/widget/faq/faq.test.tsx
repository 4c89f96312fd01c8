import { render, screen, within } from '@testing-library/preact';
import { useRef } from 'preact/hooks';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../content/content';
import { InWidget } from '../test-utils';
import { Faq } from './faq';
import { useFaqState } from './use-faq-state';

const items = ENGLISH.content.faq.items;
const questionButtons = () =>
  Array.from(document.querySelectorAll<HTMLButtonElement>('button[aria-expanded]'));

/** The FAQ with its open state held the way the Widget holds it. */
function Stateful(props: { items: typeof items; headingLevel: number }) {
  const root = useRef<HTMLDivElement>(null);
  const state = useFaqState(
    root,
    'cw',
    props.items.map((item) => item.id),
    { prefix: 'faq-', updateUrl: false, enabled: false },
  );
  return (
    <div ref={root}>
      <Faq
        {...props}
        categories={ENGLISH.content.faq.categories}
        state={state}
        linkTo={(id) => `https://clinic.example/page#faq-${id}`}
        comparisonLinks={null}
      />
    </div>
  );
}

function renderFaq(headingLevel = 3) {
  return render(
    <InWidget>
      <Stateful items={items} headingLevel={headingLevel} />
    </InWidget>,
  );
}

describe('Faq accordion', () => {
  it('renders every question as a collapsed button inside a heading', () => {
    renderFaq();
    const buttons = questionButtons();
    expect(buttons).toHaveLength(items.length);
    for (const [i, button] of buttons.entries()) {
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(button.textContent).toBe(items[i]!.question);
      expect(button.parentElement!.tagName).toBe('H5');
      const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel.hidden).toBe(true);
    }
  });

  it('puts the section heading at the given level and questions one below', () => {
    renderFaq(4);
    expect(screen.getByRole('heading', { level: 4, name: 'Questions and answers' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 5 }).map((h) => h.textContent)).toEqual(
      ENGLISH.content.faq.categories.map((c) => c.title),
    );
    expect(screen.getAllByRole('heading', { level: 6 })).toHaveLength(items.length);
  });

  it('opens and closes with a click, showing the answer', async () => {
    renderFaq();
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Does the treatment hurt?' });
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(false);
    expect(panel.textContent).toContain('numbing cream');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
  });

  it('toggles with Enter and Space and keeps several answers open', async () => {
    renderFaq();
    const user = userEvent.setup();
    const [first, second] = questionButtons();
    first!.focus();
    await user.keyboard('{Enter}');
    // Tab order: the open answer's own controls come next, then the next question.
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Copy link to this question');
    second!.focus();
    await user.keyboard(' ');
    expect(first!.getAttribute('aria-expanded')).toBe('true');
    expect(second!.getAttribute('aria-expanded')).toBe('true');
  });

  it('renders answer markup as elements, with lists and emphasis', async () => {
    renderFaq();
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'When should I get medical help?' });
    await user.click(button);
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(within(panel).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(panel.querySelector('strong')?.textContent).toBe('now');
    expect(panel.textContent).toContain('Contact your clinic or a doctor');
    expect(panel.textContent).toContain('Call your local emergency number now');
  });

  it('shows hostile content as text, never as markup', () => {
    render(
      <InWidget clinic="[evil](https://evil.example) **x**">
        <Stateful
          items={[
            {
              id: 'x',
              category: 'normal',
              question: '<img src=x onerror=alert(1)>',
              answer: '<script>alert(1)</script> [a](javascript:alert(1)) Call {{clinic}}.',
            },
          ]}
          headingLevel={3}
        />
      </InWidget>,
    );
    expect(document.querySelector('img, script')).toBeNull();
    expect(document.querySelector('a')).toBeNull();
    expect(questionButtons()[0]!.textContent).toBe('<img src=x onerror=alert(1)>');
    // A clinic name with markup characters is inserted as text after parsing.
    expect(document.querySelector('strong')).toBeNull();
    expect(document.body.textContent).toContain('Call [evil](https://evil.example) **x**.');
  });
});
