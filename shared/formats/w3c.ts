/**
 * W3C Web Annotation (JSON-LD, `@context` http://www.w3.org/ns/anno.jsonld): an export is one
 * AnnotationCollection whose first page embeds every annotation. An annotation targets its
 * document (`urn:<app>:document:<id>`) with a TextQuoteSelector (exact, prefix, suffix) and a
 * TextPositionSelector (code points, as the model requires); its label is a TextualBody with
 * purpose `tagging` (the label id), its note a TextualBody with purpose `commenting`; the reviewer
 * is its creator. Attributes are not carried (native JSONL keeps them). The reader is in
 * `w3c-reader.ts`.
 */
import { APP_NAME } from '../app';
import { TextIndex } from '../text/offsets';
import { exportedSpans } from './export-spans';
import type { ExportedSpan } from './export-spans';
import type { FormatNotice, FormatWriter, WriteOptions } from './types';
import { exportName, includedLabels } from './write-options';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const iriPrefix = `urn:${APP_NAME.toLowerCase()}:`;

/** The IRI of one of this application's documents, annotations or exports. */
export function appIri(kind: 'document' | 'annotation' | 'export', id: string): string {
  return `${iriPrefix}${kind}:${encodeURIComponent(id)}`;
}

/** The id inside an IRI made by `appIri`, or undefined when the IRI is not one of ours. */
export function idFromAppIri(kind: 'document' | 'annotation', iri: string): string | undefined {
  const prefix = `${iriPrefix}${kind}:`;
  if (!iri.startsWith(prefix)) return undefined;
  try {
    return decodeURIComponent(iri.slice(prefix.length));
  } catch {
    return undefined;
  }
}

/** One annotation as a Web Annotation, without `@context` (the collection gives it). */
function webAnnotation(documentId: string, span: ExportedSpan): Record<string, unknown> {
  const { annotation } = span;
  const body: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: 'tagging', value: annotation.label }];
  if (annotation.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain' });
  return {
    id: appIri('annotation', annotation.id),
    type: 'Annotation',
    motivation: 'tagging',
    ...(annotation.reviewer === '' ? {} : { creator: { type: 'Person', name: annotation.reviewer } }),
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    body,
    target: {
      source: appIri('document', documentId),
      selector: [
        { type: 'TextQuoteSelector', exact: span.quote, prefix: span.prefix, suffix: span.suffix },
        { type: 'TextPositionSelector', start: annotation.start, end: annotation.end },
      ],
    },
  };
}

/**
 * A writer of one AnnotationCollection. The collection's opening is written first and its
 * `total` last, so annotations stream through one at a time.
 */
export function createW3cWriter(options: WriteOptions = {}): FormatWriter {
  const name = exportName(options);
  const file = `${name}.jsonld`;
  const labels = includedLabels(options);
  const collection = appIri('export', name);
  let total = 0;
  return {
    begin: () => {
      const opening = JSON.stringify({
        '@context': W3C_CONTEXT,
        id: collection,
        type: 'AnnotationCollection',
        label: `${APP_NAME} annotations (${name})`,
      });
      const page = JSON.stringify({ id: `${collection}/page/1`, type: 'AnnotationPage', startIndex: 0 });
      return [{ file, text: `${opening.slice(0, -1)},"first":${page.slice(0, -1)},"items":[` }];
    },
    write: (entry) => {
      const notices: FormatNotice[] = [];
      const spans = exportedSpans(entry, labels, new TextIndex(entry.document.text), file, notices);
      const text = spans
        .map((span) => `${total++ === 0 ? '\n' : ',\n'}${JSON.stringify(webAnnotation(entry.document.id, span))}`)
        .join('');
      return { parts: text ? [{ file, text }] : [], notices };
    },
    end: () => [{ file, text: `\n]},"total":${total}}\n` }],
  };
}
