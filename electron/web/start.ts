/**
 * `npm run web`: runs the app in the system browser where the desktop app cannot run. Opens the
 * same database as the desktop app (or `--db PATH`), imports the sample article into an empty
 * library, serves the built renderer and the API on 127.0.0.1 and prints the address.
 */
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import open from 'open';
import { APP_NAME } from '../../shared/app';
import { createDispatcher } from '../api/dispatch';
import { createServices } from '../services';
import { importSampleArticlesIfEmpty } from '../services/sample-articles';
import { defaultDatabasePath } from '../store/data-path';
import { openDatabase } from '../store/database';
import { startWebHost } from './server';

const usage = `Usage: npm run web -- [--db PATH] [--port N] [--no-open] [--reviewer NAME]

  --db PATH        database file (default: ${defaultDatabasePath()})
  --port N         port on 127.0.0.1 (default: a free one)
  --no-open        do not open the system browser
  --reviewer NAME  name recorded on new annotations (default: your user name)`;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '0' },
      'no-open': { type: 'boolean', default: false },
      reviewer: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${values.port}"`);
  return { ...values, port };
}

async function main() {
  const options = parseOptions();
  if (options.help) {
    console.log(usage);
    return;
  }
  const databasePath = resolve(options.db ?? defaultDatabasePath());
  const db = openDatabase(databasePath);
  const services = createServices(db, { reviewer: options.reviewer ?? userInfo().username, databasePath });
  importSampleArticlesIfEmpty(services.documents, fileURLToPath(new URL('../../seeds', import.meta.url)));
  const host = await startWebHost({
    dispatch: createDispatcher(services),
    rendererDirectory: fileURLToPath(new URL('../renderer', import.meta.url)),
    port: options.port,
  });
  console.log(`${APP_NAME} is running at ${host.url}`);
  console.log(`Database: ${databasePath}`);
  console.log('Press Ctrl+C to stop.');

  const stop = async () => {
    await host.close();
    db.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  if (!options['no-open']) {
    open(host.url).catch(() => console.log('Open the address above in your browser.'));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
