/** Recently used documents' text indexes, so that saving many annotations does not rescan a long text. */
import { TextIndex } from '../../shared/text/offsets';

export class TextIndexCache {
  private readonly indexes = new Map<string, TextIndex>();

  constructor(private readonly capacity = 8) {}

  /** The index of a document's text, built from `text` when it is not cached or the text changed. */
  get(documentId: string, text: () => string | undefined): TextIndex | undefined {
    const cached = this.indexes.get(documentId);
    if (cached) {
      this.indexes.delete(documentId);
      this.indexes.set(documentId, cached);
      return cached;
    }
    const current = text();
    if (current === undefined) return undefined;
    const index = new TextIndex(current);
    this.indexes.set(documentId, index);
    if (this.indexes.size > this.capacity) this.indexes.delete(this.indexes.keys().next().value!);
    return index;
  }

  /** Forgets a document whose text changed or that was deleted. */
  forget(documentId: string): void {
    this.indexes.delete(documentId);
  }
}
