import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeWithTemplate } from './template-merge';
import { ENGLISH } from './content';
import { FLEXIBLE_PATHS, customContentFor, validateCustomContent } from './custom-content';
import {
  applyMutation,
  expectProblemsNamePaths,
  expectShapeOf,
  mutationOf,
  nodeAt,
  pathsOf,
  problemPath,
  textReplacementOf,
  type Json,
  type Mutation,
  type Segment,
} from '../../test/unit/content-mutations';
import { anyText, hostileText } from '../../test/unit/arbitraries';

/*
 * Properties of the check a clinic's own content goes through: whatever JSON a clinic
 * publishes, the check never throws, and either returns content of English's shape (which
 * every component can render) or rejects it with problems that name paths, so the clinic can
 * fix them. Markup never gets through.
 */

const RUNS = { numRuns: 300 };
const english = ENGLISH.content as unknown as Json;

/** A clinic's own content, as the tests in custom-content.test.ts write it. */
const own = (): Json => {
  const content = structuredClone(ENGLISH.content);
  content.faq.categories = [{ id: 'ours', title: 'Our clinic' }];
  content.faq.items = [
    { id: 'parking', category: 'ours', question: 'Where do I park?', answer: 'Behind it.' },
  ];
  return content as unknown as Json;
};

/** Checks the outcome of validating `candidate`, and returns it for further checks. */
function validate(candidate: unknown) {
  const result = validateCustomContent(candidate, mergeWithTemplate);
  if (result.content === null) {
    expect(result.problems.length).toBeGreaterThan(0);
    expectProblemsNamePaths(result.problems, english, candidate);
  } else {
    expect(result.problems).toEqual([]);
    expectShapeOf(english, result.content, FLEXIBLE_PATHS);
    const categories = result.content.faq.categories.map((category) => category.id);
    for (const item of result.content.faq.items) expect(categories).toContain(item.category);
  }
  return result;
}

