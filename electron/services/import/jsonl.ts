/**
 * JSONL collections: one article per line, `{"title", "text", "url", "date", "source"}`, read as a
 * stream so that a file of any size is never held whole. The generator stops at the first bad line
 * with an ImportError naming the file and line; a caller stores the articles it yields inside one
 * transaction and rolls it back on that error or when it stops early (cancel), so a collection is
 * imported whole or not at all.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { TextDecoder } from 'node:util';
import type { DocumentMetadata } from '../../../shared/model';
import { ImportError, type ExtractedArticle } from './article';
import { fileSystemError, isFileSystemError } from './files';
import { byteLines } from './lines';
import { articleByteLimit, describeSize } from './limits';
import { isoDate, metadataText, titleText, webAddress } from './metadata-values';
import { normaliseLines } from './paragraphs';

export interface JsonlArticle {
  /** The 1-based line of the file the article came from. */
  line: number;
  article: ExtractedArticle;
  /** The line's bytes as they were in the file, to keep beside the cleaned text. */
  raw: Uint8Array;
  /** Bytes of the file read so far, through this line: against the file's size, the import's progress. */
  bytesRead: number;
}

export interface JsonlOptions {
  /** The file's name in messages; the path's last part when a path is given. */
  name?: string;
  /** The longest line taken, in bytes; by default the single-article limit. */
  lineByteLimit?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What is wrong with one line, in words; the generator adds the file and line. */
class LineProblem extends Error {}
const fields = ['title', 'text', 'url', 'date', 'source'] as const;
type ArticleRecord = Partial<Record<(typeof fields)[number], string>>;

/** V8 says "... in JSON at position 12 (line 1 column 13)"; the position within one line is enough. */
function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(.*?) in JSON at position (\d+)/.exec(message);
  const problem = match ? `${match[1]} at character ${Number(match[2]) + 1}` : message;
  return `the line is not valid JSON: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`;
}

/** The record's fields, each a string if present; raises a reason in words for any other value. */
function articleRecord(value: unknown): ArticleRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new LineProblem('the line is not a JSON object such as {"title": "...", "text": "..."}');
  }
  const record: ArticleRecord = {};
  for (const field of fields) {
    const fieldValue = (value as Record<string, unknown>)[field];
    if (fieldValue === undefined || fieldValue === null) continue;
    if (typeof fieldValue !== 'string') throw new LineProblem(`"${field}" must be a string, not ${JSON.stringify(fieldValue)}`);
    record[field] = fieldValue;
  }
  return record;
}

function articleFrom(record: ArticleRecord): ExtractedArticle {
  if (record.text === undefined) throw new LineProblem('"text" is missing');
  const { text, steps } = normaliseLines(record.text);
  if (text === '') throw new LineProblem('"text" is empty');
  const publishedAt = record.date === undefined ? undefined : isoDate(record.date);
  if (record.date !== undefined && publishedAt === undefined) {
    throw new LineProblem(`"date" must be a date such as 2023-10-27 (or an ISO date and time), not ${JSON.stringify(record.date)}`);
  }
  const url = record.url === undefined ? undefined : webAddress(record.url);
  if (record.url !== undefined && url === undefined) throw new LineProblem(`"url" must be an http or https address, not ${JSON.stringify(record.url)}`);
  const metadata: Partial<DocumentMetadata> = {};
  const title = titleText(record.title);
  const publication = metadataText(record.source);
  if (title !== undefined) metadata.title = title;
  if (publication !== undefined) metadata.publication = publication;
  if (url !== undefined) metadata.url = url;
  if (publishedAt !== undefined) metadata.publishedAt = publishedAt;
  return { text, metadata, encoding: 'utf-8', cleaning: steps };
}

function articleOnLine(bytes: Uint8Array, lineNumber: number): ExtractedArticle | undefined {
  let line: string;
  try {
    line = utf8.decode(bytes);
  } catch {
    throw new LineProblem('the line is not valid UTF-8 text');
  }
  // A byte-order mark may open the file; blank lines (often the last) hold no article.
  if (lineNumber === 1) line = line.replace(/^\uFEFF/, '');
  if (line.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new LineProblem(jsonProblem(error));
  }
  return articleFrom(articleRecord(value));
}

/**
 * The articles of a JSONL file, given as a path or a byte stream, in file order. Raises
 * ImportError naming the file and line at the first line that is not an article, and for a file
 * with no articles at all. Stopping the iteration closes the file.
 */
export async function* readJsonlArticles(
  source: string | AsyncIterable<Uint8Array>,
  options: JsonlOptions = {},
): AsyncGenerator<JsonlArticle, void, undefined> {
  const name = options.name ?? (typeof source === 'string' ? basename(source) : 'JSONL stream');
  const lineByteLimit = options.lineByteLimit ?? articleByteLimit;
  const chunks = typeof source === 'string' ? createReadStream(source) : source;
  const tooLong = (line: number): never => {
    throw new ImportError(name, `the line is longer than ${describeSize(lineByteLimit)}, the limit for one article`, line);
  };
  let count = 0;
  try {
    for await (const { number, bytes, bytesRead } of byteLines(chunks, lineByteLimit, tooLong)) {
      let article: ExtractedArticle | undefined;
      try {
        article = articleOnLine(bytes, number);
      } catch (error) {
        throw error instanceof LineProblem ? new ImportError(name, error.message, number) : error;
      }
      if (article) {
        count++;
        yield { line: number, article, raw: bytes, bytesRead };
      }
    }
  } catch (error) {
    throw isFileSystemError(error) ? fileSystemError(name, error) : error;
  }
  if (count === 0) throw new ImportError(name, 'the file has no articles (it is empty or has only blank lines)');
}
