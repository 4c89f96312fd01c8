import { afterEach, describe, expect, it } from 'vitest';
import { forgetFailures, importChunk, retryQuery, withRetries } from './retry-import';

afterEach(forgetFailures);

describe('retries at a new address', () => {
  it('asks at the plain address first, then with ?retry=N after each failure', async () => {
    const asked: string[] = [];
    const load = (query: string) => {
      asked.push(`chunks/x.js${query}`);
      return asked.length < 3 ? Promise.reject(new Error('offline')) : Promise.resolve('ok');
    };
    await expect(importChunk(load)).rejects.toThrow('offline');
    await expect(importChunk(load)).rejects.toThrow('offline');
    await expect(importChunk(load)).resolves.toBe('ok');
    expect(asked).toEqual(['chunks/x.js', 'chunks/x.js?retry=1', 'chunks/x.js?retry=2']);
  });

  it('counts an import written anew at each call as the same chunk', async () => {
    const asked: string[] = [];
    const attempt = () =>
      importChunk((query) => {
        asked.push(query);
        return Promise.reject(new Error('bad body'));
      });
    await expect(attempt()).rejects.toThrow();
    await expect(attempt()).rejects.toThrow();
    expect(asked).toEqual(['', '?retry=1']);
  });

  it('keeps a count per key, and a success does not reset it to a used address', async () => {
    const seen: number[] = [];
    await expect(withRetries('a', () => Promise.reject(new Error('x')))).rejects.toThrow();
    await withRetries('b', async (attempt) => void seen.push(attempt));
    await withRetries('a', async (attempt) => void seen.push(attempt));
    expect(seen).toEqual([0, 1]);
    expect(retryQuery(0)).toBe('');
    expect(retryQuery(3)).toBe('?retry=3');
  });
});
