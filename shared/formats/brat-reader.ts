/** Reading brat standoff (`.ann` with its `.txt`); the layout is described in `brat.ts`. */
import { attributeSchemas } from '../attributes';
import { confidences } from '../model';
import type { Confidence } from '../model';
import { TextIndex } from '../text/offsets';
import {
  BRAT_CONFIDENCE,
  BRAT_EVIDENCE,
  BRAT_ID,
  BRAT_NOTE,
  bratEnumeratedAttributes,
  bratNumberAttributes,
  bratTextAttributes,
  unescapeNote,
} from './brat-config';
import { IdRegister, ProblemLog } from './problems';
import type { Where } from './problems';
import { readSpan } from './spans';
import type { ImportedAnnotation, ReadResult, SourceFile } from './types';
import { recordIssues } from './validation';

interface TextBound {
  line: number;
  target: string;
  label: string;
  fragments: string;
  quote: string;
}

interface Extra {
  line: number;
  kind: 'attribute' | 'note';
  name: string;
  target: string;
  value: string | undefined;
}

interface Found {
  note: string;
  id?: string;
  confidence: Confidence | null;
  attributes: Record<string, unknown>;
  evidence: unknown[];
}

const textBoundLine = /^(T\S*)\t(\S+) ([0-9; ]+)(?:\t(.*))?$/u;
const attributeLine = /^[AM]\S*\t(\S+) (\S+)(?: (.*))?$/u;
const noteLine = /^#\S*\t(\S+) (\S+)(?:\t(.*))?$/u;
const outsideModel: Record<string, string> = { R: 'relation', E: 'event', N: 'normalisation', '*': 'equivalence' };

/** The `.ann` file's name without folders or extension: the document id. */
export function bratDocumentId(annName: string): string {
  return annName.replace(/^.*[\\/]/u, '').replace(/\.ann$/u, '');
}

/** The offsets of a span, its fragments joined when only white space separates them. */
function joinFragments(fragments: string, index: TextIndex): { start: number; end: number } | 'discontinuous' | undefined {
  const pairs = fragments.split(';').map((pair) => pair.trim().split(' ').map(Number));
  if (pairs.some((pair) => pair.length !== 2 || pair.some((n) => !Number.isInteger(n)))) return undefined;
  for (let i = 1; i < pairs.length; i++) {
    const gapStart = pairs[i - 1]![1]!;
    const gapEnd = pairs[i]![0]!;
    if (gapEnd < gapStart || !/^\s*$/u.test(index.slice(gapStart, gapEnd))) return 'discontinuous';
  }
  return { start: pairs[0]![0]!, end: pairs[pairs.length - 1]![1]! };
}

function applyExtra(extra: Extra, found: Found, log: ProblemLog, where: Where): void {
  const { name, value = '' } = extra;
  if (extra.kind === 'attribute') {
    if (name === BRAT_CONFIDENCE) {
      if ((confidences as readonly string[]).includes(value)) found.confidence = value as Confidence;
      else log.error('invalid_record', `confidence ${JSON.stringify(value)} is not one of ${confidences.join(', ')}`, where);
    } else if (name in bratEnumeratedAttributes) found.attributes[name] = value;
    else log.notice('skipped', `the attribute ${name} is not one this application records; left out`, where);
    return;
  }
  const text = unescapeNote(value);
  if (name === BRAT_NOTE) found.note = found.note === '' ? text : `${found.note}\n${text}`;
  else if (name === BRAT_ID) found.id = text;
  else if ((bratTextAttributes as readonly string[]).includes(name)) found.attributes[name] = text;
  else if ((bratNumberAttributes as readonly string[]).includes(name)) {
    if (/^\d+$/u.test(text)) found.attributes[name] = Number(text);
    else log.error('invalid_record', `${name} must be a whole number, not ${JSON.stringify(text)}`, where);
  } else if (name === BRAT_EVIDENCE) {
    try {
      found.evidence.push(JSON.parse(text));
    } catch {
      log.error('invalid_record', 'an evidence note must be JSON: {"citation", "url", "accessed"}', where);
    }
  } else log.notice('skipped', `the note type ${name} is not one this application records; left out`, where);
}

