/** Listing problems and notices on standard error: the first ones, then how many more. */
import type { DatasetProblem } from '../../shared/datasets';
import type { CliIo } from './command';

/** Problems listed before the rest are only counted. */
const LISTED = 20;

/** Writes a heading and the first problems' messages to standard error; nothing when there are none. */
export function listProblems(io: CliIo, heading: string, problems: readonly DatasetProblem[], leftOut = 0): void {
  const total = problems.length + leftOut;
  if (total === 0) return;
  io.err(`${total.toLocaleString('en-US')} ${heading}:\n`);
  for (const problem of problems.slice(0, LISTED)) io.err(`  ${problem.message}\n`);
  if (total > LISTED) io.err(`  … and ${(total - LISTED).toLocaleString('en-US')} more\n`);
}
