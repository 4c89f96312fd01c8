// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseMarkup } from './safe-markup';

/*
 * Clinic-supplied content goes through the parser, so its time must grow in proportion to the
 * text's length, whatever the text holds. A ratio, not a time: doubling the input may at most
 * about double the time (≤ 2.5×); the parser's regular expression before its link branch
 * stopped at "[" rescanned the rest of the text from every "[" and gives about 4× here.
 *
 * Steady on a busy machine: the clock is this process's CPU time (other processes taking the
 * cores do not count), the JIT is warmed first, each size is sized up until it takes long
 * enough to measure, the two sizes are interleaved and the medians of several runs compared.
 * Noise (a garbage collection, a cache miss) can only push one round's ratio up, never hide a
 * quadratic parser, which is above the bound in every round: the best of three rounds is held
 * to the bound. (Forcing a collection before each run makes the ratio worse, not steadier:
 * the heap then has to grow again during the run.)
 */

const RUNS = 5;
const ROUNDS = 3;
const ENOUGH_MS = 10;
const MAX_SIZE = 2_000_000;

/** Shapes that make a backtracking parser rescan the rest of the text from every position. */
const HOSTILE: [string, (n: number) => string][] = [
  ['"[" never closed', (n) => '['.repeat(n)],
  ['links never closed', (n) => '[a]('.repeat(n / 4)],
  ['"*[" then "](" then stars', (n) => '*['.repeat(n / 4) + '](' + '*'.repeat(n / 2)],
  ['"**" never closed', (n) => '**a'.repeat(n / 3)],
  ['every form, mixed', (n) => '**[x](https://a.example *b\n- ['.repeat(n / 32)],
];

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

function cpuMsOf(text: string): number {
  const before = process.cpuUsage();
  parseMarkup(text);
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

/** The ratio of the median times of 2n and n characters, n and 2n interleaved. */
function ratioOf(small: string, large: string): { ratio: number; note: string } {
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    smallTimes.push(cpuMsOf(small));
    largeTimes.push(cpuMsOf(large));
  }
  const [n, twice] = [median(smallTimes), median(largeTimes)];
  return {
    ratio: twice / Math.max(n, 0.1),
    note: `${small.length} chars ${n.toFixed(1)} ms, ${large.length} chars ${twice.toFixed(1)} ms`,
  };
}

describe('safe markup parser: time grows linearly with the text', { timeout: 120_000 }, () => {
  it.each(HOSTILE)('%s', (_name, make) => {
    // Warm the JIT first: cold code is slow, and would make a small size look long enough.
    for (let run = 0; run < 5; run += 1) cpuMsOf(make(64_000));
    let size = 64_000;
    while (size < MAX_SIZE && median([0, 1, 2].map(() => cpuMsOf(make(size)))) < ENOUGH_MS)
      size *= 2;
    const [small, large] = [make(size), make(size * 2)];
    const rounds = Array.from({ length: ROUNDS }, () => ratioOf(small, large));
    const best = rounds.reduce((a, b) => (b.ratio < a.ratio ? b : a));
    expect(best.ratio, rounds.map((round) => round.note).join('; ')).toBeLessThanOrEqual(2.5);
  });
});
