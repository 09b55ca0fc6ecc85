/** How the library names statuses and columns to the reviewer. */
import type { DocumentStatus } from '../../shared/model';

export const statusNames: Record<DocumentStatus, string> = {
  new: 'New',
  in_progress: 'In progress',
  done: 'Done',
  reviewed: 'Reviewed',
};

/** A count in words: "1 article", "2,400 articles". */
export function counted(value: number, one: string, many = `${one}s`): string {
  return `${value.toLocaleString()} ${value === 1 ? one : many}`;
}
