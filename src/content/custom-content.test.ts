import { afterEach, describe, expect, it, vi } from 'vitest';
import * as templateMerge from './template-merge';
import { mergeWithTemplate } from './template-merge';
import { ENGLISH } from './content';
import { MAX_CONTENT_BYTES } from './content-limits';
import {
  customContentFor,
  openCustomContent,
  readCustomContent,
  validateCustomContent,
} from './custom-content';

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
    expect(validateCustomContent(own(), mergeWithTemplate)).toEqual({
      content: own(),
      problems: [],
    });
  });

  it('lists every bad field with its path', () => {
    const bad = own() as unknown as Record<string, unknown> & {
      faq: { items: Record<string, unknown>[] };
    };
    bad.faq.items[0]!.answer = '<script>alert(1)</script>';
    bad.faq.items[0]!.category = 'nowhere';
    delete bad.disclaimer;
    const { content, problems } = validateCustomContent(bad, mergeWithTemplate);
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
    expect(
      customContentFor({ 'es-MX': own() }, 'es', source, ENGLISH.content, mergeWithTemplate),
    ).toEqual(own());
    expect(
      customContentFor({ en: own() }, 'es', source, ENGLISH.content, mergeWithTemplate),
    ).toBeNull();
  });

  it('reports invalid content once, as one console error naming the source', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    customContentFor({ en: { faq: 1 } }, 'en', source, ENGLISH.content, mergeWithTemplate);
    customContentFor({ en: { faq: 1 } }, 'en', source, ENGLISH.content, mergeWithTemplate);
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
    const content = customContentFor(
      { en: softened },
      'en',
      source,
      ENGLISH.content,
      mergeWithTemplate,
    )!;
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
    const content = customContentFor(
      { en: added },
      'en',
      source,
      ENGLISH.content,
      mergeWithTemplate,
    )!;
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

describe('content the widget cannot use', () => {
  const source = (name: string) => ({ url: `https://clinic.example/${name}.json` });
  const answer = (body: string) =>
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, { status: 200 }));

  it.each([
    ['null', 'null', 'found null'],
    ['a list', '[{"en": {}}]', 'found an array'],
    ['only __proto__ and constructor', '{"__proto__": {"en": 1}, "constructor": {}}', '2 key(s)'],
  ])('a file that is %s: one error saying it held no usable content', async (name, body, why) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    answer(body);
    expect(await readCustomContent(source(name))).toBeNull();
    expect(error).toHaveBeenCalledTimes(1);
    const message = String(error.mock.calls[0]![0]);
    expect(message).toContain('holds no usable content');
    expect(message).toContain(why);
    expect(Object.prototype).not.toHaveProperty('en');
  });

  it('refuses a body the server says is too large without reading or parsing it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const parse = vi.spyOn(JSON, 'parse');
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1_000));
      },
    });
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(body, { headers: { 'content-length': String(50 * 1024 * 1024) } }),
    );
    expect(await readCustomContent(source('announced'))).toBeNull();
    expect(parse).not.toHaveBeenCalled();
    expect(pulled).toBeLessThanOrEqual(1);
    const message = String(error.mock.calls[0]![0]);
    expect(message).toContain(
      `larger than the limit of ${MAX_CONTENT_BYTES.toLocaleString('en-US')} bytes`,
    );
    expect(message).toContain('the server says 52,428,800');
  });

  it('stops reading a body without a Content-Length once it passes the limit', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const parse = vi.spyOn(JSON, 'parse');
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body));
    expect(await readCustomContent(source('streamed'))).toBeNull();
    expect(parse).not.toHaveBeenCalled();
    // What arrived beyond the limit is at most a chunk or two read ahead.
    expect(sent).toBeLessThan(MAX_CONTENT_BYTES + 4 * 64 * 1024);
    expect(String(error.mock.calls[0]![0])).toContain('more than 2,000,000 arrived');
  });

  it('refuses an inline script over the limit before parsing it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'huge';
    script.textContent = `{"en": "${'x'.repeat(MAX_CONTENT_BYTES)}"}`;
    document.body.append(script);
    const parse = vi.spyOn(JSON, 'parse');
    expect(await readCustomContent({ elementId: 'huge' })).toBeNull();
    expect(parse).not.toHaveBeenCalled();
    expect(String(error.mock.calls[0]![0])).toContain('larger than the limit');
  });

  it('refuses 20,000 questions with one short error naming the limit, before checking them', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const many = own();
    many.faq.items = Array.from({ length: 20_000 }, (_, i) => ({
      id: `q${i}`,
      category: 'ours',
      question: 'Q?',
      answer: 'A.',
    }));
    const wordy = own();
    wordy.faq.items[0]!.answer = 'word '.repeat(2_000);
    answer(JSON.stringify({ en: many, es: wordy }));
    const merge = vi.spyOn(templateMerge, 'mergeWithTemplate');
    expect(await openCustomContent(source('many'))).toBeNull();
    expect(merge).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledTimes(1);
    const message = String(error.mock.calls[0]![0]);
    expect(message).toContain("over the widget's limits");
    expect(message).toContain('en.faq.items: 20,000 entries; the limit is 200');
    expect(message).toContain('es.faq.items[0].answer: 10,000 characters; the limit is 5,000');
    expect(message.length).toBeLessThan(2_000);
  });

  it('lists the first ten of 40,000 problems and counts the rest', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const content = own() as unknown as { faq: { items: Record<string, unknown>[] } };
    content.faq.items = Array.from({ length: 200 }, (_, i) => ({
      ...Object.fromEntries(Array.from({ length: 199 }, (_, f) => [`field${f}`, f])),
      id: `q${i}`,
    }));
    expect(
      customContentFor(
        { en: content },
        'en',
        { elementId: 'x' },
        ENGLISH.content,
        mergeWithTemplate,
      ),
    ).toBeNull();
    expect(error).toHaveBeenCalledTimes(1);
    const message = String(error.mock.calls[0]![0]);
    expect(message).toMatch(/is invalid, so the shipped content is shown\. [\d,]+ problem\(s\):/);
    expect(message.split('\n- ')).toHaveLength(12);
    expect(message).toMatch(/\n- and [\d,]+ more$/);
    expect(message.length).toBeLessThan(2_000);
  });
});

describe('openCustomContent', () => {
  it('reads the content and loads its checker; the reader picks a language', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(JSON.stringify({ en: own() }), { status: 200 }),
    );
    const merge = vi.spyOn(templateMerge, 'mergeWithTemplate');
    const reader = await openCustomContent({ url: 'https://clinic.example/open.json' });
    expect(merge).not.toHaveBeenCalled();
    expect(reader?.('en', ENGLISH.content)).toEqual(own());
    // The spy sees the checker's calls (the test above relies on it).
    expect(merge).toHaveBeenCalledTimes(1);
    expect(reader?.('de', ENGLISH.content)).toBeNull();
  });
});
