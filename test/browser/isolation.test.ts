import { describe, expect, it } from 'vitest';
import { openPage, shadowStyles, useBrowser, waitForWidgets, widgetText } from './harness';

const env = useBrowser();

const PROPERTIES = [
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant-caps',
  'line-height',
  'color',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'white-space',
  'cursor',
  'visibility',
  'direction',
  'box-sizing',
  'padding-top',
  'margin-bottom',
  'border-top-width',
] as const;

const PARTS = {
  root: '[lang]',
  title: 'h2',
  question: 'button[aria-expanded]',
  footerText: 'p:last-child',
  link: 'a[href^="tel:"]',
} as const;

async function stylesOf(fixture: string) {
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 800 } });
  const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/${fixture}`);
  await waitForWidgets(page);
  const styles: Record<string, Record<string, string>> = {};
  for (const [name, selector] of Object.entries(PARTS)) {
    styles[name] = await shadowStyles(page, selector, PROPERTIES);
  }
  const host = await page.evaluate(() => {
    const el = document.querySelector('[data-clinic-widget]')!;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      display: style.display,
      visibility: style.visibility,
      opacity: style.opacity,
      height: box.height,
    };
  });
  const text = await widgetText(page);
  await context.close();
  return { styles, host, text, log };
}

describe('host CSS cannot restyle the widget', () => {
  it('renders identically on a page with inherited fonts, 62.5% rem, resets and !important rules', async () => {
    const plain = await stylesOf('plain.html');
    const hostile = await stylesOf('hostile-css.html');
    expect(hostile.styles).toEqual(plain.styles);
    expect(hostile.text).toBe(plain.text);
    expect(hostile.host).toMatchObject({ display: 'block', visibility: 'visible', opacity: '1' });
    expect(hostile.host.height).toBeGreaterThan(300);
    expect(hostile.log.errors).toEqual([]);
  });

  it('uses the visitor default font size (16px), not the host root size', async () => {
    const plain = await stylesOf('hostile-css.html');
    expect(plain.styles.root!['font-size']).toBe('16px');
    expect(plain.styles.question!['text-transform']).toBe('none');
    expect(plain.styles.question!['font-style']).toBe('normal');
    expect(plain.styles.root!['direction']).toBe('ltr');
    expect(plain.styles.root!['color']).toBe('rgb(27, 35, 41)');
  });
});
