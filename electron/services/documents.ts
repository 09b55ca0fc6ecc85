/** Importing and reading documents. */
import { randomUUID } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Db } from '../store/database';
import type { DocumentRepository } from '../store/documents';
import type { Document, DocumentMetadata, DocumentSummary } from '../../shared/model';
import type { ImportFile } from './import/article';
import { extractArticle } from './import/extract';
import { NotFoundError } from './errors';

/** A title from a file name when the file gives none: "hamas-delegation.txt" becomes "hamas delegation". */
export function titleFromFileName(fileName: string): string {
  return basename(fileName, extname(fileName)).replace(/[-_]+/g, ' ').trim() || 'Untitled article';
}

export class DocumentService {
  constructor(
    private readonly db: Db,
    private readonly documents: DocumentRepository,
    private readonly now: () => string,
  ) {}

  /** Imports one article file as a new document; metadata given here wins over the file's own. */
  importFile(file: ImportFile, metadata: Partial<DocumentMetadata> = {}): Document {
    const article = extractArticle(file);
    const id = randomUUID();
    const given = { ...article.metadata, ...metadata };
    this.db.transaction(() => {
      this.documents.insert(
        {
          id,
          text: article.text,
          title: given.title ?? titleFromFileName(file.name),
          publication: given.publication ?? null,
          author: given.author ?? null,
          url: given.url ?? null,
          publishedAt: given.publishedAt ?? null,
          credit: given.credit ?? null,
          language: given.language ?? null,
          raw: file.bytes,
          rawFileName: file.name,
          rawEncoding: article.encoding,
          cleaning: article.cleaning,
        },
        this.now(),
      );
    })();
    return this.get(id);
  }

  get(id: string): Document {
    const document = this.documents.get(id);
    if (!document) throw new NotFoundError('Document', id);
    return document;
  }

  list(): DocumentSummary[] {
    return this.documents.summaries();
  }

  count(): number {
    return this.documents.count();
  }

  /** The document worked on most recently, to open at start. */
  latestId(): string | null {
    return this.documents.latestId();
  }
}
