/** Counts over the whole library: documents by status, annotations by label, reviewer and verdict. */
import type { Db } from './database';
import { labelIds, type LabelId } from '../../shared/labels';
import { documentStatuses, type DocumentStatus } from '../../shared/model';

export interface LibraryStats {
  documents: number;
  documentsByStatus: Record<DocumentStatus, number>;
  annotations: number;
  annotationsByLabel: Record<LabelId, number>;
  /** Annotations each reviewer made, most first. */
  annotationsByReviewer: { reviewer: string; annotations: number }[];
  /** Verdicts of the labels that have one (attributed claims, casualty figures). */
  annotationsByVerdict: { label: LabelId; verdict: string; annotations: number }[];
  /** Annotations whose text is no longer in their document. */
  orphaned: number;
}

export class DatasetStatsQueries {
  private readonly statusStatement;
  private readonly labelStatement;
  private readonly reviewerStatement;
  private readonly verdictStatement;
  private readonly orphanedStatement;

  constructor(db: Db) {
    this.statusStatement = db.prepare<[], { status: DocumentStatus; count: number }>(
      'SELECT status, count(*) AS count FROM documents GROUP BY status',
    );
    this.labelStatement = db.prepare<[], { label: LabelId; count: number }>('SELECT label, count(*) AS count FROM annotations GROUP BY label');
    this.reviewerStatement = db.prepare<[], { reviewer: string; annotations: number }>(
      'SELECT reviewer, count(*) AS annotations FROM annotations GROUP BY reviewer ORDER BY annotations DESC, reviewer',
    );
    this.verdictStatement = db.prepare<[], { label: LabelId; verdict: string; annotations: number }>(`
      SELECT label, json_extract(attributes, '$.verdict') AS verdict, count(*) AS annotations
      FROM annotations WHERE json_extract(attributes, '$.verdict') IS NOT NULL
      GROUP BY label, verdict ORDER BY label, annotations DESC, verdict`);
    this.orphanedStatement = db.prepare<[], number>("SELECT count(*) FROM annotations WHERE anchor = 'orphaned'").pluck();
  }

  stats(): LibraryStats {
    const documentsByStatus = Object.fromEntries(documentStatuses.map((status) => [status, 0])) as Record<DocumentStatus, number>;
    for (const { status, count } of this.statusStatement.all()) documentsByStatus[status] = count;
    const annotationsByLabel = Object.fromEntries(labelIds.map((label) => [label, 0])) as Record<LabelId, number>;
    for (const { label, count } of this.labelStatement.all()) annotationsByLabel[label] = count;
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);
    return {
      documents: sum(documentsByStatus),
      documentsByStatus,
      annotations: sum(annotationsByLabel),
      annotationsByLabel,
      annotationsByReviewer: this.reviewerStatement.all(),
      annotationsByVerdict: this.verdictStatement.all(),
      orphaned: this.orphanedStatement.get()!,
    };
  }
}
