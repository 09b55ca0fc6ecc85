/**
 * Searching the library's titles, texts and annotation notes. Hits come ranked, each with its
 * passage in parts to show as text (never as markup), and where the match is in the document so
 * that opening it can scroll there.
 */
import type { AnnotationRepository } from '../../store/annotations';
import type { DocumentRepository } from '../../store/documents';
import type { LibrarySearchRepository, RankedMatch } from '../../store/library-search';
import type { SearchHit, SearchPage } from '../../../shared/library';
import { searchExpression } from './search-query';
import { locateMatch, snippetParts } from './snippets';

export interface SearchServiceOptions {
  search: LibrarySearchRepository;
  documents: DocumentRepository;
  annotations: AnnotationRepository;
}

export class SearchService {
  constructor(private readonly options: SearchServiceOptions) {}

  /** A page of the documents and notes that hold every word searched for, best first. */
  search(query: string, offset: number, limit: number): SearchPage {
    const expression = searchExpression(query);
    if (expression === null) return { total: 0, hits: [] };
    const { search } = this.options;
    return {
      total: search.count(expression),
      hits: search.ranked(expression, limit, offset).map((match) => this.hit(expression, match)),
    };
  }

  private hit(expression: string, match: RankedMatch): SearchHit {
    const common = { documentId: match.documentId, publication: match.publication, publishedAt: match.publishedAt };
    if (match.field === 'note') {
      const annotation = this.options.annotations.get(match.annotationId!);
      return {
        ...common,
        title: [{ text: match.title, match: false }],
        field: 'note',
        snippet: snippetParts(this.options.search.notePassage(expression, match.searchId) ?? ''),
        match: annotation ? { start: annotation.start, end: annotation.end } : null,
        annotationId: match.annotationId,
      };
    }
    const passages = this.options.search.documentPassages(expression, match.searchId);
    const title = snippetParts(passages?.title ?? match.title);
    const text = passages?.text ?? '';
    const inText = snippetParts(text).some((part) => part.match);
    return {
      ...common,
      title,
      field: inText ? 'text' : 'title',
      snippet: snippetParts(text),
      match: inText ? locateMatch(this.options.documents.text(match.documentId) ?? '', text) : null,
      annotationId: null,
    };
  }
}
