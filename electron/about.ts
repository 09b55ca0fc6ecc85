/** The About box: the app's name and version, and the runtime it is built on. */
import { app, dialog, type BrowserWindow } from 'electron';
import { APP_NAME } from '../shared/app';

/** Shows the About box, attached to `parent` when there is a window. */
export async function showAboutDialog(parent: BrowserWindow | null): Promise<void> {
  const options = {
    type: 'info' as const,
    title: `About ${APP_NAME}`,
    message: `${APP_NAME} ${app.getVersion()}`,
    detail: [
      'An editor for fact-checkers: mark up news articles and keep the annotations in a local database.',
      '',
      `Electron ${process.versions.electron}, Chromium ${process.versions.chrome}, Node.js ${process.versions.node}`,
    ].join('\n'),
    buttons: ['OK'],
    noLink: true,
  };
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
