import { describe, expect, it } from 'vitest';
import {
  INITIAL_STATE,
  quizReducer,
  stepNumber,
  toTriageAnswers,
  type QuizAction,
  type QuizState,
} from './quiz-state';

const run = (...actions: QuizAction[]): QuizState => actions.reduce(quizReducer, INITIAL_STATE);

describe('quiz state', () => {
  it('goes red flags → time → symptoms → trend → result', () => {
    const state = run(
      { type: 'start' },
      { type: 'setRedFlag', value: 'no' },
      { type: 'next' },
      { type: 'setTime', value: '24-48h' },
      { type: 'next' },
      { type: 'toggleSymptom', id: 'redness' },
      { type: 'next' },
      { type: 'setTrend', value: 'better' },
      { type: 'next' },
    );
    expect(state.step).toBe('result');
    expect(state.history).toEqual(['start', 'redFlags', 'time', 'symptoms', 'trend']);
    expect(toTriageAnswers(state)).toEqual({
      redFlags: [],
      time: '24-48h',
      symptoms: ['redness'],
      trend: 'better',
    });
  });

  it('ends at once with a red flag', () => {
    const state = run({ type: 'start' }, { type: 'setRedFlag', value: 'yes' }, { type: 'next' });
    expect(state.step).toBe('result');
    expect(toTriageAnswers(state).redFlags).toHaveLength(1);
  });

  it('skips the trend when there are no symptoms', () => {
    const state = run(
      { type: 'start' },
      { type: 'setRedFlag', value: 'no' },
      { type: 'next' },
      { type: 'setTime', value: 'under-24h' },
      { type: 'next' },
      { type: 'setNoSymptoms', value: true },
      { type: 'next' },
    );
    expect(state.step).toBe('result');
    expect(toTriageAnswers(state)).toEqual({
      redFlags: [],
      time: 'under-24h',
      symptoms: [],
      trend: null,
    });
  });

  it.each(['redFlags', 'time', 'symptoms', 'trend'] as const)(
    'will not leave %s without an answer',
    (step) => {
      const to: Record<string, QuizAction[]> = {
        redFlags: [{ type: 'start' }],
        time: [{ type: 'start' }, { type: 'setRedFlag', value: 'no' }, { type: 'next' }],
        symptoms: [
          { type: 'start' },
          { type: 'setRedFlag', value: 'no' },
          { type: 'next' },
          { type: 'setTime', value: 'under-24h' },
          { type: 'next' },
        ],
        trend: [
          { type: 'start' },
          { type: 'setRedFlag', value: 'no' },
          { type: 'next' },
          { type: 'setTime', value: 'under-24h' },
          { type: 'next' },
          { type: 'toggleSymptom', id: 'fever' },
          { type: 'next' },
        ],
      };
      const before = run(...to[step]!);
      expect(before.step).toBe(step);
      const after = quizReducer(before, { type: 'next' });
      expect(after.step).toBe(step);
      expect(after.missingAnswer).toBe(true);
    },
  );

  it('goes back one step at a time, keeping answers, and Start again clears everything', () => {
    let state = run(
      { type: 'start' },
      { type: 'setRedFlag', value: 'no' },
      { type: 'next' },
      { type: 'setTime', value: '48-72h' },
      { type: 'next' },
    );
    state = quizReducer(state, { type: 'back' });
    expect(state.step).toBe('time');
    expect(state.time).toBe('48-72h');
    state = quizReducer(quizReducer(state, { type: 'back' }), { type: 'back' });
    expect(state.step).toBe('start');
    expect(quizReducer(state, { type: 'back' })).toBe(state);
    expect(quizReducer(state, { type: 'restart' })).toEqual(INITIAL_STATE);
  });

  it('"None of these" and a symptom exclude each other', () => {
    let state = run(
      { type: 'toggleSymptom', id: 'redness' },
      { type: 'setNoSymptoms', value: true },
    );
    expect(state.symptoms).toEqual([]);
    state = quizReducer(state, { type: 'toggleSymptom', id: 'pus' });
    expect(state).toMatchObject({ symptoms: ['pus'], noSymptoms: false });
  });

  it('runs the pre-treatment check', () => {
    const concern = run(
      { type: 'startPreCheck' },
      { type: 'toggleContraindication', id: 'pregnant' },
      { type: 'next' },
    );
    expect(concern).toMatchObject({ step: 'preResult', contraindications: ['pregnant'] });
    const none = run(
      { type: 'startPreCheck' },
      { type: 'setNoneApply', value: true },
      { type: 'next' },
    );
    expect(none).toMatchObject({ step: 'preResult', contraindications: [] });
    expect(run({ type: 'startPreCheck' }, { type: 'next' }).missingAnswer).toBe(true);
  });

  it('numbers the four steps of the symptom check', () => {
    expect(stepNumber('redFlags')).toEqual({ current: 1, total: 4 });
    expect(stepNumber('trend')).toEqual({ current: 4, total: 4 });
    expect(stepNumber('result')).toBeNull();
  });
});
