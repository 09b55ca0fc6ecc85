/** Links the page asks to open go to the system browser, and only http(s) after the user agrees. */
import { dialog, shell, type BrowserWindow } from 'electron';
import { externalWebLink } from './app-url';

/**
 * Asks the user whether to open `url` in the system browser and opens it if they agree.
 * Anything that is not an http(s) address is ignored without asking.
 */
export async function openLinkAfterConfirming(parent: BrowserWindow, url: string): Promise<void> {
  const link = externalWebLink(url);
  if (!link) return;
  const { response } = await dialog.showMessageBox(parent, {
    type: 'question',
    title: 'Open link',
    message: 'Open this link in your web browser?',
    detail: link,
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  if (response !== 0) return;
  try {
    await shell.openExternal(link);
  } catch (error) {
    dialog.showErrorBox('Cannot open the link', `${link}\n\n${error instanceof Error ? error.message : String(error)}`);
  }
}
