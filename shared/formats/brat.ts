/**
 * brat standoff: per document a `.txt` with the text and an `.ann` with a `T` line per span
 * (`T1<TAB>label start end<TAB>quote`), `A` lines for enumerated attributes and `#` lines for the
 * note, the free attributes and the annotation's id (see `brat-config.ts`). Spans are contiguous;
 * a quote's line breaks are written as spaces, as brat does. Files are named after the document id
 * (characters unsafe in file names become `_`), so the id reads back from the file name. The
 * reader is in `brat-reader.ts`.
 */
import { TextIndex } from '../text/offsets';
import {
  BRAT_CONFIDENCE,
  BRAT_EVIDENCE,
  BRAT_ID,
  BRAT_NOTE,
  bratAnnotationConf,
  bratEnumeratedAttributes,
  bratNumberAttributes,
  bratTextAttributes,
  bratVisualConf,
  escapeNote,
} from './brat-config';
import { exportedSpans } from './export-spans';
import type { FormatNotice, FormatWriter, WriteOptions } from './types';
import { exportName, includedLabels } from './write-options';

/** The file stem for a document id: letters, digits, `.`, `_` and `-` kept, anything else `_`. */
export function bratFileStem(documentId: string): string {
  const safe = documentId.replace(/[^\p{L}\p{N}._-]/gu, '_').replace(/^\./u, '_');
  return safe === '' ? 'document' : safe;
}

/** A writer of brat standoff: `annotation.conf` and `visual.conf`, then a `.txt` and `.ann` per document. */
export function createBratWriter(options: WriteOptions = {}): FormatWriter {
  const folder = exportName(options);
  const labels = includedLabels(options);
  const usedStems = new Set<string>();
  const uniqueStem = (documentId: string) => {
    const stem = bratFileStem(documentId);
    let candidate = stem;
    for (let n = 2; usedStems.has(candidate); n++) candidate = `${stem}-${n}`;
    usedStems.add(candidate);
    return candidate;
  };
  return {
    begin: () => [
      { file: `${folder}/annotation.conf`, text: bratAnnotationConf(labels) },
      { file: `${folder}/visual.conf`, text: bratVisualConf(labels) },
    ],
    write: (entry) => {
      const stem = uniqueStem(entry.document.id);
      const annFile = `${folder}/${stem}.ann`;
      const notices: FormatNotice[] = [];
      const spans = exportedSpans(entry, labels, new TextIndex(entry.document.text), annFile, notices);
      const lines: string[] = [];
      let attributeNumber = 0;
      let noteNumber = 0;
      const note = (type: string, target: string, text: string) => lines.push(`#${++noteNumber}\t${type} ${target}\t${escapeNote(text)}`);
      spans.forEach(({ annotation, quote }, position) => {
        const target = `T${position + 1}`;
        lines.push(`${target}\t${annotation.label} ${annotation.start} ${annotation.end}\t${quote.replace(/[\r\n]/gu, ' ')}`);
        note(BRAT_ID, target, annotation.id);
        if (annotation.note !== '') note(BRAT_NOTE, target, annotation.note);
        if (annotation.confidence) lines.push(`A${++attributeNumber}\t${BRAT_CONFIDENCE} ${target} ${annotation.confidence}`);
        const attributes: Record<string, unknown> = annotation.attributes;
        for (const name of Object.keys(bratEnumeratedAttributes)) {
          if (attributes[name] !== undefined) lines.push(`A${++attributeNumber}\t${name} ${target} ${String(attributes[name])}`);
        }
        for (const name of [...bratTextAttributes, ...bratNumberAttributes]) {
          if (attributes[name] !== undefined) note(name, target, String(attributes[name]));
        }
        const evidence = attributes[BRAT_EVIDENCE];
        if (Array.isArray(evidence)) for (const item of evidence) note(BRAT_EVIDENCE, target, JSON.stringify(item));
      });
      return {
        parts: [
          { file: `${folder}/${stem}.txt`, text: entry.document.text },
          { file: annFile, text: lines.map((line) => `${line}\n`).join('') },
        ],
        notices,
      };
    },
    end: () => [],
  };
}
