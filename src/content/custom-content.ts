import * as log from '../shared/log';
import { ENGLISH, type TopicContent } from './content';
import { matchLocale } from '../shared/locale-match';
import { keepSafetyTexts } from './safety-texts';
import { mergeWithTemplate } from './template-merge';

/**
 * A clinic's own content: JSON keyed by language tag, each entry a whole topic in the shape of
 * content.schema.json (published in dist/). It comes from a URL (data-content-url) or from an
 * inline <script type="application/json"> (data-content-id). Anything wrong with it is one
 * console error listing every bad field with its path, and the shipped content is shown.
 *
 *   { "en": { "meta": {…}, "faq": {…}, … }, "es": { … } }
 */
export type CustomContentSource = { url: string } | { elementId: string };

/**
 * A clinic may write its own FAQ: any entries and categories, in the shipped entries' shape;
 * and it may add red flags of its own (the shipped ones always stay: safety-texts.ts).
 */
export const FLEXIBLE_PATHS = ['faq.items', 'faq.categories', 'seekHelp.redFlags'] as const;
const FETCH_TIMEOUT_MS = 10_000;

const downloads = new Map<string, Promise<unknown>>();

async function fetchJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const response = await fetch(new URL(url, document.baseURI).href, {
      credentials: 'omit',
      signal: controller.signal,
    });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    try {
      return await response.json();
    } catch (cause) {
      throw new Error('it is not valid JSON', { cause });
    }
  } catch (cause) {
    if (controller.signal.aborted)
      throw new Error(`no answer within ${FETCH_TIMEOUT_MS / 1000} s`, { cause });
    throw cause;
  } finally {
    clearTimeout(timer);
  }
}

function readInline(elementId: string): unknown {
  const element = document.getElementById(elementId);
  if (!element) throw new Error(`there is no element with id "${elementId}"`);
  if (element.localName !== 'script' || (element as HTMLScriptElement).type !== 'application/json')
    throw new Error(`#${elementId} is not a <script type="application/json">`);
  try {
    return JSON.parse(element.textContent ?? '');
  } catch {
    throw new Error(`#${elementId} does not hold valid JSON`);
  }
}

const describeSource = (source: CustomContentSource): string =>
  'url' in source ? `data-content-url "${source.url}"` : `data-content-id "${source.elementId}"`;

/** The raw JSON, downloaded once per URL; null (after one console error) when unusable. */
export function readCustomContent(source: CustomContentSource): Promise<unknown> {
  const key = 'url' in source ? `url:${source.url}` : `id:${source.elementId}`;
  let pending = downloads.get(key);
  if (!pending) {
    pending = (
      'url' in source
        ? fetchJson(source.url)
        : Promise.resolve().then(() => readInline(source.elementId))
    ).catch((cause: unknown) => {
      downloads.delete(key);
      log.error(
        `The clinic's own content (${describeSource(source)}) could not be used: ${cause instanceof Error ? cause.message : String(cause)}. Showing the shipped content instead.`,
      );
      return null;
    });
    downloads.set(key, pending);
  }
  return pending;
}

/** Checks one language's entry strictly: every problem is listed, and any problem rejects it. */
export function validateCustomContent(entry: unknown): {
  content: TopicContent | null;
  problems: string[];
} {
  const { value, problems } = mergeWithTemplate(ENGLISH.content, entry, {
    flexible: FLEXIBLE_PATHS,
  });
  // Cross-references are checked on the clinic's own lists, as written.
  const faq = (entry as { faq?: { categories?: unknown; items?: unknown } } | null)?.faq;
  if (Array.isArray(faq?.categories) && Array.isArray(faq.items)) {
    const categories = new Set(faq.categories.map((category: { id?: unknown }) => category?.id));
    for (const item of faq.items as { id?: unknown; category?: unknown }[]) {
      if (typeof item?.category === 'string' && !categories.has(item.category))
        problems.push(
          `faq.items[id=${String(item.id)}].category: "${item.category}" is not one of faq.categories`,
        );
    }
  }
  return { content: problems.length ? null : value, problems };
}

const reported = new Set<string>();

/**
 * The clinic's content for `locale`, if it supplies that language and it is valid, with the
 * safety-critical texts of `shipped` (the same language's shipped content) kept.
 */
export function customContentFor(
  raw: unknown,
  locale: string,
  source: CustomContentSource,
  shipped: TopicContent,
): TopicContent | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    if (raw !== null)
      reportOnce(source, [
        '(root): expected an object keyed by language tag, e.g. { "en": { … } }',
      ]);
    return null;
  }
  const tags = Object.keys(raw);
  const tag = matchLocale([locale], tags);
  if (!tag) return null;
  const { content, problems } = validateCustomContent((raw as Record<string, unknown>)[tag]);
  if (!content) {
    reportOnce(
      source,
      problems.map((problem) => `${tag}.${problem}`),
    );
    return null;
  }
  const safe = keepSafetyTexts(content, shipped);
  if (safe.refused.length)
    errorOnce(
      `The clinic's own content (${describeSource(source)}) may add to the emergency texts but not replace or remove them, so the shipped text is used for: ${safe.refused.map((key) => `${tag}.${key}`).join(', ')}.`,
    );
  return safe.content;
}

function reportOnce(source: CustomContentSource, problems: string[]): void {
  errorOnce(
    `The clinic's own content (${describeSource(source)}) is invalid, so the shipped content is shown. ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
  );
}

function errorOnce(message: string): void {
  if (reported.has(message)) return;
  reported.add(message);
  log.error(message);
}
