/** The commands of the command line, in the order the help lists them. A new command is one module added here. */
import type { CliCommand } from '../command';
import { addCommand } from './add';
import { exportCommand } from './export';
import { importCommand } from './import';
import { reportCommand } from './report';
import { statsCommand } from './stats';

export const commands: readonly CliCommand[] = [addCommand, importCommand, exportCommand, reportCommand, statsCommand];
