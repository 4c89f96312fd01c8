import { describe, expect, it } from 'vitest';
import { deepLinkFor, parseDeepLink } from './deep-link';

const ids = ['pain', 'how-long'];

describe('parseDeepLink', () => {
  it.each([
    ['#faq-pain', 'faq-', { id: 'pain' }],
    ['faq-how-long', 'faq-', { id: 'how-long' }],
    ['#q_pain', 'q_', { id: 'pain' }],
    ['#faq-nope', 'faq-', { unknown: 'nope' }],
    ['#faq-%E2%9C%93', 'faq-', { unknown: '✓' }],
    ['#contact', 'faq-', null],
    ['', 'faq-', null],
    ['#faq-%E0%A4%A', 'faq-', null],
  ])('%j with prefix %j', (hash, prefix, expected) => {
    expect(parseDeepLink(hash, prefix, ids)).toEqual(expected);
  });

  it('shortens a very long unknown id', () => {
    const result = parseDeepLink(`#faq-${'x'.repeat(10_000)}`, 'faq-', ids) as { unknown: string };
    expect(result.unknown.length).toBe(80);
  });
});

describe('deepLinkFor', () => {
  it('replaces any hash and keeps the rest of the address', () => {
    expect(deepLinkFor('https://clinic.example/treatments?x=1#top', 'faq-', 'pain')).toBe(
      'https://clinic.example/treatments?x=1#faq-pain',
    );
  });
});