describe('validateCustomContent (properties)', () => {
  it('accepts English and a clinic FAQ of its own as they are', () => {
    expect(validate(structuredClone(english)).content).toEqual(english);
    expect(validate(own()).content).toEqual(own());
  });

  it('never throws on any JSON at all, and accepts none of it by accident', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true })),
        (candidate) => {
          expect(validate(candidate).content).toBeNull();
        },
      ),
      RUNS,
    );
  });

  it('never throws on any JSON text with "__proto__" and other prototype keys', () => {
    // JSON.parse makes "__proto__" an own key, as a fetched file would.
    const text = fc
      .tuple(fc.json({ maxDepth: 2 }), fc.constantFrom('__proto__', 'constructor', 'faq', 'meta'))
      .map(
        ([json, key]) => `{"${key}": ${json}, "faq": {"__proto__": ${json}, "items": [${json}]}}`,
      );
    fc.assert(
      fc.property(text, (json) => {
        expect(validate(JSON.parse(json)).content).toBeNull();
      }),
      RUNS,
    );
  });

  it('never throws on English or a clinic FAQ with up to three mutations, and checks the result', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(english, own())
          .chain((base) =>
            fc.tuple(fc.constant(base), fc.array(mutationOf(base), { minLength: 1, maxLength: 3 })),
          ),
        ([base, mutations]) => {
          const candidate = structuredClone(base);
          for (const mutation of mutations) applyMutation(candidate, mutation);
          validate(candidate);
        },
      ),
      RUNS,
    );
  });

  it('rejects markup, a wrong type, a blank or a missing text, naming where it is', () => {
    const isField = (path: Segment[]) => typeof path[path.length - 1] === 'string';
    fc.assert(
      fc.property(
        fc.constantFrom(english, own()).chain((base) =>
          fc.tuple(
            fc.constant(base),
            fc.oneof(
              textReplacementOf(base, ['html', 'wrong type', 'blank']),
              // A missing text (not one of a list of texts: fewer of those is still valid).
              textReplacementOf(base, ['text'], isField).map(({ path }): Mutation => ({
                kind: 'delete',
                path,
              })),
            ),
          ),
        ),
        ([base, mutation]) => {
          const candidate = structuredClone(base);
          applyMutation(candidate, mutation);
          const { content, problems } = validate(candidate);
          expect(content).toBeNull();
          const where = problemPath(base, mutation.path);
          expect(
            problems.some((problem) => problem.startsWith(where)),
            `${where} in ${problems.join(' | ')}`,
          ).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('rejects a fixed list without one of its entries, naming the entry', () => {
    // The lists the widget's logic refers to by id (red flags, symptoms, results, …).
    const fixedEntries = pathsOf(english).filter(
      (path) =>
        typeof path[path.length - 1] === 'number' &&
        typeof nodeAt(english, [...path, 'id']) === 'string' &&
        path[0] !== 'faq' &&
        // Red flags are a flexible list: a clinic may add its own, and the shipped ones are
        // put back by safety-texts.ts (custom-content.test.ts checks that).
        !(path[0] === 'seekHelp' && path[1] === 'redFlags'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...fixedEntries), (path) => {
        const candidate = structuredClone(english);
        applyMutation(candidate, { kind: 'delete', path });
        const { content, problems } = validate(candidate);
        expect(content).toBeNull();
        expect(problems).toContain(
          `${problemPath(english, path)}[id=${String(nodeAt(english, [...path, 'id']))}]: expected an object, found missing`,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('accepts any plain text, however long, in any text that is not an id or a reference', () => {
    const free = (path: Segment[]) => !['id', 'category'].includes(String(path[path.length - 1]));
    fc.assert(
      fc.property(
        fc
          .constantFrom(english, own())
          .chain((base) => fc.tuple(fc.constant(base), textReplacementOf(base, ['text'], free))),
        ([base, mutation]) => {
          const candidate = structuredClone(base);
          applyMutation(candidate, mutation);
          const { content } = validate(candidate);
          expect(content).not.toBeNull();
          expect(nodeAt(content, mutation.path)).toBe(nodeAt(candidate, mutation.path));
        },
      ),
      RUNS,
    );
  });

  it('rejects a clinic FAQ whose ids, categories and texts are arbitrary, unless all are valid', () => {
    const entry = fc.record({
      id: fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/), anyText(8), hostileText),
      category: fc.oneof(fc.constantFrom('ours', 'theirs'), hostileText),
      question: fc.oneof(fc.constant('Where do I park?'), hostileText),
      answer: fc.oneof(fc.constant('Behind the clinic.'), hostileText),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), (items) => {
        const candidate = own() as { faq: { items: unknown[] } };
        candidate.faq.items = items;
        validate(candidate);
      }),
      RUNS,
    );
  });
});

describe('customContentFor (properties)', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('never throws, whatever the clinic publishes under whatever language tags', () => {
    const byLanguage = fc
      .array(
        fc.tuple(
          fc.oneof(fc.constantFrom('en', 'es-MX', 'EN', 'zh_CN', '__proto__', ''), anyText(8)),
          fc.oneof(fc.constant(own()), fc.jsonValue({ maxDepth: 3 })),
        ),
        { maxLength: 3 },
      )
      .map((entries) => JSON.parse(JSON.stringify(Object.fromEntries(entries))) as unknown);
    fc.assert(
      fc.property(
        fc.oneof(byLanguage, fc.jsonValue({ maxDepth: 3 })),
        fc.constantFrom('en', 'es', 'zh-Hans', 'pt-BR'),
        (raw, locale) => {
          const content = customContentFor(
            raw,
            locale,
            { elementId: 'clinic-content' },
            ENGLISH.content,
            mergeWithTemplate,
          );
          if (content !== null) expectShapeOf(english, content, FLEXIBLE_PATHS);
        },
      ),
      RUNS,
    );
  });
});
