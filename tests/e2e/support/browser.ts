/** Finds the system Chromium and launches it headless for end-to-end tests, with no network. */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const candidateNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to drive: `CHROME_PATH` if set, else the first Chromium or Chrome on the PATH. */
export function findChromium(): string {
  const configured = process.env.CHROME_PATH;
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new Error(`CHROME_PATH is set to ${configured}, which is not an executable file`);
  }
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of candidateNames) {
      const path = join(folder, name);
      if (isExecutable(path)) return path;
    }
  }
  throw new Error(
    'No Chromium or Chrome found for the end-to-end tests: install one (Debian: apt-get install -y chromium) or set CHROME_PATH',
  );
}

/** Flags that keep a headless Chromium off the network and quiet on a machine without one. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Launches the system Chromium headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumFlags, headless: true });
}
