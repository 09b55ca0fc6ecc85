/**
 * Loading a long list page by page as it scrolls: pages are fetched once each when rows in them
 * are shown, and answers to requests made before the list last changed are dropped.
 */
import { errorMessage } from '../api';

export interface PagedRows<Row> {
  /** Rows passing the list's query; null before the first page arrives. */
  total: number | null;
  /** Loaded rows by their index in the list. */
  rows: ReadonlyMap<number, Row>;
  error: string | null;
}

export interface PagedLoaderOptions<Row> {
  pageSize: number;
  fetch(offset: number, limit: number): Promise<{ total: number; rows: Row[] }>;
  current(): PagedRows<Row>;
  update(rows: Partial<PagedRows<Row>>): void;
}

export class PagedLoader<Row> {
  private requested = new Set<number>();
  private generation = 0;
  private shown = { first: 0, last: 0 };

  constructor(private readonly options: PagedLoaderOptions<Row>) {}

  /** Makes sure the rows from `first` to `last` are loaded or on their way. */
  show(first: number, last: number): void {
    const { pageSize } = this.options;
    this.shown = { first, last: Math.max(first, last) };
    for (let page = Math.floor(first / pageSize); page <= Math.floor(this.shown.last / pageSize); page++) {
      if (this.requested.has(page)) continue;
      this.requested.add(page);
      void this.load(page);
    }
  }

  /** Starts the list afresh after its query or its data changed; `keepRows` shows the old rows until new ones arrive. */
  reset(keepRows: boolean): void {
    this.generation++;
    this.requested = new Set();
    if (!keepRows) this.options.update({ rows: new Map(), total: null, error: null });
    this.show(this.shown.first, this.shown.last);
  }

  private async load(page: number): Promise<void> {
    const { pageSize, fetch, current, update } = this.options;
    const asked = this.generation;
    try {
      const result = await fetch(page * pageSize, pageSize);
      if (asked !== this.generation) return;
      const rows = new Map(current().rows);
      result.rows.forEach((row, index) => rows.set(page * pageSize + index, row));
      for (const index of rows.keys()) if (index >= result.total) rows.delete(index);
      update({ rows, total: result.total, error: null });
    } catch (error) {
      this.requested.delete(page);
      if (asked === this.generation) update({ error: errorMessage(error) });
    }
  }
}
