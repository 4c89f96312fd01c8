// @ts-check
/**
 * Generates the floor, at bench time: the widget's English first view (FAQ questions and
 * answers, the comparison table, the check's first question, the footer) as one classic
 * script of data plus the plain-DOM builder in render.mjs, with CSS of the same scope as the
 * widget's (floor.css). It is read from the same src/i18n/locales/en/*.json the widget ships,
 * so the two always show the same text.
 *
 * The answers' small markup is parsed here, in Node, into plain arrays: the floor does no
 * parsing in the browser, as static HTML would not. The script is minified with the minifier
 * the widget's build uses (Vite's), so the byte comparison is like for like.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'vite';
import { startFloor } from './render.mjs';

/** @typedef {string | ['strong' | 'em', string] | ['a', string, string]} Inline */
/** @typedef {['p', Inline[]] | ['ul', Inline[][]]} Block */
/**
 * @typedef {{
 *   lang: string,
 *   meta: { title: string, intro: string, disclaimer: string, reviewNote: string },
 *   ui: { yourClinic: string, localNumber: string, emergency: string, contact: string,
 *         updated: string },
 *   faq: { heading: string, categories: { title: string,
 *          items: { id: string, question: string, answer: Block[] }[] }[] },
 *   compare: { title: string, intro: string, caption: string, columns: string[],
 *              rows: { name: string, cells: string[] }[], takeawaysTitle: string,
 *              takeaways: string[] },
 *   quiz: { title: string, question: string, redFlags: string[], yes: string, no: string,
 *           next: string },
 * }} FloorData
 */

const INLINE = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
const SAFE_LINK = /^(https|tel|mailto):/i;

/**
 * The same rules as src/content/safe-markup.ts, kept tiny: the floor only has to show the text.
 * @param {string} source
 * @returns {Inline[]}
 */
function parseInline(source) {
  /** @type {Inline[]} */
  const out = [];
  let last = 0;
  for (const match of source.matchAll(INLINE)) {
    const [whole, strong, em, text, href] = match;
    if (match.index > last) out.push(source.slice(last, match.index));
    last = match.index + whole.length;
    if (strong !== undefined) out.push(['strong', strong]);
    else if (em !== undefined) out.push(['em', em]);
    else if (text !== undefined && href !== undefined)
      out.push(SAFE_LINK.test(href) ? ['a', text, href] : text);
  }
  if (last < source.length) out.push(source.slice(last));
  return out;
}

/**
 * @param {string} source
 * @returns {Block[]}
 */
function parseMarkup(source) {
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const lines = block.split('\n').map((line) => line.trim());
      return lines.every((line) => line.startsWith('- '))
        ? /** @type {Block} */ (['ul', lines.map((line) => parseInline(line.slice(2).trim()))])
        : /** @type {Block} */ (['p', parseInline(lines.join(' '))]);
    });
}

/** @param {string} path */
const readJson = async (path) => JSON.parse(await readFile(path, 'utf8'));

/**
 * @param {string} repoRoot
 * @returns {Promise<FloorData>}
 */
export async function floorData(repoRoot) {
  const locales = join(repoRoot, 'src/i18n/locales/en');
  const content = await readJson(join(locales, 'content.json'));
  const ui = await readJson(join(locales, 'ui.json'));
  const topic = await readJson(join(repoRoot, 'src/content/topic.json'));
  /** @type {{ id: string, label: string }[]} */
  const levels = content.compare.invasiveness;
  const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${content.meta.lastReviewed}T00:00:00Z`),
  );
  return {
    lang: 'en',
    meta: {
      title: content.meta.title,
      intro: content.meta.intro,
      disclaimer: content.disclaimer,
      reviewNote: content.meta.reviewNote,
    },
    ui: {
      yourClinic: ui.clinic.yourClinic,
      localNumber: ui.emergency.localNumber,
      emergency: ui.footer.emergency,
      contact: ui.footer.contactClinicNamed,
      updated: ui.footer.updated.replace('{{date}}', date),
    },
    faq: {
      heading: ui.faq.heading,
      categories: content.faq.categories.map(
        (/** @type {{ id: string, title: string }} */ category) => ({
          title: category.title,
          items: content.faq.items
            .filter((/** @type {{ category: string }} */ item) => item.category === category.id)
            .map((/** @type {{ id: string, question: string, answer: string }} */ item) => ({
              id: item.id,
              question: item.question,
              answer: parseMarkup(item.answer),
            })),
        }),
      ),
    },
    compare: {
      title: content.compare.title,
      intro: content.compare.intro,
      caption: content.compare.caption,
      columns: ['treatment', 'common', 'serious', 'tolerability', 'invasiveness'].map(
        (key) => content.compare.columns[key],
      ),
      rows: content.compare.treatments.map((/** @type {Record<string, string>} */ treatment) => {
        const id = topic.treatments[treatment.id ?? '']?.invasiveness;
        const level = levels.find((entry) => entry.id === id)?.label ?? '';
        return {
          name: treatment.name ?? '',
          cells: [
            treatment.common ?? '',
            treatment.serious ?? '',
            treatment.tolerability ?? '',
            level,
          ],
        };
      }),
      takeawaysTitle: content.compare.takeawaysTitle,
      takeaways: content.compare.takeaways,
    },
    quiz: {
      title: content.seekHelp.title,
      question: content.seekHelp.redFlagsQuestion,
      redFlags: content.seekHelp.redFlags.map((/** @type {{ label: string }} */ f) => f.label),
      yes: ui.quiz.yesRedFlag,
      no: ui.quiz.noRedFlag,
      next: ui.quiz.next,
    },
  };
}

/**
 * Comments out, whitespace collapsed: about what the widget's CSS minifier does to it.
 * @param {string} css
 */
const compactCss = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();

/**
 * The floor's script: a classic script, like the widget's loader, that needs nothing else.
 * @param {string} repoRoot
 * @returns {Promise<string>}
 */
export async function buildFloorScript(repoRoot) {
  const data = await floorData(repoRoot);
  const css = compactCss(await readFile(new URL('./floor.css', import.meta.url), 'utf8'));
  const source = `(${startFloor.toString()})(${JSON.stringify(data)}, ${JSON.stringify(css)});`;
  const { code, errors } = await minify('floor.js', source, {});
  if (errors.length) throw new Error(`Minifying the floor failed: ${JSON.stringify(errors)}`);
  return code;
}
