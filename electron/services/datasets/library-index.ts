/**
 * What an import looks up in the library: documents by id or by exact text, annotations by id (a
 * document's at once) and by label and span. Texts are hashed once per import, a page at a time,
 * and only when some document in the files has to be found by its text. Documents and annotations
 * the import itself will create are looked up too, so that two files of one import agree.
 */
import { createHash } from 'node:crypto';
import type { Annotation, Document } from '../../../shared/model';
import type { AnnotationRepository } from '../../store/annotations';
import type { DatasetDocumentQueries } from '../../store/dataset-documents';
import type { DocumentRepository } from '../../store/documents';

const TEXT_PAGE_SIZE = 500;

export interface LibraryStores {
  documents: DocumentRepository;
  annotations: AnnotationRepository;
  datasetDocuments: DatasetDocumentQueries;
}

function textHash(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

function addTo(index: Map<string, string[]>, hash: string, id: string): void {
  const ids = index.get(hash);
  if (ids) ids.push(id);
  else index.set(hash, [id]);
}

/** The key under which an annotation counts as the same as another: its label and span. */
export function spanKey(annotation: Pick<Annotation, 'label' | 'start' | 'end'>): string {
  return `${annotation.label} ${annotation.start} ${annotation.end}`;
}

export class LibraryIndex {
  private idsByText: Map<string, string[]> | undefined;
  private readonly pendingDocuments = new Map<string, Document>();
  private readonly pendingAnnotations = new Map<string, Annotation>();
  private readonly spansByDocument = new Map<string, Set<string>>();

  constructor(private readonly stores: LibraryStores) {}

  /** The document with this id, in the library or to be created by this import. */
  document(id: string): Pick<Document, 'id' | 'title' | 'text'> | undefined {
    return this.pendingDocuments.get(id) ?? this.stores.documents.get(id);
  }

  /** The ids of the documents whose text is exactly `text`. */
  idsWithText(text: string): string[] {
    const hash = textHash(text);
    const ids = this.textIndex().get(hash) ?? [];
    // A hash match is confirmed against the text itself.
    return ids.filter((id) => this.document(id)?.text === text);
  }

  /**
   * Finds annotations by id, in the library or to be written by this import, reading the stored
   * ones among `ids` (a document's) in one query rather than one query each.
   */
  annotationFinder(ids: readonly string[]): (id: string) => Annotation | undefined {
    const stored = this.stores.annotations.getMany(ids);
    const read = new Set(ids);
    return (id) => this.pendingAnnotations.get(id) ?? (read.has(id) ? stored.get(id) : this.stores.annotations.get(id));
  }

  /** Whether the document has (or will have) an annotation with this label and span. */
  hasSpan(documentId: string, key: string): boolean {
    return this.spansOf(documentId).has(key);
  }

  /** Records a document this import will create. */
  addDocument(document: Document): void {
    this.pendingDocuments.set(document.id, document);
    if (this.idsByText) addTo(this.idsByText, textHash(document.text), document.id);
  }

  /** Records an annotation this import will write. */
  addAnnotation(annotation: Annotation): void {
    this.pendingAnnotations.set(annotation.id, annotation);
    this.spansOf(annotation.documentId).add(spanKey(annotation));
  }

  private spansOf(documentId: string): Set<string> {
    let spans = this.spansByDocument.get(documentId);
    if (!spans) {
      const stored = this.pendingDocuments.has(documentId) ? [] : this.stores.annotations.listByDocument(documentId);
      spans = new Set(stored.map(spanKey));
      this.spansByDocument.set(documentId, spans);
    }
    return spans;
  }

  private textIndex(): Map<string, string[]> {
    if (this.idsByText) return this.idsByText;
    const index = new Map<string, string[]>();
    let after = '';
    for (;;) {
      const page = this.stores.datasetDocuments.textPage(after, TEXT_PAGE_SIZE);
      if (page.length === 0) break;
      for (const { id, text } of page) addTo(index, textHash(text), id);
      after = page.at(-1)!.id;
    }
    for (const document of this.pendingDocuments.values()) addTo(index, textHash(document.text), document.id);
    this.idsByText = index;
    return index;
  }
}
