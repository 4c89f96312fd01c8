import { describe, expect, it } from 'vitest';
import { telHref } from './phone';

describe('telHref', () => {
  it.each([
    ['+1 555 0100', 'tel:+15550100'],
    ['(555) 010-0100', 'tel:5550100100'],
    ['+44 20 7946 0958', 'tel:+442079460958'],
    ['112', 'tel:112'],
  ])('normalises %j to %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });

  it.each([null, undefined, '', '  ', '12', '--'])('gives no link for %j', (phone) => {
    expect(telHref(phone)).toBeNull();
  });
});
