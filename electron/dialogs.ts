/** Native file dialogs for the desktop app, attached to its window. */
import { dialog, type BrowserWindow } from 'electron';
import type { Platform } from './api/platform';

export function nativeDialogs(window: () => BrowserWindow | null): Platform {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const parent = window();
      const options = { title, defaultPath: defaultName, filters };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPaths({ title, filters, folders, multiple }) {
      const properties: ('openFile' | 'openDirectory' | 'multiSelections')[] = [folders ? 'openDirectory' : 'openFile'];
      if (multiple) properties.push('multiSelections');
      const parent = window();
      const options = { title, filters, properties };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths;
    },
  };
}
