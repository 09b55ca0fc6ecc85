/**
 * Launching the built desktop app with Playwright's Electron driver, on a user-data folder of the
 * test's own. The Electron binary is looked for without loading the `electron` package, whose
 * entry point downloads the binary when it is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';

/** The checkout: `electron .` runs the app from here, `out/main/index.js` being its entry. */
export const appRoot = fileURLToPath(new URL('../../..', import.meta.url));

const electronPackage = join(appRoot, 'node_modules', 'electron');
const mainEntry = join(appRoot, 'out', 'main', 'index.js');

/** Where the Electron binary is, following the `electron` package's own rules, or null when it is missing. */
function electronBinary(): string | null {
  const pathFile = join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let binary: string | null = null;
  if (override) binary = join(override, relative || 'electron');
  else if (relative) binary = join(electronPackage, 'dist', relative);
  return binary && existsSync(binary) ? binary : null;
}

/**
 * Why the desktop app cannot be driven on this machine, in one line, or null when it can: the
 * Electron binary has not been downloaded, or there is no display to open a window on.
 */
export function whyElectronCannotRun(): string | null {
  if (!electronBinary()) return 'the Electron binary is not installed (node_modules/electron/dist is missing)';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'there is no display (run the tests under xvfb-run)';
  }
  return null;
}

export interface RunningApp {
  app: ElectronApplication;
  window: Page;
}

/** Starts the built app on `userDataFolder` and waits for its window to show the article. */
export async function launchDesktopApp(userDataFolder: string): Promise<RunningApp> {
  if (!existsSync(mainEntry)) throw new Error(`${mainEntry} is missing: run "npm run build" first`);
  const env = { ...process.env } as Record<string, string>;
  // A development-server address or run-as-node flag from the calling shell would change what starts.
  delete env.ELECTRON_RENDERER_URL;
  delete env.ELECTRON_RUN_AS_NODE;
  // Playwright finds the binary through the `electron` package, which is safe once the binary is there.
  const app = await _electron.launch({ args: [appRoot, `--user-data-dir=${userDataFolder}`], env, cwd: appRoot });
  const window = await app.firstWindow();
  await window.getByRole('textbox', { name: 'Article text' }).waitFor();
  return { app, window };
}
