/** The product's name, kept in one place so that it can change. */
export const APP_NAME = 'Factmark';

/** Folder name of the user-data directory, shared by the desktop app, the web host and the CLI. */
export const APP_DATA_FOLDER = APP_NAME;

/** File name of the SQLite database inside the user-data directory. */
export const DATABASE_FILE = 'factmark.sqlite';
