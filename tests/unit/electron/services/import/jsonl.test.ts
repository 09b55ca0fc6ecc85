import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonlArticles, type JsonlArticle } from '../../../../../electron/services/import/jsonl';

const fixture = fileURLToPath(new URL('../../../../fixtures/import/corpus-with-bad-line.jsonl', import.meta.url));

function stream(text: string | Uint8Array, chunkSize = 64 * 1024): AsyncIterable<Uint8Array> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += chunkSize) chunks.push(bytes.subarray(start, start + chunkSize));
  return Readable.from(chunks);
}

async function collect(articles: AsyncIterable<JsonlArticle>): Promise<JsonlArticle[]> {
  const collected: JsonlArticle[] = [];
  for await (const article of articles) collected.push(article);
  return collected;
}

/** The articles read before the error, and the error. */
async function readUntilError(articles: AsyncIterable<JsonlArticle>): Promise<{ read: JsonlArticle[]; error: unknown }> {
  const read: JsonlArticle[] = [];
  try {
    for await (const article of articles) read.push(article);
  } catch (error) {
    return { read, error };
  }
  throw new Error('expected the reader to fail');
}

const record = (text: string, extra: Record<string, unknown> = {}) => JSON.stringify({ text, ...extra });

describe('readJsonlArticles', () => {
  it('yields each line as an article with its metadata, then stops at a broken line naming it', async () => {
    const { read, error } = await readUntilError(readJsonlArticles(fixture));
    expect(read.map(({ line, article }) => ({ line, ...article }))).toEqual([
      {
        line: 1,
        text: 'A delegation from Hamas visited Moscow on Thursday.\nSenior Hamas member Abu Marzouk attended.',
        metadata: {
          title: 'Hamas delegation visits Moscow',
          publication: 'World News Desk',
          url: 'https://news.example.org/world/hamas-moscow',
          publishedAt: '2023-10-27',
        },
        encoding: 'utf-8',
        cleaning: [{ kind: 'dropped', line: 2 }],
      },
      {
        line: 2,
        text: 'Israel demanded that Russia expel the delegation.',
        metadata: { title: 'Israel condemns the visit', publication: 'Example Times', publishedAt: '2023-10-27' },
        encoding: 'utf-8',
        cleaning: [],
      },
    ]);
    expect(String(error)).toBe('ImportError: corpus-with-bad-line.jsonl, line 4: the line is not valid JSON: unterminated string at character 85');
  });

  it('keeps each line\'s bytes as they were in the file', async () => {
    const line = record('Text with an emoji 😀 and a tab\there.');
    const [article] = await collect(readJsonlArticles(stream(`${line}\r\n`), { name: 'corpus.jsonl' }));
    expect(new TextDecoder().decode(article!.raw)).toBe(line);
    expect(article!.article.text).toBe('Text with an emoji 😀 and a tab here.');
  });

  it('names a broken line by its number in a long file, after yielding every line before it', async () => {
    const good = Array.from({ length: 5730 }, (_, index) => record(`Article number ${index + 1}.`)).join('\n');
    const { read, error } = await readUntilError(readJsonlArticles(stream(`${good}\n{"text": "cut off`), { name: 'corpus.jsonl' }));
    expect(read).toHaveLength(5730);
    expect((error as Error).message).toBe('corpus.jsonl, line 5,731: the line is not valid JSON: unterminated string at character 18');
  });

  it('reads the same articles however the stream is cut into chunks', async () => {
    const text = [record('Première ligne, 😀.'), '', record('Second', { title: 'Deux' }), record('Third\r\nparagraph')].join('\n');
    const whole = await collect(readJsonlArticles(stream(text), { name: 'c.jsonl' }));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), async (chunkSize) => {
        expect(await collect(readJsonlArticles(stream(text, chunkSize), { name: 'c.jsonl' }))).toEqual(whole);
      }),
    );
    expect(whole.map(({ line }) => line)).toEqual([1, 3, 4]);
    expect(whole.at(-1)?.bytesRead).toBe(new TextEncoder().encode(text).length);
  });

  it.each([
    ['[1, 2]', 'the line is not a JSON object such as {"title": "...", "text": "..."}'],
    ['{"title": "No text"}', '"text" is missing'],
    ['{"text": "   "}', '"text" is empty'],
    ['{"text": "Body", "title": 42}', '"title" must be a string, not 42'],
    ['{"text": "Body", "date": "27/10/2023"}', '"date" must be a date such as 2023-10-27 (or an ISO date and time), not "27/10/2023"'],
    ['{"text": "Body", "url": "javascript:alert(1)"}', '"url" must be an http or https address, not "javascript:alert(1)"'],
    ['{"text": "Body"', "the line is not valid JSON: expected ',' or '}' after property value at character 16"],
  ])('refuses the line %s', async (line, reason) => {
    const { error } = await readUntilError(readJsonlArticles(stream(`${record('Fine.')}\n${line}\n`), { name: 'c.jsonl' }));
    expect((error as Error).message).toBe(`c.jsonl, line 2: ${reason}`);
  });

  it('refuses a line that is not UTF-8, and a line over the limit before holding all of it', async () => {
    const invalid = Uint8Array.from([...new TextEncoder().encode('{"text": "caf'), 0xe9, ...new TextEncoder().encode('"}\n')]);
    await expect(collect(readJsonlArticles(stream(invalid), { name: 'c.jsonl' }))).rejects.toThrow('c.jsonl, line 1: the line is not valid UTF-8 text');
    const long = `${record('Short.')}\n${record('x'.repeat(5000))}\n`;
    await expect(collect(readJsonlArticles(stream(long, 100), { name: 'c.jsonl', lineByteLimit: 1024 }))).rejects.toThrow(
      'c.jsonl, line 2: the line is longer than 1 KB, the limit for one article',
    );
  });

  it('refuses a file without articles, and a missing file', async () => {
    await expect(collect(readJsonlArticles(stream('\n\n'), { name: 'empty.jsonl' }))).rejects.toThrow(
      'empty.jsonl: the file has no articles (it is empty or has only blank lines)',
    );
    await expect(collect(readJsonlArticles('/no/such/folder/corpus.jsonl'))).rejects.toThrow(
      'corpus.jsonl: the file does not exist (it may have been moved or deleted)',
    );
  });

  it('closes the stream when the caller stops early, as a cancelled import does', async () => {
    const source = Readable.from([new TextEncoder().encode(`${record('One.')}\n${record('Two.')}\n`)]);
    for await (const article of readJsonlArticles(source, { name: 'c.jsonl' })) {
      expect(article.line).toBe(1);
      break;
    }
    expect(source.destroyed).toBe(true);
  });
});
