import { act, render, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { options, render as renderInto, type VNode } from 'preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH } from '../content/content';
import { Compare } from './compare/compare';
import { Faq } from './faq/faq';
import { FaqEntry } from './faq/faq-entry';
import { SafeMarkup } from './faq/safe-markup';
import { Quiz } from './quiz/quiz';
import { EmergencyNotice } from './ui/emergency-notice';
import { Heading } from './ui/heading';
import { LanguageMenu } from './ui/language-menu';
import { ReviewedDate } from './ui/reviewed-date';
import { englishTranslator } from './test-utils';
import { Widget, preloadSections } from './widget';

/**
 * Preact calls `options._render` (mangled to `__r` in its published build, which tests run)
 * with each component's vnode just before that component renders: its calls are the renders,
 * counted without wrapping or changing any component.
 */
type RenderHook = ((vnode: VNode) => void) | undefined;
const hooks = options as unknown as { __r: RenderHook };
const previous = hooks.__r;
afterEach(() => {
  hooks.__r = previous;
});

type Rendered = { type: unknown; props: { item?: { id: string } } };

/** The components that rendered while `interaction` ran, and the effects it caused. */
async function rendersDuring(interaction: () => Promise<void>): Promise<Rendered[]> {
  const rendered: Rendered[] = [];
  hooks.__r = (vnode) => {
    previous?.(vnode);
    if (typeof vnode.type === 'function') rendered.push(vnode as Rendered);
  };
  await interaction();
  // Renders that effects ask for (focus, the "Expand all" label) belong to the interaction.
  await act(async () => {});
  hooks.__r = previous;
  return rendered;
}

const count = (rendered: Rendered[], type: unknown) =>
  rendered.filter((vnode) => vnode.type === type).length;
const entries = (rendered: Rendered[]) =>
  rendered.filter((vnode) => vnode.type === FaqEntry).map((vnode) => vnode.props.item!.id);
const named = (rendered: Rendered[], name: string) =>
  rendered.filter((vnode) => (vnode.type as { name?: string }).name === name).length;

/** What renders only when something around the entries does: none of it may render. */
const AROUND = [Widget, Faq, Compare, Quiz, LanguageMenu, EmergencyNotice, ReviewedDate];

/** Nothing but the entry: its question's heading and its answer, and no other section's. */
function expectOnlyEntry(rendered: Rendered[], id: string) {
  expect(entries(rendered)).toEqual([id]);
  for (const type of AROUND) expect(count(rendered, type)).toBe(0);
  // Every section and the title have headings, every entry its question's: one is the entry's.
  expect(count(rendered, Heading)).toBe(1);
  expect(count(rendered, SafeMarkup)).toBe(1);
}

const items = ENGLISH.content.faq.items;
/** Its question's button (the comparison and the check have buttons named as questions). */
const questionButton = (id: string) => document.getElementById(`r-q-${id}`)!;

function renderWidget() {
  return rendersDuring(async () => {
    renderShell();
    // The later stages of the first view (frame-plan.ts): the closed answers, the other
    // sections, the date. The root is aria-busy until the last.
    await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
  });
}

/** The shell, rendered as the browser would (outside act(), which would run its effects at once). */
function renderShell(into?: HTMLElement) {
  (into ? (vnode: VNode) => renderInto(vnode, into) : render)(
    <Widget
      locale="en"
      dir="ltr"
      pack={ENGLISH}
      translator={englishTranslator}
      sections={['faq', 'compare', 'quiz']}
      colorScheme="light"
      accent={null}
      clinic={{ name: null, phone: null, bookingUrl: null, emergencyNumber: null }}
      headingLevel={2}
      idPrefix="r"
      onLanguageChange={() => {}}
      languageStatus={{ pending: null, failed: false }}
      deepLinks={{ prefix: 'faq-', updateUrl: false }}
      structuredData={false}
    />,
  );
}

describe('The first view, drawn in stages', () => {
  beforeAll(() => preloadSections(['compare', 'quiz']));

  it('first draws the title, the questions and the emergency line, then only what each stage adds', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    const rendered = await rendersDuring(async () => {
      renderShell(container);
      // The first frame: the FAQ's questions without their answers, no other section yet.
      const root = document.querySelector('[lang]')!;
      expect(root.getAttribute('aria-busy')).toBe('true');
      expect(root.querySelectorAll('button[aria-expanded]')).toHaveLength(items.length);
      expect(document.getElementById(`r-a-${items[0]!.id}`)!.childElementCount).toBe(0);
      expect(root.querySelectorAll('section')).toHaveLength(1);
      expect(root.textContent).toContain(ENGLISH.ui.footer.emergency.split('{{')[0]);
      await waitFor(() => expect(root.hasAttribute('aria-busy')).toBe(false));
    });
    const root = document.querySelector('[lang]')!;
    expect(root.querySelectorAll('section')).toHaveLength(3);
    expect(document.getElementById(`r-a-${items[0]!.id}`)!.childElementCount).toBeGreaterThan(0);
    // The shell and each section once; an entry and the date again only at their own stage.
    expect(count(rendered, Widget)).toBe(1);
    expect(count(rendered, Faq)).toBe(1);
    expect(count(rendered, Compare)).toBe(1);
    expect(count(rendered, Quiz)).toBe(1);
    expect(count(rendered, ReviewedDate)).toBe(2);
    expect(entries(rendered)).toHaveLength(items.length * 2);
    renderInto(null, container);
    container.remove();
  });
});

