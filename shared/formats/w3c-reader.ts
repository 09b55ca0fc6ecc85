/**
 * Reading W3C Web Annotations: one annotation, a list of them, an AnnotationPage or an
 * AnnotationCollection with its first page embedded. An annotation is imported when it targets a
 * span of text with a TextPositionSelector (a TextQuoteSelector beside it gives the quote and
 * context) and has a tagging body naming a label. Annotations that do neither (comments on whole
 * pages, images, fragments of XML) are left out with a notice saying why; they are not errors.
 * The file does not carry the documents' text: the caller matches each document by id and checks
 * the spans with `checkSpansAgainstText`.
 */
import { z } from 'zod';
import { jsonLineLocator, parseJsonText } from './json-source';
import { resolveLabel } from './label-names';
import { IdRegister, pathKey, ProblemLog } from './problems';
import type { JsonPath, Where } from './problems';
import { readOffsets, shortQuote } from './spans';
import type { ImportedAnnotation, ImportedDocument, ReadResult, SourceFile } from './types';
import { isObject } from './validation';
import { idFromAppIri } from './w3c';

const timestampSchema = z.iso.datetime({ offset: true });

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function hasType(value: Record<string, unknown>, type: string): boolean {
  return asList(value.type).includes(type);
}

/** The annotations in the file, each with its JSON path; records why when there are none to find. */
function findAnnotations(value: unknown, log: ProblemLog): { item: unknown; path: JsonPath }[] {
  const listed = (items: unknown, path: JsonPath) => asList(items).map((item, n) => ({ item, path: [...path, n] }));
  if (Array.isArray(value)) return listed(value, []);
  if (!isObject(value)) {
    log.error('invalid_record', 'the file holds no Web Annotation, AnnotationPage or AnnotationCollection', { path: [] });
    return [];
  }
  if (hasType(value, 'AnnotationCollection')) {
    if (value.first === undefined) return [];
    if (!isObject(value.first)) {
      log.error('invalid_record', "the collection's pages are not in the file (first is a link, not an embedded AnnotationPage)", { path: [] });
      return [];
    }
    if (value.first.next !== undefined) log.notice('skipped', 'only the first page of the collection is in the file; later pages are not read', { path: ['first'] });
    return listed(value.first.items, ['first', 'items']);
  }
  if (hasType(value, 'AnnotationPage')) return listed(value.items, ['items']);
  return [{ item: value, path: [] }];
}

/** The text bodies with a purpose (or, without one, the annotation's motivation) among `purposes`. */
function textBodies(annotation: Record<string, unknown>, purposes: readonly string[]): string[] {
  const motivations = asList(annotation.motivation);
  return asList(annotation.body).flatMap((body) => {
    if (!isObject(body) || typeof body.value !== 'string') return [];
    if (body.type !== undefined && !hasType(body, 'TextualBody')) return [];
    const purpose = asList(body.purpose);
    const fits = purpose.length > 0 ? purpose.some((p) => purposes.includes(p as string)) : motivations.some((m) => purposes.includes(m as string));
    return fits ? [body.value] : [];
  });
}

function creatorName(creator: unknown): string | undefined {
  const first = asList(creator)[0];
  if (typeof first === 'string') return first;
  if (!isObject(first)) return undefined;
  const name = first.name ?? first.nickname ?? first.id;
  return typeof name === 'string' ? name : undefined;
}

