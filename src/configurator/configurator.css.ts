import { globalStyle, style } from '@vanilla-extract/css';

/**
 * The configurator's own page styles (a normal document, not a shadow root). Colours meet
 * WCAG AA on the page background; sizes are in rem of the browser's default size.
 */
const ink = '#1b2329';
const muted = '#47535c';
const accent = '#0b6e69';
const danger = '#a4161a';
// 7.4:1 on white and 6.9:1 on the blocker's cream: AA for small bold text.
const warn = '#6b4400';

export const page = style({
  display: 'grid',
  gap: '2rem',
  gridTemplateColumns: 'minmax(0, 1fr)',
  maxInlineSize: '80rem',
  margin: '0 auto',
  padding: '1rem',
  color: ink,
  font: '1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  '@media': {
    '(min-width: 60rem)': { gridTemplateColumns: 'minmax(0, 26rem) minmax(0, 1fr)' },
  },
});

export const form = style({ display: 'grid', gap: '1.25rem', alignContent: 'start' });

export const fieldset = style({
  display: 'grid',
  gap: '0.75rem',
  margin: 0,
  padding: '1rem',
  border: `1px solid #6f7c86`,
  borderRadius: '0.5rem',
});

export const legend = style({ fontWeight: 700, paddingInline: '0.25rem' });

export const field = style({ display: 'grid', gap: '0.25rem' });

export const label = style({ fontWeight: 600 });

export const hint = style({ color: muted, fontSize: '0.875rem' });

export const error = style({ color: danger, fontSize: '0.875rem', fontWeight: 600 });

/** A value that works with a caveat (an address only this computer reaches). */
export const warning = style({ color: warn, fontSize: '0.875rem', fontWeight: 600 });

/** What stands between the admin and a snippet (no country yet, an unusable address). */
export const blocker = style({
  margin: 0,
  padding: '1rem',
  border: `2px solid ${warn}`,
  borderRadius: '0.5rem',
  background: '#fff8e6',
});

export const choice = style({ display: 'flex', gap: '0.5rem', alignItems: 'center' });

export const row = style({ display: 'flex', gap: '0.5rem', alignItems: 'center' });

const control = {
  font: 'inherit',
  color: ink,
  background: '#fff',
  border: '1px solid #6f7c86',
  borderRadius: '0.25rem',
  padding: '0.5rem',
  minBlockSize: '2.75rem',
};
globalStyle(
  `${form} input[type="text"], ${form} input[type="tel"], ${form} input[type="url"], ${form} select`,
  {
    ...control,
    inlineSize: '100%',
    boxSizing: 'border-box',
  },
);
globalStyle(`${form} input[aria-invalid="true"]`, { borderColor: danger, borderWidth: '2px' });
globalStyle(`${form} input[type="color"]`, {
  inlineSize: '2.75rem',
  blockSize: '2.75rem',
  padding: 0,
  border: '1px solid #6f7c86',
  flex: 'none',
});
globalStyle(`${page} :focus-visible`, { outline: `3px solid ${accent}`, outlineOffset: '2px' });

export const preview = style({
  display: 'grid',
  gap: '1rem',
  alignContent: 'start',
  '@media': { '(min-width: 60rem)': { position: 'sticky', insetBlockStart: '1rem' } },
});

export const previewFrame = style({
  padding: '1rem',
  border: '2px dashed #6f7c86',
  borderRadius: '0.5rem',
  background: '#fff',
  minBlockSize: '6rem',
});

export const snippet = style({
  margin: 0,
  padding: '1rem',
  overflowX: 'auto',
  whiteSpace: 'pre',
  background: '#f3f6f7',
  border: '1px solid #6f7c86',
  borderRadius: '0.5rem',
  font: '0.875rem/1.5 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
});

export const button = style({
  font: 'inherit',
  fontWeight: 600,
  color: '#fff',
  background: accent,
  border: `2px solid ${accent}`,
  borderRadius: '0.5rem',
  padding: '0.5rem 1rem',
  minBlockSize: '2.75rem',
  cursor: 'pointer',
  justifySelf: 'start',
});

export const heading = style({ margin: 0, fontSize: '1.25rem' });