/**
 * Reads one brat document: the `.ann` file and the `.txt` beside it (missing, it is an error).
 * The document id is the file name without `.ann`. Relations, events and normalisations are not
 * part of the model and are left out with a notice; so are discontinuous spans, unless their
 * fragments are separated only by white space (brat splits spans at line breaks), when they are
 * joined into one. Quotes are compared with the text with white space collapsed.
 */
export function readBrat(ann: SourceFile, txt: SourceFile | undefined): ReadResult {
  const log = new ProblemLog(ann.name);
  const documentId = bratDocumentId(ann.name);
  if (!txt) {
    log.error('missing_file', `the text file ${documentId}.txt that goes with it is missing`);
    return { file: ann.name, documents: [], ...log.finish() };
  }
  const index = new TextIndex(txt.content);
  const lines = ann.content.split('\n');
  const cutShort = lines.at(-1) !== '';
  // A malformed last line with no line break after it is most likely a file cut short.
  const badLine = (reason: string, where: Where) => {
    if (cutShort && where.line === lines.length) log.error('truncated', `${reason}, and the file ends there without a line break: it looks truncated`, where);
    else log.error('invalid_record', reason, where);
  };
  const textBounds: TextBound[] = [];
  const extras: Extra[] = [];
  const targets = new IdRegister('annotation', log);

  lines.forEach((raw, position) => {
    const line = position + 1;
    const text = raw.replace(/\r$/u, '');
    if (text.trim() === '') return;
    const kind = outsideModel[text[0]!];
    let match: RegExpExecArray | null;
    if (kind) log.notice('skipped', `a brat ${kind} is not part of this application's model; left out`, { line, documentId });
    else if ((match = textBoundLine.exec(text))) {
      const [, target, label, fragments, quote = ''] = match as unknown as [string, string, string, string, string?];
      if (targets.add(target, { line, annotation: target, documentId })) textBounds.push({ line, target, label, fragments, quote });
    } else if ((match = attributeLine.exec(text))) extras.push({ line, kind: 'attribute', name: match[1]!, target: match[2]!, value: match[3] });
    else if ((match = noteLine.exec(text))) extras.push({ line, kind: 'note', name: match[1]!, target: match[2]!, value: match[3] });
    else badLine('the line is not a brat annotation (T, A, #, R, E, N or * line)', { line, documentId });
  });

  const foundByTarget = new Map<string, Found>(textBounds.map((bound) => [bound.target, { note: '', confidence: null, attributes: {}, evidence: [] }]));
  for (const extra of extras) {
    const found = foundByTarget.get(extra.target);
    const where: Where = { line: extra.line, annotation: extra.target, documentId };
    if (found) applyExtra(extra, found, log, where);
    else if (!extra.target.startsWith('T')) log.notice('skipped', `it belongs to ${extra.target}, which is not a span; left out`, where);
    else log.error('invalid_record', `it refers to ${extra.target}, which is not a span in this file`, where);
  }

  const annotations: ImportedAnnotation[] = [];
  for (const bound of textBounds) {
    const where: Where = { line: bound.line, annotation: bound.target, documentId };
    const offsets = joinFragments(bound.fragments, index);
    if (offsets === 'discontinuous') {
      log.notice('skipped', 'a discontinuous span cannot be represented here (spans are contiguous); left out', where);
      continue;
    }
    if (!offsets) {
      badLine(`the offsets ${JSON.stringify(bound.fragments)} are not "start end" pairs`, where);
      continue;
    }
    const span = readSpan({ ...offsets, label: bound.label, quote: bound.quote }, index, log, where, true);
    if (!span) continue;
    const found = foundByTarget.get(bound.target)!;
    const attributes = attributeSchemas[span.label].safeParse({
      ...found.attributes,
      ...(found.evidence.length > 0 ? { evidence: found.evidence } : {}),
    });
    if (!attributes.success) {
      recordIssues(log, attributes.error, where, 'attributes');
      continue;
    }
    annotations.push({
      ...span,
      ...(found.id === undefined ? {} : { id: found.id }),
      note: found.note,
      confidence: found.confidence,
      attributes: attributes.data,
    } as ImportedAnnotation);
  }
  const ids = new IdRegister('annotation', log);
  for (const annotation of annotations) {
    if (annotation.id !== undefined) ids.add(annotation.id, { line: annotation.line, annotation: annotation.id, documentId });
  }
  return { file: ann.name, documents: [{ id: documentId, text: txt.content, annotations }], ...log.finish() };
}
