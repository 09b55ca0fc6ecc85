/**
 * Printing reports to PDF in the desktop app with Electron's own engine: a hidden window, in a
 * session of its own that refuses every request but the report itself, with JavaScript off, loads
 * the report's HTML as data and prints it. Paper size and page numbers come from the report's print
 * stylesheet, as in the headless Chromium the CLI and the web host use.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session, type Session } from 'electron';
import { APP_NAME } from '../shared/app';
import type { ReportPdfPrinter } from './api/platform';

/** Chromium refuses to load URLs longer than 2 MiB; a larger report is loaded from a private file. */
const DATA_URL_LIMIT = 2 * 1024 * 1024 - 1024;

/** The files of larger reports being printed now: the only file URLs the session loads. */
const printingFiles = new Set<string>();
let printingSession: Session | undefined;

/** An in-memory session (no `persist:`) that loads nothing but data and the report files being printed. */
function reportSession(): Session {
  if (printingSession) return printingSession;
  const created = session.fromPartition('report-printing');
  created.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !(details.url.startsWith('data:') || printingFiles.has(details.url)) }));
  created.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  created.setPermissionCheckHandler(() => false);
  printingSession = created;
  return created;
}

async function load(window: BrowserWindow, html: string): Promise<void> {
  const dataUrl = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  if (dataUrl.length <= DATA_URL_LIMIT) {
    await window.loadURL(dataUrl);
    return;
  }
  const folder = await mkdtemp(join(tmpdir(), `${APP_NAME.toLowerCase()}-report-`));
  const file = join(folder, 'report.html');
  const url = pathToFileURL(file).href;
  try {
    await writeFile(file, html, 'utf8');
    printingFiles.add(url);
    await window.loadURL(url);
  } finally {
    printingFiles.delete(url);
    await rm(folder, { recursive: true, force: true });
  }
}

/** Prints with a hidden window that is destroyed afterwards; fails with a message in words. */
export const printReportWithElectron: ReportPdfPrinter = async (html, pageSize) => {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: reportSession(),
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  try {
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await load(window, html);
    const pdf = await window.webContents.printToPDF({
      pageSize,
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } catch (error) {
    throw new Error(`The report could not be printed to PDF: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    window.destroy();
  }
};
