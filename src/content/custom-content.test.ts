import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENGLISH } from './content';
import { customContentFor, readCustomContent, validateCustomContent } from './custom-content';

const own = () => {
  const content = structuredClone(ENGLISH.content);
  content.faq.categories = [{ id: 'ours', title: 'Our clinic' }];
  content.faq.items = [
    { id: 'parking', category: 'ours', question: 'Where do I park?', answer: 'Behind the clinic.' },
  ];
  return content;
};

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('validateCustomContent', () => {
  it('accepts a clinic FAQ of its own', () => {
    expect(validateCustomContent(own())).toEqual({ content: own(), problems: [] });
  });

  it('lists every bad field with its path', () => {
    const bad = own() as unknown as Record<string, unknown> & {
      faq: { items: Record<string, unknown>[] };
    };
    bad.faq.items[0]!.answer = '<script>alert(1)</script>';
    bad.faq.items[0]!.category = 'nowhere';
    delete bad.disclaimer;
    const { content, problems } = validateCustomContent(bad);
    expect(content).toBeNull();
    expect(problems).toEqual([
      'faq.items[id=parking].answer: contains HTML, which is not allowed',
      'disclaimer: expected text, found missing',
      'faq.items[id=parking].category: "nowhere" is not one of faq.categories',
    ]);
  });
});

describe('customContentFor', () => {
  const source = { elementId: 'x' };

  it('picks the entry for the active language, matching BCP 47 tags', () => {
    expect(customContentFor({ 'es-MX': own() }, 'es', source, ENGLISH.content)).toEqual(own());
    expect(customContentFor({ en: own() }, 'es', source, ENGLISH.content)).toBeNull();
  });

  it('reports invalid content once, as one console error naming the source', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    customContentFor({ en: { faq: 1 } }, 'en', source, ENGLISH.content);
    customContentFor({ en: { faq: 1 } }, 'en', source, ENGLISH.content);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toContain('data-content-id "x"');
    expect(String(error.mock.calls[0]![0])).toContain('en.faq: expected an object, found a number');
  });
});

describe("the emergency texts in a clinic's own content", () => {
  const source = { elementId: 'safety' };
  const emergencyOf = (content: ReturnType<typeof own>) =>
    content.seekHelp.results.find((result) => result.id === 'emergency')!;

  it('cannot be replaced: one console error names each key, and the shipped text is used', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const softened = own();
    emergencyOf(softened).title = 'This is normal';
    emergencyOf(softened).body = 'No need to call anyone.';
    softened.seekHelp.redFlags = softened.seekHelp.redFlags.filter((f) => f.id !== 'breathing');
    softened.seekHelp.redFlagsQuestion = 'Do you feel fine?';
    softened.seekHelp.emergencyGuidance = 'Relax.';
    const content = customContentFor({ en: softened }, 'en', source, ENGLISH.content)!;
    const shipped = ENGLISH.content.seekHelp;
    expect(emergencyOf(content)).toEqual(
      shipped.results.find((result) => result.id === 'emergency'),
    );
    expect(content.seekHelp.redFlags).toEqual(shipped.redFlags);
    expect(content.seekHelp.redFlagsQuestion).toBe(shipped.redFlagsQuestion);
    expect(content.seekHelp.emergencyGuidance).toBe(shipped.emergencyGuidance);
    // The rest of the clinic's content is still used.
    expect(content.faq.items[0]!.question).toBe('Where do I park?');
    expect(error).toHaveBeenCalledTimes(1);
    const message = String(error.mock.calls[0]![0]);
    for (const key of [
      'en.seekHelp.results[id=emergency].title',
      'en.seekHelp.results[id=emergency].body',
      'en.seekHelp.redFlagsQuestion',
      'en.seekHelp.redFlags',
      'en.seekHelp.emergencyGuidance',
    ])
      expect(message).toContain(key);
  });

  it("can be added to: more words, and red flags of the clinic's own after the shipped ones", () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const added = own();
    const shippedTitle = emergencyOf(added).title;
    emergencyOf(added).body += ' Our out-of-hours line is 0100 222.';
    added.seekHelp.redFlags = [
      ...added.seekHelp.redFlags,
      { id: 'chest-pain', label: 'Chest pain or pressure' },
    ];
    const content = customContentFor({ en: added }, 'en', source, ENGLISH.content)!;
    expect(emergencyOf(content).title).toBe(shippedTitle);
    expect(emergencyOf(content).body).toContain('Our out-of-hours line is 0100 222.');
    expect(content.seekHelp.redFlags.at(-1)).toEqual({
      id: 'chest-pain',
      label: 'Chest pain or pressure',
    });
    expect(content.seekHelp.redFlags).toHaveLength(ENGLISH.content.seekHelp.redFlags.length + 1);
    expect(error).not.toHaveBeenCalled();
  });
});

describe('readCustomContent', () => {
  it('reads an inline <script type="application/json">', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'clinic-content';
    script.textContent = JSON.stringify({ en: own() });
    document.body.append(script);
    expect(await readCustomContent({ elementId: 'clinic-content' })).toEqual({ en: own() });
  });

  it.each([
    ['missing', () => {}, 'there is no element with id "gone"'],
    [
      'not JSON',
      () => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.id = 'gone';
        script.textContent = '{ nope';
        document.body.append(script);
      },
      '#gone does not hold valid JSON',
    ],
  ])('reports an inline element that is %s', async (_, setup, message) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    setup();
    expect(await readCustomContent({ elementId: 'gone' })).toBeNull();
    expect(String(error.mock.calls[0]![0])).toContain(message);
  });

  it.each([
    ['404', async () => new Response('nope', { status: 404 }), 'the server answered 404'],
    ['not JSON', async () => new Response('<html>', { status: 200 }), 'it is not valid JSON'],
    ['offline', async () => Promise.reject(new TypeError('Failed to fetch')), 'Failed to fetch'],
  ])('reports a URL that answers %s, without credentials', async (_, answer, message) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(answer as typeof globalThis.fetch);
    expect(
      await readCustomContent({ url: `https://clinic.example/${message.length}.json` }),
    ).toBeNull();
    expect(fetch.mock.calls[0]![1]).toMatchObject({ credentials: 'omit' });
    expect(String(error.mock.calls[0]![0])).toContain(message);
  });
});
