import { describe, expect, it } from 'vitest';
import { mergeWithTemplate } from './template-merge';

const template = {
  title: 'Title',
  count: 2,
  tags: ['a', 'b'],
  items: [
    { id: 'one', text: 'One' },
    { id: 'two', text: 'Two' },
  ],
};

describe('mergeWithTemplate', () => {
  it('takes a complete candidate as it is', () => {
    const candidate = {
      title: 'Título',
      count: 3,
      tags: ['x'],
      items: [
        { id: 'two', text: 'Dos' },
        { id: 'one', text: 'Uno' },
      ],
    };
    const { value, problems } = mergeWithTemplate(template, candidate);
    expect(problems).toEqual([]);
    // Items follow the template's order, matched by id.
    expect(value).toEqual({ ...candidate, items: [candidate.items[1], candidate.items[0]] });
  });

  it('falls back per field and names each problem with its path', () => {
    const { value, problems } = mergeWithTemplate(template, {
      title: '',
      count: 'many',
      tags: [1],
      items: [
        { id: 'one', text: 7 },
        { id: 'three', text: 'Tres' },
      ],
      extra: true,
    });
    expect(value).toEqual(template);
    expect(problems).toEqual([
      'title: expected text, found an empty string',
      'count: expected a number, found a string',
      'tags: expected a list of strings',
      'items: unexpected entry "three"',
      'items[id=one].text: expected text, found a number',
      'items[id=two]: expected an object, found missing',
      'extra: unknown field',
    ]);
  });

  it.each([null, 42, 'text', [], undefined])('survives a candidate of %j', (candidate) => {
    const { value, problems } = mergeWithTemplate(template, candidate);
    expect(value).toEqual(template);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('ignores inherited properties from a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 'x';
    try {
      const { problems } = mergeWithTemplate(template, structuredClone(template));
      expect(problems).toEqual([]);
    } finally {
      delete proto.polluted;
    }
  });
});
