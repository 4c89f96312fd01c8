/**
 * The gallery `npm run screenshots` writes: which states of the widget, in which variants and
 * engines, under which file names, and the index.html that lists them. Pure: the browsers are
 * driven by run.ts (tools/screenshots/), through the engine adapters of test/engines/.
 */

export const GALLERY_ENGINES = ['chromium', 'firefox', 'webkit'] as const;
export type GalleryEngine = (typeof GALLERY_ENGINES)[number];

export interface Viewport {
  width: number;
  height: number;
}

const DESKTOP: Viewport = { width: 1280, height: 900 };
const PHONE: Viewport = { width: 375, height: 812 };

/** How a state looks: the scheme, the language, the screen. */
export interface Variant {
  id: string;
  label: string;
  viewport: Viewport;
  attributes: Record<string, string>;
}

export const VARIANTS: readonly Variant[] = [
  { id: 'light', label: 'Light, 1280 px', viewport: DESKTOP, attributes: {} },
  {
    id: 'dark',
    label: 'Dark, 1280 px',
    viewport: DESKTOP,
    attributes: { 'data-color-scheme': 'dark' },
  },
  { id: 'arabic', label: 'Arabic, 1280 px', viewport: DESKTOP, attributes: { 'data-lang': 'ar' } },
  { id: 'phone', label: 'Light, 375 px phone', viewport: PHONE, attributes: {} },
];

/** Where a screenshot looks: the top of the widget, of a section, of an answer; or the screen. */
export type View = 'widget' | 'compare' | 'quiz' | 'answer' | 'screen';

/** One thing a reviewer wants to see, and how a visitor gets there. */
export interface State {
  id: string;
  label: string;
  /** dynamic.html with one widget added, or launcher.html (the floating button). */
  host: 'widget' | 'launcher';
  attributes: Record<string, string>;
  /** The container's own width in CSS px, as in a page's content column. */
  column?: number;
  /** The check: Start, then the answer (its index on each step) to choose on each step. */
  check?: readonly number[];
  /** Open the first FAQ answer. */
  openAnswer?: boolean;
  /** Press the launcher button: the dialog is open. */
  openLauncher?: boolean;
  view: View;
}

/** A clinic in the US: the check's emergency number is 911, the clinic's phone a call link. */
const CLINIC = {
  'data-country': 'US',
  'data-clinic-name': 'Riverside Clinic',
  'data-clinic-phone': '+1 555 0100',
};

const check = (id: string, label: string, answers: readonly number[]): State => ({
  id,
  label,
  host: 'widget',
  attributes: { ...CLINIC, 'data-sections': 'faq quiz' },
  check: answers,
  view: 'quiz',
});

export const STATES: readonly State[] = [
  {
    id: 'faq',
    label: 'The FAQ',
    host: 'widget',
    attributes: CLINIC,
    view: 'widget',
  },
  {
    id: 'faq-open',
    label: 'An open answer',
    host: 'widget',
    attributes: CLINIC,
    openAnswer: true,
    view: 'answer',
  },
  {
    id: 'compare',
    label: 'The comparison (a table; cards on a phone)',
    host: 'widget',
    attributes: { ...CLINIC, 'data-sections': 'faq compare' },
    view: 'compare',
  },
  {
    id: 'compare-cards',
    label: 'The comparison as cards, in an 800 px column',
    host: 'widget',
    attributes: { ...CLINIC, 'data-sections': 'faq compare' },
    column: 800,
    view: 'compare',
  },
  // The answers, step by step: warning signs, time since treatment, symptoms, their trend.
  check('check-expected', 'Check result: expected', [1, 0, 0, 0]),
  check('check-watch', 'Check result: keep watching', [1, 2, 0, 0]),
  check('check-contact', 'Check result: contact the clinic now', [1, 3, 4, 1]),
  check('check-emergency', 'Check result: emergency', [0]),
  {
    id: 'launcher-open',
    label: 'The launcher’s dialog, open',
    host: 'launcher',
    attributes: CLINIC,
    openLauncher: true,
    view: 'screen',
  },
];

/** One screenshot to take. */
export interface Shot {
  engine: GalleryEngine;
  state: State;
  variant: Variant;
  /** Relative to the gallery folder, e.g. "chromium/faq-dark.png". */
  file: string;
  /** The page to open, relative to the server's root. */
  path: string;
  /** The container's attributes: the state's, then the variant's. */
  attributes: Record<string, string>;
  viewport: Viewport;
}

const HOST_PAGES = {
  widget: '/test/fixtures/dynamic.html',
  launcher: '/test/fixtures/launcher.html',
} as const;

