/** Asking the host's native save dialog where a file goes. */
import { api } from './api';

/**
 * The path the user chose, or null when they cancelled or the host has no native dialogs (the
 * browser: there the path is typed). `extension` (without its dot) filters the files shown.
 */
export async function askSavePath(title: string, defaultPath: string, extension: string | null): Promise<string | null> {
  const filters = extension ? [{ name: `${extension} files`, extensions: [extension] }] : [];
  return (await api.chooseSavePath({ title, defaultName: defaultPath, filters })).path;
}
