/** `factmark`: the command line over the same services as the app, run by Node with no Electron. */
import { version } from '../../package.json';
import { runCli } from './run';

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    stderrIsTerminal: process.stderr.isTTY === true,
    onInterrupt(handler) {
      const onSignal = () => {
        handler();
        // A second Ctrl+C does not wait for the work to stop.
        process.once('SIGINT', () => process.exit(130));
      };
      process.once('SIGINT', onSignal);
      return () => process.off('SIGINT', onSignal);
    },
  },
  version,
);
