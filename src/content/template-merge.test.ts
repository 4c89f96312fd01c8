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
      'tags: expected a list of texts without HTML',
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

  it('refuses HTML in any text, keeping the template value', () => {
    const { value, problems } = mergeWithTemplate(template, {
      ...template,
      title: 'Hi <script>alert(1)</script>',
      tags: ['<b>x</b>'],
      items: [
        { id: 'one', text: '<img src=x onerror=alert(1)>' },
        { id: 'two', text: 'fine: 3 < 4 and 5 > 2' },
      ],
    });
    expect(value.title).toBe('Title');
    expect(value.items[1]!.text).toBe('fine: 3 < 4 and 5 > 2');
    expect(problems).toEqual([
      'title: contains HTML, which is not allowed',
      'tags: expected a list of texts without HTML',
      'items[id=one].text: contains HTML, which is not allowed',
    ]);
  });

  it('accepts any entries of the right shape at flexible paths', () => {
    const own = { ...template, items: [{ id: 'clinic-hours', text: 'Open 9 to 5' }] };
    expect(mergeWithTemplate(template, own, { flexible: ['items'] })).toEqual({
      value: own,
      problems: [],
    });
  });

  it('rejects a flexible list with bad, repeated or missing ids, naming each', () => {
    const { value, problems } = mergeWithTemplate(
      template,
      {
        ...template,
        items: [
          { id: 'Bad Id', text: 'x' },
          { id: 'a', text: 'y' },
          { id: 'a', text: 'z' },
          { text: 'w' },
        ],
      },
      { flexible: ['items'] },
    );
    expect(value.items).toEqual(template.items);
    expect(problems).toEqual([
      'items[id=Bad Id].id: expected lower-case letters, digits and dashes',
      'items[id=a].id: used twice',
      'items[3].id: expected lower-case letters, digits and dashes',
      'items[3].id: expected text, found missing',
    ]);
  });

  it('reports an entry given twice (found by template-merge.property.test.ts)', () => {
    // The repeat used to be dropped without a problem, so bad content passed as valid.
    const { value, problems } = mergeWithTemplate(template, {
      ...template,
      items: [...template.items, { id: 'one', text: 'Again' }],
    });
    expect(value).toEqual(template);
    expect(problems).toEqual(['items: entry "one" repeated']);
  });

  it('falls back to the same plural form of the template (found by the properties)', () => {
    // A bad "_one" used to fall back to the template's "_other": "1 questions found".
    const plural = { found_one: '{{count}} question', found_other: '{{count}} questions' };
    const { value, problems } = mergeWithTemplate(plural, {
      found_one: '<b>{{count}}</b>',
      found_few: '{{count}} pytania',
      found_other: '{{count}} pytań',
    });
    expect(value).toEqual({
      found_one: '{{count}} question',
      found_few: '{{count}} pytania',
      found_other: '{{count}} pytań',
    });
    expect(problems).toEqual(['found_one: contains HTML, which is not allowed']);
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
