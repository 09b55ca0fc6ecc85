/**
 * An imported article whose title or address is already in the library may be a new version of
 * that document. Merging it replaces the existing document's text with the imported one and finds
 * the existing annotations again in it (the re-anchoring import), then removes the imported copy.
 */
import type { Db } from '../../store/database';
import type { AnnotationRepository } from '../../store/annotations';
import type { DocumentRepository } from '../../store/documents';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors';
import { ImportError, type ImportFile } from '../import/article';
import { extractArticle } from '../import/extract';
import type { NewVersionReport, NewVersionService } from '../new-versions';

export interface VersionServiceOptions {
  db: Db;
  documents: DocumentRepository;
  annotations: AnnotationRepository;
  newVersions: NewVersionService;
}

export class VersionService {
  constructor(private readonly options: VersionServiceOptions) {}

  /**
   * Whether the re-anchoring import can read the raw file again into the same text: true for
   * articles from text, Markdown and HTML files; not (yet) for DOCX, PDF or a line of a JSONL file.
   */
  isMergeable(raw: ImportFile, text: string): boolean {
    try {
      return extractArticle(raw).text === text;
    } catch (error) {
      if (error instanceof ImportError) return false;
      throw error;
    }
  }

  /**
   * Makes the imported document the new version of an existing one, in one transaction: the
   * existing document takes its text and raw file, and its annotations are found again in them;
   * the imported document is then deleted. Refused when the imported document has annotations.
   */
  merge(existingId: string, importedId: string): NewVersionReport {
    const { db, documents, annotations, newVersions } = this.options;
    if (existingId === importedId) throw new InvalidInputError('A document cannot be a new version of itself');
    return db.transaction(() => {
      const raw = documents.raw(importedId);
      const text = documents.text(importedId);
      if (!raw || text === undefined) throw new NotFoundError('Document', importedId);
      if (annotations.listByDocument(importedId).length > 0) {
        throw new ConflictError('The imported document has annotations of its own now; keep both documents, or delete its annotations first');
      }
      const file = { name: raw.fileName ?? '', bytes: raw.bytes };
      if (!this.isMergeable(file, text)) {
        throw new InvalidInputError(
          'Its annotations can be carried over only from an article imported from a text, Markdown or HTML file; keep both documents instead',
        );
      }
      const report = newVersions.importNewVersion(existingId, file);
      documents.delete(importedId);
      return report;
    })();
  }
}
