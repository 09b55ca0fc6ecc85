/** Runs the built web host (`out/main/web.js`) as a child process on a database of the test's own. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const entry = fileURLToPath(new URL('../../../out/main/web.js', import.meta.url));

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

/** Starts the web host and resolves once it prints its address. */
export function startHost(databasePath: string): Promise<RunningHost> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run "npm run build" first`);
  const child: ChildProcess = spawn(process.execPath, [entry, '--db', databasePath, '--no-open', '--reviewer', 'e2e reviewer'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The web host did not start:\n${output}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const url = new URL(match[1]!);
      resolve({
        url: url.href,
        origin: url.origin,
        token: url.searchParams.get('token')!,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited with code ${code}:\n${output}`));
    });
  });
}

/** Reads the database as the test sees it, without disturbing the running host. */
export function queryDatabase<T>(databasePath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
