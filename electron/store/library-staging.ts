/**
 * Import batches: documents an import has stored but not yet published. Their entries carry the
 * batch, which keeps them out of the library, its counts and its search until the import
 * finishes and publishes them in one transaction; a cancelled or failed import deletes them.
 */
import type { Db } from './database';

export class ImportBatchRepository {
  private readonly createStatement;
  private readonly stageStatement;
  private readonly publishStatement;
  private readonly forgetStatement;
  private readonly discardStatement;
  private readonly batchesStatement;

  constructor(db: Db) {
    this.createStatement = db.prepare('INSERT INTO import_batches (id, pid, started_at) VALUES (?, ?, ?)');
    this.stageStatement = db.prepare('UPDATE library_entries SET import_batch = ? WHERE document_id = ? AND import_batch IS NULL');
    this.publishStatement = db.prepare('UPDATE library_entries SET import_batch = NULL WHERE import_batch = ?');
    this.forgetStatement = db.prepare('DELETE FROM import_batches WHERE id = ?');
    this.discardStatement = db.prepare(`
      DELETE FROM documents WHERE id IN (SELECT document_id FROM library_entries WHERE import_batch = ? LIMIT ?)`);
    this.batchesStatement = db.prepare<[], { id: string; pid: number }>('SELECT id, pid FROM import_batches ORDER BY started_at');
  }

  /** Records a new batch for the importing process `pid`. */
  create(id: string, pid: number, now: string): void {
    this.createStatement.run(id, pid, now);
  }

  /** Puts a document just stored into the batch, out of the library's sight. */
  stage(batchId: string, documentId: string): void {
    this.stageStatement.run(batchId, documentId);
  }

  /** Brings the batch's documents into the library and forgets the batch; answers how many there were. */
  publish(batchId: string): number {
    const published = this.publishStatement.run(batchId).changes;
    this.forgetStatement.run(batchId);
    return published;
  }

  /** Deletes up to `limit` of the batch's documents; once none is left, forgets the batch. Answers how many went. */
  discard(batchId: string, limit: number): number {
    const discarded = this.discardStatement.run(batchId, limit).changes;
    if (discarded === 0) this.forgetStatement.run(batchId);
    return discarded;
  }

  /** Every batch not yet published or discarded, with the process that imports it. */
  batches(): { id: string; pid: number }[] {
    return this.batchesStatement.all();
  }
}
