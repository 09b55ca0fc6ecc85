/**
 * Finding the Chromium (or Chrome) installed on the machine and launching it headless, off the
 * network. Reports are printed to PDF with it outside the desktop app (the CLI, the web host), and
 * the end-to-end tests drive it. Nothing is downloaded: the browser must be installed.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const candidateNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge'];

/** Where browsers install themselves outside the PATH, per platform. */
function installedLocations(): string[] {
  if (process.platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (process.platform === 'win32') {
    const roots = [process.env['PROGRAMFILES'], process.env['PROGRAMFILES(X86)'], process.env['LOCALAPPDATA']].filter(
      (root): root is string => Boolean(root),
    );
    return roots.flatMap((root) => [join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe')]);
  }
  return [];
}

export class ChromiumNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChromiumNotFoundError';
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to drive: `CHROME_PATH` if set, else the first Chromium, Chrome or Edge on the PATH,
 * else one in its usual install location. Raises ChromiumNotFoundError saying how to get one.
 */
export function findChromium(): string {
  const configured = process.env['CHROME_PATH'];
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new ChromiumNotFoundError(`CHROME_PATH is set to ${configured}, which is not an executable file`);
  }
  const suffix = process.platform === 'win32' ? '.exe' : '';
  for (const folder of (process.env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    for (const name of candidateNames) {
      const path = join(folder, name + suffix);
      if (isExecutable(path)) return path;
    }
  }
  const installed = installedLocations().find(isExecutable);
  if (installed) return installed;
  throw new ChromiumNotFoundError(
    'No Chromium, Chrome or Edge was found: install one (Debian: apt-get install -y chromium) or set CHROME_PATH to its executable',
  );
}

/** Flags that keep a headless Chromium off the network and quiet on a machine without a display. */
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

/** Launches the installed Chromium headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumFlags, headless: true });
}
