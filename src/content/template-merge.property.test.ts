import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from './content';
import { FLEXIBLE_PATHS } from './custom-content';
import { mergeWithTemplate } from './template-merge';
import {
  applyMutation,
  expectProblemsNamePaths,
  expectShapeOf,
  mutationOf,
  nodeAt,
  problemPath,
  textReplacementOf,
  type Json,
} from '../../test/unit/content-mutations';

/*
 * Properties of the per-language merge with English fallback (a downloaded locale file, or a
 * clinic's content with its own FAQ): whatever the candidate is, the merge never throws and
 * gives text of English's shape, each part either the candidate's (when valid) or English's,
 * with a problem naming the path of every part it did not take.
 */

const RUNS = { numRuns: 300 };
const english = ENGLISH as unknown as Json;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Throws `message` when `condition` is false: plain checks, as thousands run per property. */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

/**
 * Throws unless every part of `value` is the template's or the candidate's, taken whole at
 * the same place (entries of id-matched lists found by id): nothing mixed or invented.
 */
function expectEachPartFrom(template: Json, candidate: unknown, value: unknown, path = ''): void {
  const fromEither = () =>
    isDeepStrictEqual(value, template) || isDeepStrictEqual(value, candidate);
  if (typeof template !== 'object' || template === null) {
    check(fromEither(), () => `${path}: ${JSON.stringify(value)?.slice(0, 100)}`);
  } else if (Array.isArray(template)) {
    const ids = template.every((item) => isObject(item) && typeof item.id === 'string');
    if (!ids || FLEXIBLE_PATHS.includes(path as (typeof FLEXIBLE_PATHS)[number])) {
      check(fromEither(), () => `${path}: a list from neither side`);
      return;
    }
    template.forEach((item, i) => {
      const id = (item as { id: string }).id;
      const match = Array.isArray(candidate)
        ? candidate.filter((entry) => isObject(entry) && entry.id === id)
        : [];
      // With an id given twice, either entry may be the one taken.
      const ok = (match.length ? match : [undefined]).some((entry) => {
        try {
          expectEachPartFrom(item, entry, (value as unknown[])[i], `${path}[id=${id}]`);
          return true;
        } catch {
          return false;
        }
      });
      check(ok, () => `${path}[id=${id}]: from neither side`);
    });
  } else {
    for (const key of Object.keys(value as object)) {
      const base = key.replace(PLURAL, '');
      const shape = template[key] ?? template[`${base}_other`];
      const given = isObject(candidate) ? candidate[key] : undefined;
      const at = path ? `${path}.${key}` : key;
      expectEachPartFrom(shape as Json, given, (value as Record<string, unknown>)[key], at);
    }
  }
}

const candidates = (base: Json) =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.array(mutationOf(base), { minLength: 1, maxLength: 3 }).map((mutations) => {
        const candidate = structuredClone(base);
        for (const mutation of mutations) applyMutation(candidate, mutation);
        return candidate as unknown;
      }),
    },
    { weight: 1, arbitrary: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.anything({ maxDepth: 3 })) },
  );

describe('mergeWithTemplate with English as the template (properties)', () => {
  it("never throws, and gives English's shape with problems that name paths", () => {
    fc.assert(
      fc.property(candidates(english), (candidate) => {
        const { value, problems } = mergeWithTemplate(english, candidate);
        expectShapeOf(english, value);
        expectProblemsNamePaths(problems, english, candidate);
      }),
      RUNS,
    );
  });

  it('takes each part whole from the candidate or from English, never mixing or inventing', () => {
    fc.assert(
      fc.property(candidates(english), (candidate) => {
        expectEachPartFrom(english, candidate, mergeWithTemplate(english, candidate).value);
      }),
      RUNS,
    );
  });

  it('reports a problem whenever it does not take the candidate as it is', () => {
    fc.assert(
      fc.property(candidates(english), (candidate) => {
        const { value, problems } = mergeWithTemplate(english, candidate);
        if (problems.length === 0) expect(value).toStrictEqual(candidate);
      }),
      RUNS,
    );
  });

  it('gives a result that passes its own check unchanged', () => {
    fc.assert(
      fc.property(candidates(english), (candidate) => {
        const { value } = mergeWithTemplate(english, candidate);
        expect(mergeWithTemplate(english, value)).toStrictEqual({ value, problems: [] });
      }),
      RUNS,
    );
  });

  it('keeps English where a text is markup, of the wrong type or blank, and names the path', () => {
    fc.assert(
      fc.property(textReplacementOf(english, ['html', 'wrong type', 'blank']), (mutation) => {
        const candidate = structuredClone(english);
        applyMutation(candidate, mutation);
        const { value, problems } = mergeWithTemplate(english, candidate);
        const where = problemPath(english, mutation.path);
        expect(
          problems.some((problem) => problem.startsWith(where)),
          where,
        ).toBe(true);
        // The text, or the list of texts it was in, is English's again.
        expect(nodeAt(value, mutation.path)).toBe(nodeAt(english, mutation.path));
      }),
      RUNS,
    );
  });
});

describe("mergeWithTemplate at the flexible paths of a clinic's content (properties)", () => {
  it("never throws, and gives English's shape with a valid FAQ of the clinic's own", () => {
    const content = ENGLISH.content as unknown as Json;
    fc.assert(
      fc.property(candidates(content), (candidate) => {
        const { value, problems } = mergeWithTemplate(content, candidate, {
          flexible: FLEXIBLE_PATHS,
        });
        expectShapeOf(content, value, FLEXIBLE_PATHS);
        expectProblemsNamePaths(problems, content, candidate);
        expectEachPartFrom(content, candidate, value);
        if (problems.length === 0) expect(value).toStrictEqual(candidate);
      }),
      RUNS,
    );
  });
});