export interface Selection {
  engines: readonly GalleryEngine[];
  states: readonly State[];
  variants: readonly Variant[];
}

/**
 * The shots a command line asks for: each word names an engine, a state or a variant, and
 * narrows that list to the words named (`npm run screenshots -- webkit phone check-emergency`);
 * with none, all of it.
 */
export function selectShots(words: readonly string[]): Selection {
  const pick = <T>(all: readonly T[], name: (item: T) => string): readonly T[] => {
    const named = all.filter((item) => words.includes(name(item)));
    return named.length ? named : all;
  };
  const known = new Set<string>([
    ...GALLERY_ENGINES,
    ...STATES.map((s) => s.id),
    ...VARIANTS.map((v) => v.id),
  ]);
  const unknown = words.filter((word) => !known.has(word));
  if (unknown.length)
    throw new Error(
      `Unknown: ${unknown.join(', ')}. Engines: ${GALLERY_ENGINES.join(', ')}; states: ${STATES.map(
        (s) => s.id,
      ).join(', ')}; variants: ${VARIANTS.map((v) => v.id).join(', ')}.`,
    );
  return {
    engines: pick(GALLERY_ENGINES, (e) => e),
    states: pick(STATES, (s) => s.id),
    variants: pick(VARIANTS, (v) => v.id),
  };
}

/** Every shot of a selection, engine by engine (one browser at a time). */
export function shotsOf({ engines, states, variants }: Selection): Shot[] {
  return engines.flatMap((engine) =>
    states.flatMap((state) =>
      variants.map((variant) => ({
        engine,
        state,
        variant,
        file: `${engine}/${state.id}-${variant.id}.png`,
        path: HOST_PAGES[state.host],
        attributes: { ...state.attributes, ...variant.attributes },
        viewport: variant.viewport,
      })),
    ),
  );
}

/**
 * What became of a shot: written (at the viewport the engine drew, which can be wider than
 * asked: WebKit's MiniBrowser window is never narrower than about 450 px), or why not.
 */
export type Outcome = { ok: true; drawn?: Viewport } | { ok: false; error: string };

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * The gallery's index.html: one section per state, a row per engine, a column per variant;
 * each image links to itself at full size, and a shot that failed says why.
 */
export function galleryIndex(shots: readonly Shot[], outcomes: ReadonlyMap<string, Outcome>) {
  const states = [...new Map(shots.map((s) => [s.state.id, s.state])).values()];
  const variants = [...new Map(shots.map((s) => [s.variant.id, s.variant])).values()];
  const engines = [...new Set(shots.map((s) => s.engine))];
  const cell = (shot: Shot | undefined) => {
    if (!shot) return '<td></td>';
    const outcome = outcomes.get(shot.file);
    const alt = `${shot.state.label}, ${shot.variant.label}, ${shot.engine}`;
    if (!outcome?.ok)
      return `<td class="failed">Not taken: ${escapeHtml(outcome?.error ?? 'not run')}</td>`;
    const file = escapeHtml(shot.file);
    const { drawn } = outcome;
    const note =
      drawn && drawn.width !== shot.viewport.width
        ? `<br><small>Drawn ${drawn.width} px wide: the engine’s narrowest window.</small>`
        : '';
    return `<td><a href="${file}"><img src="${file}" alt="${escapeHtml(alt)}" loading="lazy"></a>${note}</td>`;
  };
  const sections = states.map((state) => {
    const rows = engines.map((engine) => {
      const cells = variants.map((variant) =>
        cell(
          shots.find(
            (s) => s.engine === engine && s.state.id === state.id && s.variant.id === variant.id,
          ),
        ),
      );
      return `<tr><th scope="row">${engine}</th>${cells.join('')}</tr>`;
    });
    const head = variants.map((v) => `<th scope="col">${escapeHtml(v.label)}</th>`).join('');
    return `<section id="${escapeHtml(state.id)}">
<h2>${escapeHtml(state.label)}</h2>
<table><thead><tr><td></td>${head}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
</section>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>clinic-widget screenshots</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 1.5em; }
table { border-collapse: collapse; }
th, td { padding: 0.5em; vertical-align: top; text-align: start; }
img { max-width: 320px; border: 1px solid #ccc; }
.failed { color: #a00; max-width: 20em; }
</style>
</head>
<body>
<h1>clinic-widget screenshots</h1>
<p>${shots.length} shots: ${states.length} states × ${variants.length} variants × ${engines.length} engines, written by <code>npm run screenshots</code>.</p>
${sections.join('\n')}
</body>
</html>
`;
}
