/**
 * What every command of the command line shares: its exit codes, the errors that choose them, the
 * streams it writes to, and reading its arguments.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** Exit codes scripts can rely on. */
export const exitCodes = {
  ok: 0,
  /** Bad input or data: a file with errors, a database that cannot be opened, an export that cannot be written. */
  dataError: 1,
  /** The command line itself is wrong: an unknown command or option, a missing or malformed value. */
  usage: 2,
  /** Something went wrong that is not the input's fault. */
  internal: 70,
  /** Stopped by Ctrl+C; nothing was written. */
  interrupted: 130,
} as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** The command line is wrong; the message says how, and the command's usage follows it. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The input or the data is wrong; the message says what, naming the file and line where there are some. */
export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}

/** Where a command writes: results on standard output, errors and progress on standard error. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether standard error is a terminal, where progress is shown by default. */
  stderrIsTerminal: boolean;
  /** Calls `handler` on Ctrl+C until the returned function is called. */
  onInterrupt(handler: () => void): () => void;
}

export interface CliCommand {
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** The command's help: its usage line, arguments and options. */
  help: string;
  run(args: readonly string[], io: CliIo): Promise<ExitCode>;
}

/** Options every command takes. */
export const commonOptions = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsOptionsConfig;

/** Reads a command's arguments, turning what `parseArgs` rejects into a usage error in words. */
export function parseCommandArgs<T extends ParseArgsOptionsConfig>(args: readonly string[], options: T, positionals = false) {
  try {
    return parseArgs({ args: [...args], options: { ...commonOptions, ...options }, allowPositionals: positionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/su, ''));
  }
}

/** A comma-separated list option: its items, trimmed, none empty. */
export function listOption(name: string, value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) throw new UsageError(`--${name} takes a comma-separated list, such as a,b`);
  return items;
}
