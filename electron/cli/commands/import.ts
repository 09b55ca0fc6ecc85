/** `factmark import`: reads annotation files in the dataset formats into the library. */
import { conflictChoices, type ConflictChoice, type ImportPreview } from '../../../shared/datasets';
import { formatList, formats, type FormatId } from '../../../shared/formats';
import { exitCodes, parseCommandArgs, UsageError, type CliCommand, type CliIo } from '../command';
import { openLibrary } from '../library';
import { listProblems } from '../problems';

const readable = formatList.filter((format) => format.canRead).map((format) => format.id);

const help = `Usage: factmark import FILE... [options]

Imports annotations from dataset files into the documents of the library. A document is found by
its id, else by its exact text; native JSON Lines also creates the documents the library lacks.
A folder stands for the dataset files in it; a brat .ann is read with the .txt beside it.

Nothing is imported if any file has errors: they are listed on standard error, naming the file,
line and annotation. Conflicts with the library (an annotation with the same id and other
content, a duplicate of one already there, a document that cannot be found) are listed and left
out; the rest is imported in one transaction.

  --format FORMAT        read every file as ${readable.join(', ')} (default: told from each file)
  --on-conflict CHOICE   keep (default) or replace annotations whose id is in the library with other content
  --dry-run              say what would be imported, and import nothing
  --reviewer NAME        recorded on annotations a file does not attribute, and in the history
                         (default: your login name)
  --db PATH              the database (default: the app's own; created if missing)
  -h, --help             show this help`;

function parse(args: readonly string[]) {
  return parseCommandArgs(
    args,
    {
      format: { type: 'string' },
      'on-conflict': { type: 'string', default: 'keep' },
      'dry-run': { type: 'boolean', default: false },
      reviewer: { type: 'string' },
    },
    true,
  );
}

function count(n: number, what: string): string {
  return `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;
}

/** What each file holds, on standard output. */
function describeFiles(io: CliIo, preview: ImportPreview): void {
  for (const file of preview.files) {
    const format = file.format ? formats[file.format].name : 'unknown format';
    io.out(`${file.file} (${format}): ${count(file.documents, 'document')}, ${count(file.annotations, 'annotation')}\n`);
  }
}

/** How the annotations found meet the library, on standard output. */
function describeOutcomes(io: CliIo, { outcomes }: ImportPreview): void {
  const n = (value: number) => value.toLocaleString('en-US');
  io.out(
    `${count(outcomes.new, 'new annotation')}, ${n(outcomes.unchanged)} unchanged, ${n(outcomes.changed)} changed, ` +
      `${n(outcomes.duplicate)} duplicates, ${n(outcomes.elsewhere + outcomes.no_document)} without a matching document\n`,
  );
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import annotations from dataset files (native JSONL, doccano, spaCy, brat, W3C, Label Studio)',
  help,
  async run(args, io) {
    const { values, positionals } = parse(args);
    if (values.help) {
      io.out(`${help}\n`);
      return exitCodes.ok;
    }
    if (positionals.length === 0) throw new UsageError('give at least one file to import');
    if (values.format !== undefined && !(readable as readonly string[]).includes(values.format)) {
      throw new UsageError(`--format: "${values.format}" is not one of ${readable.join(', ')}`);
    }
    if (!(conflictChoices as readonly string[]).includes(values['on-conflict'])) {
      throw new UsageError(`--on-conflict: "${values['on-conflict']}" is not one of ${conflictChoices.join(', ')}`);
    }
    const library = openLibrary(values.db, { create: true, ...(values.reviewer ? { reviewer: values.reviewer } : {}) });
    try {
      const { datasets } = library.services;
      const preview = await datasets.previewImport({ paths: positionals, ...(values.format ? { format: values.format as FormatId } : {}) });
      describeFiles(io, preview);
      const errors = preview.files.flatMap((file) => file.errors);
      if (errors.length > 0) {
        listProblems(io, errors.length === 1 ? 'error' : 'errors', errors);
        io.err('Nothing was imported.\n');
        library.close({ removeIfCreated: true });
        return exitCodes.dataError;
      }
      describeOutcomes(io, preview);
      listProblems(io, 'conflicts with the library, left out', preview.conflicts, preview.conflictsLeftOut);
      if (values['dry-run']) {
        datasets.discardImport(preview.previewId);
        io.out('Dry run: nothing was imported.\n');
        return exitCodes.ok;
      }
      const result = datasets.applyImport(preview.previewId, values['on-conflict'] as ConflictChoice, true);
      io.out(
        `Imported ${count(result.annotationsCreated, 'annotation')}, updated ${result.annotationsUpdated.toLocaleString('en-US')}, ` +
          `created ${count(result.documentsCreated, 'document')} in ${library.databasePath}\n`,
      );
      return exitCodes.ok;
    } finally {
      library.close();
    }
  },
};
