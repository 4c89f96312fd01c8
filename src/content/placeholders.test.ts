import { describe, expect, it } from 'vitest';
import { fillPlaceholders, splitPlaceholders } from './placeholders';

describe('fillPlaceholders', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(
      fillPlaceholders('Call {{ emergency }} or {{clinic}} ({{other}})', {
        emergency: '911',
        clinic: 'us',
      }),
    ).toBe('Call 911 or us ({{other}})');
  });

  it('inserts values literally, even ones that look like placeholders or regex replacements', () => {
    expect(fillPlaceholders('{{clinic}}', { clinic: '$& {{emergency}} $1' })).toBe(
      '$& {{emergency}} $1',
    );
  });

  it('ignores inherited properties', () => {
    expect(fillPlaceholders('{{toString}}', {})).toBe('{{toString}}');
  });
});

describe('splitPlaceholders', () => {
  it('splits text and slots in order', () => {
    expect(splitPlaceholders('In an emergency, call {{emergency}} now.')).toEqual([
      { text: 'In an emergency, call ' },
      { slot: 'emergency' },
      { text: ' now.' },
    ]);
    expect(splitPlaceholders('{{a}}{{b}}')).toEqual([{ slot: 'a' }, { slot: 'b' }]);
  });
});
