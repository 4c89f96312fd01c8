import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ENGLISH } from '../../content/content';
import { InWidget } from '../test-utils';
import { Quiz, preloadQuizSteps } from './quiz';
import { prepareListFormat, summarizeAnswers } from './quiz-summary';
import { INITIAL_STATE } from './quiz-state';
import { englishTranslator } from '../test-utils';

function renderQuiz() {
  const onResult = vi.fn();
  render(
    <InWidget>
      <Quiz content={ENGLISH.content} headingLevel={3} onResult={onResult} />
    </InWidget>,
  );
  return { onResult, user: userEvent.setup() };
}

const heading = () => document.activeElement as HTMLElement;

describe('Quiz before its later screens are downloaded', () => {
  // Runs first in this file: nothing has loaded quiz-steps yet.
  it('starts once the next screen is here, with focus on its heading', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    // Meanwhile the visitor sees that the next screen is coming.
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    // The first import of the chunk is transformed on demand: slow on a busy machine.
    expect(await screen.findByText('Step 1 of 4', {}, { timeout: 15_000 })).toBeTruthy();
    expect(heading().textContent).toBe('Step 1 of 4 Do you have any of these right now?');
  });
});

describe('Quiz', () => {
  // The screens after the start are a chunk of their own; here it is already downloaded, as
  // it is in a browser once the visitor points at or focuses a start button.
  beforeEach(() => preloadQuizSteps());

  it('starts with what the check is for, that it is not a diagnosis, and emergency help', () => {
    renderQuiz();
    expect(screen.getByRole('button', { name: 'Start the check' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Is this treatment right for me?' })).toBeTruthy();
    expect(document.body.textContent).toContain('It is not a diagnosis.');
    expect(document.body.textContent).toContain(
      'In an emergency, call your local emergency number now.',
    );
  });

  it('walks to "expected" with progress, fieldsets, legends and focus on each heading', async () => {
    const { user, onResult } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    expect(screen.getByText('Step 1 of 4')).toBeTruthy();
    // The step's number is read with the step: in its heading, which names the group.
    expect(heading().textContent).toBe('Step 1 of 4 Do you have any of these right now?');
    expect(
      screen.getByRole('group', { name: 'Step 1 of 4 Do you have any of these right now?' }),
    ).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'No, none of these' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Step 2 of 4')).toBeTruthy();
    expect(heading().textContent).toBe('Step 2 of 4 How long ago was your treatment?');
    await user.click(
      screen.getByRole('radio', { name: 'Less than 24 hours ago (less than 1 day)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('checkbox', { name: 'Redness' }));
    await user.click(screen.getByRole('checkbox', { name: 'Swelling' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Step 4 of 4')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Getting better' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(heading().textContent).toBe(
      'This sounds expected. It most often goes away within 24 to 48 hours',
    );
    expect(onResult).toHaveBeenCalledWith('expected');
    expect(document.body.textContent).toContain('Looking after your scalp');
    expect(document.body.textContent).toContain('Symptoms now: Redness and Swelling');
  });

  it('ends with the emergency result as soon as a red flag is reported', async () => {
    const { user, onResult } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    await user.click(screen.getByRole('radio', { name: 'Yes, I have at least one of these' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(heading().textContent).toBe('Emergency: call your local emergency number now');
    expect(onResult).toHaveBeenCalledWith('emergency');
    expect(screen.queryByText('Looking after your scalp')).toBeNull();
  });

  it('asks for an answer instead of moving on, in an alert', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert').textContent).toBe('Please choose an answer to continue.');
    expect(
      screen
        .getByRole('group', { name: 'Step 1 of 4 Do you have any of these right now?' })
        .getAttribute('aria-describedby'),
    ).toBe(screen.getByRole('alert').id);
  });

  it('goes Back and Start again from any step', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    await user.click(screen.getByRole('radio', { name: 'No, none of these' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading().textContent).toBe('Step 1 of 4 Do you have any of these right now?');
    expect(
      (screen.getByRole('radio', { name: 'No, none of these' }) as HTMLInputElement).checked,
    ).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('button', { name: 'Start the check' })).toBeTruthy();
    // Back at the start, focus is on the section's heading: the start screen repeats it not.
    expect(heading().textContent).toBe('When to get help: a quick check');
    expect(
      screen.getAllByRole('heading', { name: 'When to get help: a quick check' }),
    ).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    expect(
      (screen.getByRole('radio', { name: 'No, none of these' }) as HTMLInputElement).checked,
    ).toBe(false);
  });

  it('runs "Is this treatment right for me?" to the questions to ask', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Is this treatment right for me?' }));
    await user.click(screen.getByRole('checkbox', { name: 'You are breastfeeding' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(heading().textContent).toBe(
      'If any of these apply to you, talk to your doctor before you have this treatment.',
    );
    expect(document.body.textContent).toContain('Where exactly do your exosomes come from?');
  });

  it('has no call button without a clinic phone, never an empty tel: link', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('button', { name: 'Start the check' }));
    await user.click(screen.getByRole('radio', { name: 'No, none of these' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(
      screen.getByRole('radio', { name: 'More than 72 hours ago (more than 3 days)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('checkbox', { name: 'Fever' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('radio', { name: 'Staying the same' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(heading().textContent).toBe('Contact your clinic now');
    expect(document.querySelectorAll('a[href^="tel:"]')).toHaveLength(0);
  });
});

describe('summarizeAnswers', () => {
  const { seekHelp } = ENGLISH.content;
  const fill = (text: string) =>
    text.replace('{{emergency}}', '911').replace('{{clinic}}', 'your clinic');
  it('lists the answers and the result, in the patient voice', () => {
    const state = {
      ...INITIAL_STATE,
      redFlag: 'no' as const,
      time: '48-72h',
      symptoms: ['pus', 'fever'],
      trend: 'worse',
    };
    expect(summarizeAnswers(state, 'contact', seekHelp, englishTranslator.t, fill, 'en')).toEqual([
      'Treatment: 48 to 72 hours ago (2 to 3 days)',
      'Symptoms now: Pus or other fluid coming out and Fever',
      'Since they started: Getting worse',
      'Result of the online check: Contact your clinic now',
    ]);
  });

  it('has its list formatter made ahead, when the page is idle, and not again for the result', () => {
    // The first Intl formatter of a page loads the platform's locale data: not in the click.
    const Real = Intl.ListFormat;
    const made = vi.fn();
    const intl = Intl as { ListFormat: typeof Real };
    intl.ListFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made(args[0]);
      }
    } as typeof Real;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestIdleCallback'] });
    try {
      prepareListFormat('fr');
      expect(made).not.toHaveBeenCalled();
      vi.advanceTimersByTime(3000);
      expect(made).toHaveBeenCalledWith('fr');
      const state = { ...INITIAL_STATE, redFlag: 'no' as const, symptoms: ['pus', 'fever'] };
      const lines = summarizeAnswers(state, 'contact', seekHelp, englishTranslator.t, fill, 'fr');
      expect(lines[1]).toContain('et');
      expect(made).toHaveBeenCalledTimes(1);
      // Cancelled (the check's screens went): never made.
      prepareListFormat('de')();
      vi.advanceTimersByTime(3000);
      expect(made).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
      intl.ListFormat = Real;
    }
  });

  it('says only that a red flag was reported when there was one', () => {
    const state = { ...INITIAL_STATE, redFlag: 'yes' as const };
    expect(summarizeAnswers(state, 'emergency', seekHelp, englishTranslator.t, fill, 'en')).toEqual(
      [
        'Emergency warning signs: yes, at least one',
        'Result of the online check: Emergency: call 911 now',
      ],
    );
  });
});
