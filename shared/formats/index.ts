/** The dataset formats: what each is called, its files, whether it reads and writes, and how. */
import { createBratWriter } from './brat';
import { readBrat } from './brat-reader';
import { createConllWriter } from './conll';
import { createCsvWriter } from './csv';
import { createDoccanoWriter, readDoccano } from './doccano';
import { createNativeJsonlWriter, readNativeJsonl } from './jsonl';
import { createLabelStudioWriter } from './labelstudio';
import { readLabelStudio } from './labelstudio-reader';
import { createSpacyWriter, readSpacy } from './spacy';
import type { FormatWriter, ReadResult, SourceFile, WriteOptions } from './types';
import { createW3cWriter } from './w3c';
import { readW3c } from './w3c-reader';

export const formatIds = ['jsonl', 'doccano', 'spacy', 'conll', 'brat', 'w3c', 'labelstudio', 'csv'] as const;
export type FormatId = (typeof formatIds)[number];

export interface FormatInfo {
  id: FormatId;
  name: string;
  /** The extension of the format's main file, with its dot. */
  extension: string;
  /**
   * `single`: every part a writer returns goes to one file, so the caller may write them to any
   * path it likes. `several`: parts name files relative to an export folder (brat: a `.txt` and
   * `.ann` per document with `annotation.conf`; Label Studio: the tasks and the labelling config).
   */
  files: 'single' | 'several';
  canRead: boolean;
  canWrite: boolean;
  createWriter: (options?: WriteOptions) => FormatWriter;
  /** Reads one file; brat reads an `.ann` with the `.txt` beside it as `companion`. */
  read?: (file: SourceFile, companion?: SourceFile) => ReadResult;
  /** The extension of the file a reader needs beside each file it reads. */
  companionExtension?: string;
}

export const formats: Record<FormatId, FormatInfo> = {
  jsonl: {
    id: 'jsonl',
    name: 'Native JSON Lines (lossless)',
    extension: '.jsonl',
    files: 'single',
    canRead: true,
    canWrite: true,
    createWriter: createNativeJsonlWriter,
    read: readNativeJsonl,
  },
  doccano: {
    id: 'doccano',
    name: 'doccano JSONL',
    extension: '.jsonl',
    files: 'single',
    canRead: true,
    canWrite: true,
    createWriter: createDoccanoWriter,
    read: readDoccano,
  },
  spacy: {
    id: 'spacy',
    name: 'spaCy-style JSONL',
    extension: '.jsonl',
    files: 'single',
    canRead: true,
    canWrite: true,
    createWriter: createSpacyWriter,
    read: readSpacy,
  },
  conll: {
    id: 'conll',
    name: 'CoNLL BIO (a tag column per label)',
    extension: '.conll',
    files: 'single',
    canRead: false,
    canWrite: true,
    createWriter: createConllWriter,
  },
  brat: {
    id: 'brat',
    name: 'brat standoff',
    extension: '.ann',
    files: 'several',
    canRead: true,
    canWrite: true,
    createWriter: createBratWriter,
    read: readBrat,
    companionExtension: '.txt',
  },
  w3c: {
    id: 'w3c',
    name: 'W3C Web Annotation (JSON-LD)',
    extension: '.jsonld',
    files: 'single',
    canRead: true,
    canWrite: true,
    createWriter: createW3cWriter,
    read: readW3c,
  },
  labelstudio: {
    id: 'labelstudio',
    name: 'Label Studio tasks JSON',
    extension: '.json',
    files: 'several',
    canRead: true,
    canWrite: true,
    createWriter: createLabelStudioWriter,
    read: readLabelStudio,
  },
  csv: {
    id: 'csv',
    name: 'CSV (one row per annotation)',
    extension: '.csv',
    files: 'single',
    canRead: false,
    canWrite: true,
    createWriter: createCsvWriter,
  },
};

/** The formats in menu order. */
export const formatList: readonly FormatInfo[] = formatIds.map((id) => formats[id]);

/** The format a file to import is in, from its extension and, for JSON and JSON Lines, its first record. */
export function guessFormat(file: SourceFile): FormatInfo | undefined {
  const extension = /\.[^./\\]+$/u.exec(file.name)?.[0].toLowerCase();
  if (extension === '.ann') return formats.brat;
  if (extension === '.jsonld') return formats.w3c;
  const head = file.content.slice(0, 4096);
  if (extension === '.json') return /"@context"|"AnnotationCollection"/u.test(head) ? formats.w3c : formats.labelstudio;
  if (extension !== '.jsonl') return undefined;
  const firstLine = head.split('\n').find((line) => line.trim() !== '') ?? '';
  if (/"formatVersion"\s*:/u.test(firstLine)) return formats.jsonl;
  if (/"spans"\s*:/u.test(firstLine)) return formats.spacy;
  return formats.doccano;
}

export type {
  DocumentEntry,
  DocumentOutput,
  ExportPart,
  FormatError,
  FormatNotice,
  FormatWriter,
  ImportedAnnotation,
  ImportedDocument,
  ReadResult,
  SourceFile,
  WriteOptions,
} from './types';
export { checkSpansAgainstText } from './spans';
