/** The database file cannot be used: it is not SQLite, or it was written by a newer version. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`Cannot open the database ${path}: ${reason}`);
    this.name = 'DatabaseOpenError';
  }
}
