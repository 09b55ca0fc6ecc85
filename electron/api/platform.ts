/**
 * What only the desktop app can do: native file dialogs. The web host has none, and the
 * interface then asks for paths on the machine running the host instead.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Platform {
  /** Asks where to save a file; null when the user cancels. */
  chooseSavePath?(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Asks for files or folders to open; null when the user cancels. */
  chooseOpenPaths?(options: { title: string; filters: FileFilter[]; folders: boolean; multiple: boolean }): Promise<string[] | null>;
}
