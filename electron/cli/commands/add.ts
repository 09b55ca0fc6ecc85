/** `factmark add`: adds articles to the library from files and folders, as the app's import does. */
import type { ImportSummary } from '../../../shared/library';
import { supportedExtensions } from '../../services/import/extract';
import { JobCancelledError } from '../../services/jobs';
import { exitCodes, parseCommandArgs, UsageError, type CliCommand, type CliIo } from '../command';
import { openLibrary } from '../library';
import { cliProgress } from '../progress';

const help = `Usage: factmark add PATH... [options]

Adds articles to the library: files of plain text (UTF-8, UTF-16 with a byte-order mark, or
Windows-1252), Markdown, HTML, Word (.docx) and PDF, one article each; JSON Lines files of many
articles ({"title", "text", "url", "date", "source"} a line); and folders, for every such file in
them (${supportedExtensions.join(' ')}).

Nothing is added if any file cannot be read: each is named on standard error with the reason (and
the line, in JSON Lines). Articles that look like new versions of ones already in the library
(the same title or address) are added beside them and listed, to be merged in the app's library.

  --keep-going           add the files that can be read even when others cannot
  --progress             show progress on standard error even when it is not a terminal
  --db PATH              the database (default: the app's own; created if missing)
  -h, --help             show this help`;

const count = (value: number, one: string) => `${value.toLocaleString('en-US')} ${one}${value === 1 ? '' : 's'}`;

function describeFailures(io: CliIo, summary: ImportSummary): void {
  if (summary.failed.length === 0) return;
  io.err(`${count(summary.failed.length, 'file')} could not be read:\n`);
  for (const failure of summary.failed) io.err(`  ${failure.file}${failure.line === null ? '' : `, line ${failure.line}`}: ${failure.message}\n`);
}

function describeVersions(io: CliIo, summary: ImportSummary): void {
  if (summary.possibleVersionCount === 0) return;
  io.out(`${count(summary.possibleVersionCount, 'article')} may be a new version of one in the library:\n`);
  for (const version of summary.possibleVersions) {
    io.out(`  "${version.title}" (${version.documentId}) and "${version.existingTitle}" (${version.existingId}), same ${version.matchedBy === 'url' ? 'address' : 'title'}\n`);
  }
}

export const addCommand: CliCommand = {
  name: 'add',
  summary: 'add articles to the library from text, Markdown, HTML, Word, PDF and JSON Lines files or folders',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { 'keep-going': { type: 'boolean', default: false }, progress: { type: 'boolean' } },
      true,
    );
    if (values.help) {
      io.out(`${help}\n`);
      return exitCodes.ok;
    }
    if (positionals.length === 0) throw new UsageError('give at least one file or folder to add');
    const library = openLibrary(values.db, { create: true });
    const progress = cliProgress(io, values.progress);
    let added = false;
    try {
      const summary = await library.services.libraryImports.run({ kind: 'paths', paths: positionals }, progress, { allOrNothing: !values['keep-going'] });
      progress.finish();
      added = summary.imported > 0;
      describeFailures(io, summary);
      for (const skipped of summary.skipped) io.err(`  left out ${skipped.file}: ${skipped.reason}\n`);
      if (summary.failed.length > 0 && !values['keep-going']) {
        io.err('Nothing was added.\n');
        return exitCodes.dataError;
      }
      io.out(`Added ${count(summary.imported, 'article')} to ${library.databasePath}\n`);
      describeVersions(io, summary);
      return summary.failed.length > 0 ? exitCodes.dataError : exitCodes.ok;
    } catch (error) {
      progress.finish();
      if (error instanceof JobCancelledError) {
        io.err('Stopped: nothing was added\n');
        return exitCodes.interrupted;
      }
      throw error;
    } finally {
      library.close({ removeIfCreated: !added });
    }
  },
};