function readAnnotation(item: unknown, id: string | undefined, where: Where, log: ProblemLog): { source: string; annotation: ImportedAnnotation } | undefined {
  if (!isObject(item) || !hasType(item, 'Annotation')) {
    log.error('invalid_record', 'an item is not a Web Annotation (type "Annotation")', where);
    return undefined;
  }
  const textTargets = asList(item.target).flatMap((target) => {
    if (!isObject(target) || typeof target.source !== 'string') return [];
    const selectors = asList(target.selector).filter(isObject);
    const position = selectors.find((selector) => hasType(selector, 'TextPositionSelector'));
    const quote = selectors.find((selector) => hasType(selector, 'TextQuoteSelector'));
    return position || quote ? [{ source: target.source, position, quote }] : [];
  });
  const skip = (reason: string) => {
    log.notice('skipped', `left out: ${reason}`, where);
    return undefined;
  };
  if (textTargets.length === 0) return skip('it does not select a span of text (no TextPositionSelector or TextQuoteSelector)');
  if (textTargets.length > 1) return skip('it selects more than one span of text, and an annotation here has one');
  const { source, position, quote } = textTargets[0]!;
  if (!position) return skip('it has a TextQuoteSelector without a TextPositionSelector, so its offsets are unknown');

  const tags = textBodies(item, ['tagging', 'classifying']);
  if (tags.length === 0) return skip('it has no tagging body naming a label');
  const known = [...new Set(tags.map(resolveLabel).filter((label) => label !== undefined))];
  if (known.length === 0) {
    log.error('unknown_label', `the tag ${tags.map((tag) => JSON.stringify(tag)).join(', ')} is not one of the labels`, where);
    return undefined;
  }
  if (known.length > 1) {
    log.error('invalid_record', `it names several labels (${known.join(', ')}); an annotation has one`, where);
    return undefined;
  }
  for (const tag of tags) if (!resolveLabel(tag)) log.notice('skipped', `the tag ${JSON.stringify(tag)} is not a label; left out`, where);

  const offsets = readOffsets(position.start, position.end, undefined, log, where);
  if (!offsets) return undefined;
  const exact = quote?.exact;
  if (exact !== undefined && (typeof exact !== 'string' || Array.from(exact).length !== offsets.end - offsets.start)) {
    log.error('quote_mismatch', `the quote ${shortQuote(String(exact))} does not have the ${offsets.end - offsets.start} characters of the span ${offsets.start}–${offsets.end}`, where);
    return undefined;
  }
  const times: Partial<Record<'createdAt' | 'updatedAt', string>> = {};
  for (const [field, key] of [['created', 'createdAt'], ['modified', 'updatedAt']] as const) {
    if (item[field] === undefined) continue;
    if (timestampSchema.safeParse(item[field]).success) times[key] = item[field] as string;
    else log.error('invalid_record', `${field} ${JSON.stringify(item[field])} is not a date and time with a time zone`, where);
  }
  const notes = [...textBodies(item, ['commenting']), ...(typeof item.bodyValue === 'string' ? [item.bodyValue] : [])];
  const reviewer = creatorName(item.creator);
  const annotation: ImportedAnnotation = {
    ...(id === undefined ? {} : { id }),
    label: known[0]!,
    ...offsets,
    ...(typeof exact === 'string' ? { quote: exact } : {}),
    ...(typeof quote?.prefix === 'string' ? { prefix: quote.prefix } : {}),
    ...(typeof quote?.suffix === 'string' ? { suffix: quote.suffix } : {}),
    note: notes.join('\n\n'),
    ...(reviewer === undefined ? {} : { reviewer }),
    ...times,
  };
  return { source, annotation };
}

/** The id an annotation IRI gives: ours decoded, a foreign one as it is when it fits an id. */
function annotationId(iri: unknown): string | undefined {
  if (typeof iri !== 'string') return undefined;
  const id = idFromAppIri('annotation', iri) ?? iri;
  return id.length > 0 && id.length <= 100 ? id : undefined;
}

/** Reads W3C Web Annotation JSON-LD, grouping the annotations by the document they target. */
export function readW3c(source: SourceFile): ReadResult {
  const log = new ProblemLog(source.name);
  const value = parseJsonText(source.content, log);
  if (value === undefined) return { file: source.name, documents: [], ...log.finish() };
  const documents = new Map<string, ImportedDocument>();
  const ids = new IdRegister('annotation', log);
  const placed: { annotation: ImportedAnnotation; path: JsonPath }[] = [];
  findAnnotations(value, log).forEach(({ item, path }, n) => {
    if (log.full) return;
    const id = annotationId(isObject(item) ? item.id : undefined);
    const where: Where = { path, annotation: id ?? `#${n + 1}` };
    if (id !== undefined) ids.add(id, where);
    const found = readAnnotation(item, id, where, log);
    if (!found) return;
    const documentId = idFromAppIri('document', found.source) ?? found.source;
    const document = documents.get(found.source) ?? { id: documentId, annotations: [] };
    document.annotations.push(found.annotation);
    documents.set(found.source, document);
    placed.push({ annotation: found.annotation, path });
  });
  const locate = jsonLineLocator(source.content);
  const lines = locate(placed.map(({ path }) => path));
  for (const { annotation, path } of placed) {
    const line = lines.get(pathKey(path));
    if (line !== undefined) annotation.line = line;
  }
  return { file: source.name, documents: [...documents.values()], ...log.finish(locate) };
}
