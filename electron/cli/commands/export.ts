/** `factmark export`: writes the library, or part of it, as a labelled dataset. */
import { exportScopeSchema, parseSplitRatios, type ExportRequest, type ExportScope } from '../../../shared/datasets';
import { formatIds, formats, type FormatId } from '../../../shared/formats';
import { resolveLabel } from '../../../shared/formats/label-names';
import type { LabelId } from '../../../shared/labels';
import { documentStatuses, type DocumentStatus } from '../../../shared/model';
import { JobCancelledError } from '../../services/jobs';
import { ServiceError } from '../../services/errors';
import { DataError, exitCodes, listOption, parseCommandArgs, UsageError, type CliCommand } from '../command';
import { openLibrary } from '../library';
import { cliProgress } from '../progress';
import { listProblems } from '../problems';

const help = `Usage: factmark export --format FORMAT --out PATH [options]

Writes the documents of the library with their annotations as a labelled dataset.

  --format FORMAT        ${formatIds.join(', ')}
  --out PATH             the file to write; a folder for brat, Label Studio and any split
  --split 80/10/10       split documents into train/dev/test (or 90/10: train/test)
  --seed SEED            the same seed puts each document in the same part (default 0)
  --labels a,b           write only these labels (ids or names); all by default
  --tokens               spaCy-style JSONL: add each document's tokens

Which documents (all by default; every condition given must hold):
  --document ID          this document only
  --status s,t           with one of these statuses: ${documentStatuses.join(', ')}
  --with-labels a,b      with at least one annotation of one of these labels
  --from DATE            published on or after DATE (YYYY-MM-DD)
  --to DATE              published on or before DATE
  --reviewer NAME        annotated by NAME, with only NAME's annotations

  --db PATH              the database (default: the app's own)
  --progress             show progress on standard error even when it is not a terminal
  -h, --help             show this help

An existing file at --out is replaced; a folder must be new or empty. Ctrl+C stops the export
and removes what it wrote.`;

function labelList(name: string, value: string | undefined): LabelId[] | undefined {
  return listOption(name, value)?.map((written) => {
    const label = resolveLabel(written);
    if (!label) throw new UsageError(`--${name}: "${written}" is not a label (verified_fact, attributed_claim, casualty_figure, opinion)`);
    return label;
  });
}

function statusList(value: string | undefined): DocumentStatus[] | undefined {
  return listOption('status', value)?.map((status) => {
    if (!(documentStatuses as readonly string[]).includes(status)) throw new UsageError(`--status: "${status}" is not one of ${documentStatuses.join(', ')}`);
    return status as DocumentStatus;
  });
}

/** The option that sets each condition of the scope, for messages. */
const scopeOptions: Record<keyof ExportScope, string> = {
  documentId: '--document',
  statuses: '--status',
  withLabels: '--with-labels',
  publishedFrom: '--from',
  publishedTo: '--to',
  reviewer: '--reviewer',
};

/** The export the arguments ask for, checked. */
function exportRequest(values: ReturnType<typeof parse>['values']): ExportRequest {
  if (!values.format) throw new UsageError('--format is required');
  if (!(formatIds as readonly string[]).includes(values.format)) throw new UsageError(`--format: "${values.format}" is not one of ${formatIds.join(', ')}`);
  if (!values.out) throw new UsageError('--out is required');
  if (values.seed !== undefined && values.split === undefined) throw new UsageError('--seed is for a --split');
  const ratios = values.split === undefined ? undefined : parseSplitRatios(values.split);
  if (typeof ratios === 'string') throw new UsageError(`--split: ${ratios}`);
  const scope = exportScopeSchema.safeParse({
    documentId: values.document,
    statuses: statusList(values.status),
    withLabels: labelList('with-labels', values['with-labels']),
    publishedFrom: values.from,
    publishedTo: values.to,
    reviewer: values.reviewer,
  } satisfies Record<keyof ExportScope, unknown>);
  if (!scope.success) {
    const issue = scope.error.issues[0]!;
    throw new UsageError(`${scopeOptions[issue.path[0] as keyof ExportScope]}: ${issue.message}`);
  }
  const labels = labelList('labels', values.labels);
  return {
    format: values.format as FormatId,
    path: values.out,
    scope: scope.data,
    ...(labels ? { labels } : {}),
    ...(ratios ? { split: { ratios, seed: values.seed ?? '0' } } : {}),
    ...(values.tokens ? { tokens: true } : {}),
  };
}

function parse(args: readonly string[]) {
  return parseCommandArgs(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    split: { type: 'string' },
    seed: { type: 'string' },
    labels: { type: 'string' },
    tokens: { type: 'boolean' },
    document: { type: 'string' },
    status: { type: 'string' },
    'with-labels': { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    reviewer: { type: 'string' },
    progress: { type: 'boolean' },
  });
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write the library, or part of it, as a labelled dataset',
  help,
  async run(args, io) {
    const { values } = parse(args);
    if (values.help) {
      io.out(`${help}\n`);
      return exitCodes.ok;
    }
    const request = exportRequest(values);
    const library = openLibrary(values.db, { create: false });
    const progress = cliProgress(io, values.progress);
    try {
      const result = await library.services.datasets.export(request, progress);
      progress.finish();
      const splits = result.splits.map((split) => `${split.name} ${split.documents.toLocaleString('en-US')}`).join(', ');
      io.out(
        `Exported ${result.documents.toLocaleString('en-US')} documents and ${result.annotations.toLocaleString('en-US')} annotations as ${formats[request.format].name} to ${result.path}${splits ? ` (${splits})` : ''}\n`,
      );
      listProblems(io, 'left out or worth knowing', result.notices, result.noticesLeftOut);
      return exitCodes.ok;
    } catch (error) {
      progress.finish();
      if (error instanceof JobCancelledError) {
        io.err('Export cancelled: nothing was written\n');
        return exitCodes.interrupted;
      }
      // The service's refusals and the file system's (no space, no permission) are the user's to fix.
      if (error instanceof ServiceError || (error as NodeJS.ErrnoException).syscall !== undefined) throw new DataError((error as Error).message);
      throw error;
    } finally {
      library.close();
    }
  },
};