describe('Opening or closing an answer', () => {
  // The comparison and the check are on screen with their code, as on the bench's page.
  beforeAll(() => preloadSections(['compare', 'quiz']));

  it('renders that entry only: not the other entries, the sections or the shell', async () => {
    await renderWidget();
    const user = userEvent.setup();
    const [first, second] = items;
    const button = questionButton(first!.id);
    expect(button.textContent).toBe(first!.question);

    expectOnlyEntry(await rendersDuring(() => user.click(button)), first!.id);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(`r-a-${first!.id}`)!.hidden).toBe(false);

    // A second answer: the first stays open and does not render again.
    expectOnlyEntry(await rendersDuring(() => user.click(questionButton(second!.id))), second!.id);
    expect(button.getAttribute('aria-expanded')).toBe('true');

    expectOnlyEntry(await rendersDuring(() => user.click(button)), first!.id);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(`r-a-${first!.id}`)!.hidden).toBe(true);
  });

  it('renders "Expand all" again only when opening the last closed answer changes it', async () => {
    await renderWidget();
    const user = userEvent.setup();
    const expandAll = document.querySelector<HTMLButtonElement>('section button:not([id])')!;
    expect(expandAll.textContent).toBe('Expand all');
    for (const item of items.slice(0, -1)) await user.click(questionButton(item.id));
    expect(expandAll.textContent).toBe('Expand all');

    const last = items[items.length - 1]!;
    const rendered = await rendersDuring(() => user.click(questionButton(last.id)));
    expect(expandAll.textContent).toBe('Collapse all');
    expect(entries(rendered)).toEqual([last.id]);
    expect(named(rendered, 'ExpandAll')).toBe(1);
    for (const type of AROUND) expect(count(rendered, type)).toBe(0);

    // "Collapse all" closes every answer, each entry rendering once, the FAQ not.
    const collapsed = await rendersDuring(() => user.click(expandAll));
    expect(entries(collapsed).sort()).toEqual(items.map((item) => item.id).sort());
    for (const type of AROUND) expect(count(collapsed, type)).toBe(0);
    for (const item of items)
      expect(questionButton(item.id).getAttribute('aria-expanded')).toBe('false');
    expect(expandAll.textContent).toBe('Expand all');
  });

  it('still opens an answer and moves focus to it from the comparison', async () => {
    await renderWidget();
    const user = userEvent.setup();
    const id = ENGLISH.content.faq.items.find((item) => item.id === 'compared-to-prp')!.id;
    const link = Array.from(
      document.querySelectorAll<HTMLButtonElement>('section button:not([id])'),
    ).find(
      (candidate) =>
        candidate.textContent === items.find((item) => item.id === id)!.question &&
        !candidate.closest('[id^="r-a-"]'),
    )!;
    await user.click(link);
    await act(async () => {});
    expect(questionButton(id).getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(questionButton(id));
  });
});
