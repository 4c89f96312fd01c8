import { globalStyle } from '@vanilla-extract/css';

/**
 * Rules for the shadow root only: this stylesheet is adopted by the widget's shadow root and
 * never added to the host document, so these selectors cannot reach the host page.
 */

// Outer !important rules beat normal :host rules; an !important :host rule beats them back.
globalStyle(':host', {
  display: 'block !important',
  // The type has no room for !important; the value is valid CSS.
  visibility: 'visible !important' as 'visible',
  opacity: '1 !important',
});

globalStyle('*, *::before, *::after', { boxSizing: 'border-box' });

globalStyle('[hidden]', { display: 'none !important' });
