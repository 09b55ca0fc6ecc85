/**
 * Reading the files of an import and planning it as a whole, without writing: what each file holds,
 * whether it can be imported, and how its documents and annotations meet the library.
 */
import {
  annotationOutcomes,
  datasetProblemOf,
  type AnnotationCounts,
  type ImportFilePreview,
  type ImportPreview,
} from '../../../shared/datasets';
import type { FormatError, ReadResult } from '../../../shared/formats';
import { describeProblem } from '../../../shared/formats/problems';
import type { DatasetFile } from './import-sources';
import { planFile, type FilePlan, type PlanContext } from './import-plan';

/** Documents and conflicts listed in a preview; the rest are counted. */
const LISTED = 500;

/** A file read: what the reader found, or why there is nothing to read. */
export interface ReadFile {
  file: DatasetFile;
  result: ReadResult;
}

/** Reads a file with its format's reader; a file that could not be read has one error saying why. */
export function readDatasetFile(file: DatasetFile): ReadFile {
  if ('problem' in file) {
    const error: FormatError = { kind: 'missing_file', file: file.name, reason: file.problem, message: describeProblem({ file: file.name }, file.problem) };
    return { file, result: { file: file.name, documents: [], errors: [error], notices: [] } };
  }
  return { file, result: file.format.read!(file.source, file.companion) };
}

export interface PlannedFile {
  read: ReadFile;
  /** Absent when the file has errors: it imports nothing. */
  plan?: FilePlan;
  errors: readonly FormatError[];
}

/** Plans every file in order against one view of the library, so that files of one import agree. */
export function planImport(reads: readonly ReadFile[], context: PlanContext): PlannedFile[] {
  return reads.map((read) => {
    if (read.result.errors.length > 0) return { read, errors: read.result.errors };
    const plan = planFile(read.result, context);
    return plan.errors.length > 0 ? { read, errors: plan.errors } : { read, plan, errors: [] };
  });
}

function noOutcomes(): AnnotationCounts {
  return Object.fromEntries(annotationOutcomes.map((outcome) => [outcome, 0])) as AnnotationCounts;
}

/** What the plan would do, for the user to confirm. */
export function summarisePreview(previewId: string, planned: readonly PlannedFile[]): ImportPreview {
  const outcomes = noOutcomes();
  const files: ImportFilePreview[] = planned.map(({ read, plan, errors }) => {
    const fileOutcomes = noOutcomes();
    for (const document of plan?.documents ?? []) {
      for (const { outcome } of document.annotations) {
        fileOutcomes[outcome]++;
        outcomes[outcome]++;
      }
    }
    return {
      file: read.result.file,
      format: read.file.format?.id ?? null,
      documents: read.result.documents.length,
      annotations: read.result.documents.reduce((sum, document) => sum + document.annotations.length, 0),
      errors: errors.map(datasetProblemOf),
      notices: read.result.notices.map(datasetProblemOf),
      outcomes: fileOutcomes,
    };
  });
  const documents = planned.flatMap(({ plan }) => plan?.documents.map((document) => document.preview) ?? []);
  const conflicts = planned.flatMap(({ plan }) => plan?.conflicts ?? []);
  return {
    previewId,
    files,
    documents: documents.slice(0, LISTED),
    documentsLeftOut: Math.max(0, documents.length - LISTED),
    conflicts: conflicts.slice(0, LISTED),
    conflictsLeftOut: Math.max(0, conflicts.length - LISTED),
    outcomes,
  };
}
