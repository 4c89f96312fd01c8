import { FONT_STACK } from './font';

/**
 * The weights and sizes (in px at the usual 16 px base) of the text in the widget's first
 * view: title, section and category headings, questions, body, footer, small print.
 * test/browser/font-warmup.test.ts holds this list to what the first view draws.
 */
export const FIRST_VIEW_TYPE = '700 22 19 17 16 15 14.0625,600 16 15,400 16 15 14 13.125';

/** A letter of each script other than Latin that a shipped language is written in. */
const SCRIPT_SAMPLE: Record<string, string> = { zh: '中', ko: '한', ru: 'Я', ar: 'ع' };

/**
 * Warms the browser's font cache for the widget's first view while its code downloads. The
 * first frame that drew the widget looked up each weight and size of its font (a trace shows
 * FontCache::GetFontPlatformData: a round trip to the browser process for each weight, and a
 * render-style lookup for each size), about half of that frame's layout, 80–150 ms at 4× CPU
 * (docs/performance.md, "Fourth pass"). An offscreen canvas measures a sample in each of them
 * instead, one per idle moment, while the main thread would otherwise wait on the network: the
 * page's document is not touched. Best effort: where there is no OffscreenCanvas, or anything
 * fails, only the gain is lost.
 */
export function warmFonts(language: string | null): void {
  const text = `Aa${SCRIPT_SAMPLE[language?.split('-')[0] ?? ''] ?? ''}`;
  const later = (run: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : setTimeout(run, 1);
  // One size per idle task: the first of a weight also looks the face up (3–8 ms at 4× CPU).
  const fonts = FIRST_VIEW_TYPE.split(',').flatMap((group) => {
    const [weight, ...sizes] = group.split(' ');
    return sizes.map((size) => `${weight} ${size}px ${FONT_STACK}`);
  });
  // An OffscreenCanvas, not a <canvas>: no element of the page's document is made for it.
  let canvas: OffscreenCanvasRenderingContext2D | null = null;
  const step = () => {
    try {
      canvas ??= new OffscreenCanvas(1, 1).getContext('2d')!;
      canvas.font = fonts.shift()!;
      canvas.measureText(text);
      if (fonts.length) later(step);
    } catch {
      // Only the warm-up is lost.
    }
  };
  later(step);
}
