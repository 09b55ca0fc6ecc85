/**
 * The command line: finds the command named first, runs it, and turns what goes wrong into a
 * message on standard error and an exit code (see `exitCodes`).
 */
import { APP_NAME } from '../../shared/app';
import { DataError, exitCodes, UsageError, type CliCommand, type CliIo, type ExitCode } from './command';
import { commands } from './commands';

const name = APP_NAME.toLowerCase();

function overview(version: string): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return `${APP_NAME} ${version}: articles, labelled datasets and annotated reports from the command line.

Usage: ${name} COMMAND [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Run "${name} COMMAND --help" for a command's options. Every command takes --db PATH (default: the
database the app uses).

Exit codes: 0 done; 1 bad input or data (nothing was changed); 2 wrong usage; 70 an internal
error; 130 stopped with Ctrl+C (nothing was written).`;
}

/** Runs the command line `args` (without the program name); answers the exit code. */
export async function runCli(args: readonly string[], io: CliIo, version: string): Promise<ExitCode> {
  const [first, ...rest] = args;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.out(`${overview(version)}\n`);
    return first === undefined ? exitCodes.usage : exitCodes.ok;
  }
  if (first === '--version') {
    io.out(`${version}\n`);
    return exitCodes.ok;
  }
  const command: CliCommand | undefined = commands.find((candidate) => candidate.name === first);
  if (!command) {
    io.err(`${name}: "${first}" is not a command. Commands: ${commands.map((candidate) => candidate.name).join(', ')}. See "${name} --help".\n`);
    return exitCodes.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${name} ${command.name}: ${error.message}\nSee "${name} ${command.name} --help".\n`);
      return exitCodes.usage;
    }
    if (error instanceof DataError) {
      io.err(`${name} ${command.name}: ${error.message}\n`);
      return exitCodes.dataError;
    }
    io.err(`${name} ${command.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return exitCodes.internal;
  }
}
