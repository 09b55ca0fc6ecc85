/** What every importer produces from a file, and the error it raises when it cannot. */
import type { DocumentMetadata } from '../../../shared/model';
import type { CleaningStep } from './cleaning';

/** A file handed to the importer: its name (for messages and the format) and its bytes. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ExtractedArticle {
  /** The article's text: paragraphs separated by a single `\n`, none empty, spacing normalised. */
  text: string;
  metadata: Partial<DocumentMetadata>;
  /** How the raw bytes were decoded: a text encoding such as `utf-8`, or `binary` for DOCX and PDF. */
  encoding: string;
  cleaning: CleaningStep[];
}

/** A file could not be imported; the message names the file, and the line where there is one. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line === undefined ? '' : `, line ${line.toLocaleString('en-US')}`}: ${reason}`);
    this.name = 'ImportError';
  }
}
