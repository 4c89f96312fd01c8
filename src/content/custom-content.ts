import * as log from '../shared/log';
import { ENGLISH, type TopicContent } from './content';
import { matchLocale } from '../shared/locale-match';
import { importChunk } from '../shared/retry-import';
import { keepSafetyTexts } from './safety-texts';
import type { mergeWithTemplate } from './template-merge';
import {
  LANGUAGE_TAG,
  MAX_CONTENT_BYTES,
  isOverBytes,
  listProblems,
  overLimits,
} from './content-limits';

/**
 * A clinic's own content: JSON keyed by language tag, each entry a whole topic in the shape of
 * content.schema.json (published in dist/). It comes from a URL (data-content-url) or from an
 * inline <script type="application/json"> (data-content-id). Anything wrong with it is one
 * console error listing the bad fields with their paths (the first ten: content-limits.ts),
 * and the shipped content is shown. A file over the limits (content-limits.ts) is refused
 * before the widget spends time on it: too many bytes before it is parsed, too many entries or
 * too long a text before it is checked field by field.
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

/** The checker, a chunk shared with the language files' check (locale-validation.ts). */
export type Merge = typeof mergeWithTemplate;

const downloads = new Map<string, Promise<unknown>>();

const count = (n: number): string => n.toLocaleString('en-US');
const tooLarge = (size: string) =>
  new Error(`it is larger than the limit of ${count(MAX_CONTENT_BYTES)} bytes (${size})`);

/**
 * The body as text, refused unread when the server announces more than the limit, and
 * abandoned as soon as more than the limit has arrived (a compressed body, or one without a
 * Content-Length).
 */
async function readBody(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_CONTENT_BYTES) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge(`the server says ${count(declared)}`);
  }
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_CONTENT_BYTES) {
      void reader.cancel().catch(() => {});
      throw tooLarge(`more than ${count(MAX_CONTENT_BYTES)} arrived`);
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

async function fetchJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const response = await fetch(new URL(url, document.baseURI).href, {
      credentials: 'omit',
      signal: controller.signal,
    });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const text = await readBody(response);
    try {
      return JSON.parse(text);
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
  const text = element.textContent ?? '';
  if (isOverBytes(text)) throw tooLarge(`#${elementId} holds ${count(text.length)} characters`);
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`#${elementId} does not hold valid JSON`);
  }
}

const shortened = (text: string): string => (text.length > 100 ? `${text.slice(0, 99)}…` : text);

const describeSource = (source: CustomContentSource): string =>
  'url' in source
    ? `data-content-url "${shortened(source.url)}"`
    : `data-content-id "${shortened(source.elementId)}"`;

/**
 * Refuses JSON that cannot be a clinic's content, or is over the limits: a file of `null`, a
 * list, or one whose keys are no language tags (only `__proto__`, say) holds nothing the
 * widget could show, and says so rather than silently showing the shipped content.
 */
function checkUsable(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error(
      `it holds no usable content: expected an object keyed by language tag, e.g. { "en": { … } }, found ${log.describeValue(raw)}`,
    );
  const keys = Object.keys(raw);
  if (!keys.some((key) => LANGUAGE_TAG.test(key)))
    throw new Error(
      `it holds no usable content: none of its ${count(keys.length)} key(s) is a language tag such as "en" or "es-MX"`,
    );
  const over = overLimits(raw);
  if (over.length)
    throw new Error(
      `it is over the widget's limits (README, "A clinic's own content"):${listProblems(over)}`,
    );
  return raw;
}

/** The raw JSON, downloaded once per URL; null (after one console error) when unusable. */
export function readCustomContent(source: CustomContentSource): Promise<unknown> {
  const key = 'url' in source ? `url:${source.url}` : `id:${source.elementId}`;
  let pending = downloads.get(key);
  if (!pending) {
    pending = (
      'url' in source
        ? fetchJson(source.url)
        : Promise.resolve().then(() => readInline(source.elementId))
    )
      .then(checkUsable)
      .catch((cause: unknown) => {
        downloads.delete(key);
        const reason = cause instanceof Error ? cause.message : String(cause);
        log.error(
          `The clinic's own content (${describeSource(source)}) could not be used, so the shipped content is shown: ${reason}${reason.includes('\n') ? '' : '.'}`,
        );
        return null;
      });
    downloads.set(key, pending);
  }
  return pending;
}

/**
 * Checks one language's entry strictly: every problem is listed, and any problem rejects it.
 * `merge` is template-merge.ts's, loaded by openCustomContent.
 */
export function validateCustomContent(
  entry: unknown,
  merge: Merge,
): {
  content: TopicContent | null;
  problems: string[];
} {
  const { value, problems } = merge(ENGLISH.content, entry, {
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
  merge: Merge,
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
  const { content, problems } = validateCustomContent((raw as Record<string, unknown>)[tag], merge);
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
    `The clinic's own content (${describeSource(source)}) is invalid, so the shipped content is shown. ${count(problems.length)} problem(s):${listProblems(problems)}`,
  );
}

function errorOnce(message: string): void {
  if (reported.has(message)) return;
  reported.add(message);
  log.error(message);
}

/** A clinic's content, ready to be picked per language: what the widget's main module calls. */
export type CustomContentReader = (locale: string, shipped: TopicContent) => TopicContent | null;

/**
 * Reads the clinic's content and loads its checker, in parallel. Null when either failed
 * (reported); a later call tries again: the checker at a new address (shared/retry-import.ts).
 */
export async function openCustomContent(
  source: CustomContentSource,
): Promise<CustomContentReader | null> {
  const [raw, merge] = await Promise.all([
    readCustomContent(source),
    importChunk((_retryQuery) => import('./template-merge')).then(
      (module) => module.mergeWithTemplate,
      (cause: unknown) => {
        log.error(
          'The code that checks clinic content could not be loaded; showing the shipped content.',
          cause,
        );
        return null;
      },
    ),
  ]);
  return raw === null || !merge
    ? null
    : (locale, shipped) => customContentFor(raw, locale, source, shipped, merge);
}
