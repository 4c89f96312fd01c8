// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FONT_STACK } from './font';
import { FIRST_VIEW_TYPE, warmFonts } from './font-warmup';

describe('warmFonts', () => {
  /** Idle callbacks asked for, each run by `idle()` as a task of its own. */
  let queue: (() => void)[] = [];
  const idle = () => queue.shift()?.();
  let measured: string[] = [];
  let context: { font: string; measureText(text: string): void };

  beforeEach(() => {
    queue = [];
    measured = [];
    context = {
      font: '',
      measureText(text) {
        measured.push(`${this.font}|${text}`);
      },
    };
    vi.stubGlobal('requestIdleCallback', (run: () => void) => queue.push(run));
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        getContext() {
          return context;
        }
      },
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  const sizes = FIRST_VIEW_TYPE.split(',').flatMap((group) => group.split(' ').slice(1));

  it('measures one font per idle task, each weight and size of the list, in the font stack', () => {
    warmFonts(null);
    expect(measured).toEqual([]);
    idle();
    expect(measured).toEqual([`700 22px ${FONT_STACK}|Aa`]);
    while (queue.length) idle();
    expect(measured).toHaveLength(sizes.length);
    expect(measured.every((entry) => entry.endsWith(`px ${FONT_STACK}|Aa`))).toBe(true);
  });

  it('adds a letter of the script of a language not written in Latin letters', () => {
    const sample = (language: string) => {
      queue = [];
      measured = [];
      warmFonts(language);
      idle();
      return measured[0]?.split('|')[1];
    };
    expect(['zh-Hans', 'ko', 'ru', 'ar', 'es', 'vi'].map(sample)).toEqual([
      'Aa中',
      'Aa한',
      'AaЯ',
      'Aaع',
      'Aa',
      'Aa',
    ]);
  });

  it('stops quietly where the browser has no offscreen canvas to measure with', () => {
    vi.stubGlobal('OffscreenCanvas', undefined);
    expect(() => {
      warmFonts(null);
      idle();
    }).not.toThrow();
    expect(queue).toEqual([]);
  });

  it('waits on a timer in browsers without idle callbacks', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      warmFonts(null);
      expect(measured).toEqual([]);
      vi.runAllTimers();
      expect(measured).toHaveLength(sizes.length);
    } finally {
      vi.useRealTimers();
    }
  });
});
