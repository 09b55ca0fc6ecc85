/** `factmark stats`: counts of documents and annotations, by status, label, reviewer and verdict. */
import { verdictNames, type Verdict } from '../../../shared/attributes';
import { labelList, labels } from '../../../shared/labels';
import { documentStatuses } from '../../../shared/model';
import type { LibraryStats } from '../../store/dataset-stats';
import { exitCodes, parseCommandArgs, type CliCommand } from '../command';
import { openLibrary } from '../library';

const help = `Usage: factmark stats [options]

Counts the library's documents (by status) and annotations (by label, reviewer and verdict).

  --json                 write the counts as JSON
  --db PATH              the database (default: the app's own)
  -h, --help             show this help`;

/** Rows of a name and a number, the numbers aligned. */
function table(rows: readonly (readonly [string, number])[]): string {
  const width = Math.max(0, ...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value.toLocaleString('en-US').padStart(8)}\n`).join('');
}

function describeStats(stats: LibraryStats): string {
  const statuses = documentStatuses.map((status) => `${status.replace('_', ' ')} ${stats.documentsByStatus[status].toLocaleString('en-US')}`).join(', ');
  const sections = [
    `Documents: ${stats.documents.toLocaleString('en-US')} (${statuses})\n`,
    `Annotations: ${stats.annotations.toLocaleString('en-US')}${stats.orphaned > 0 ? ` (${stats.orphaned.toLocaleString('en-US')} orphaned)` : ''}\n`,
    `\nBy label:\n${table(labelList.map((label) => [label.name, stats.annotationsByLabel[label.id]]))}`,
  ];
  if (stats.annotationsByReviewer.length > 0) {
    sections.push(`\nBy reviewer:\n${table(stats.annotationsByReviewer.map(({ reviewer, annotations }) => [reviewer || '(none)', annotations]))}`);
  }
  if (stats.annotationsByVerdict.length > 0) {
    const rows = stats.annotationsByVerdict.map(({ label, verdict, annotations }) => [`${labels[label].name}: ${verdictNames[verdict as Verdict] ?? verdict}`, annotations] as const);
    sections.push(`\nBy verdict:\n${table(rows)}`);
  }
  return sections.join('');
}

export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'count documents and annotations by status, label, reviewer and verdict',
  help,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { json: { type: 'boolean', default: false } });
    if (values.help) {
      io.out(`${help}\n`);
      return exitCodes.ok;
    }
    const library = openLibrary(values.db, { create: false });
    try {
      const stats = library.services.datasets.stats();
      io.out(values.json ? `${JSON.stringify(stats, null, 2)}\n` : describeStats(stats));
      return exitCodes.ok;
    } finally {
      library.close();
    }
  },
};
