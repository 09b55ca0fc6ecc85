/**
 * The files an import of annotations reads: paths on this machine (a folder stands for the dataset
 * files in it) or files sent through the API, each decoded as UTF-8, with its format told from the
 * request or from the file, and for brat the `.txt` beside each `.ann`.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { TextDecoder } from 'node:util';
import { formats, guessFormat, type FormatId, type FormatInfo, type SourceFile } from '../../../shared/formats';
import type { UploadedFile } from '../../../shared/uploads';

/** The largest dataset file read; readers need the whole text in memory. */
export const MAX_DATASET_FILE_BYTES = 256 * 1024 * 1024;

/** File extensions a folder is searched for. */
const datasetExtensions = new Set(['.ann', '.jsonl', '.json', '.jsonld']);

/** A file ready to read, or why it cannot be. */
export type DatasetFile =
  | { name: string; format: FormatInfo; source: SourceFile; companion?: SourceFile }
  | { name: string; format: FormatInfo | undefined; problem: string };

interface RawFile {
  name: string;
  bytes: Uint8Array;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(file: RawFile): SourceFile | string {
  try {
    return { name: file.name, content: utf8.decode(file.bytes) };
  } catch {
    return 'the file is not UTF-8 text';
  }
}

function stemOf(name: string): string {
  return name.slice(0, name.length - extname(name).length);
}

/** A dataset file, with its companion found by `companionOf`, read as `forced` or as detected. */
async function prepare(
  file: RawFile,
  companionOf: (file: RawFile, extension: string) => Promise<RawFile | undefined>,
  forced: FormatId | undefined,
): Promise<DatasetFile> {
  const source = decode(file);
  if (typeof source === 'string') return { name: file.name, format: undefined, problem: source };
  const format = forced ? formats[forced] : guessFormat(source);
  if (!format) return { name: file.name, format, problem: 'its format cannot be told from its name and content; choose the format' };
  if (!format.read) return { name: file.name, format, problem: `${format.name} files are written by exports but cannot be imported` };
  if (!format.companionExtension) return { name: file.name, format, source };
  const companionFile = await companionOf(file, format.companionExtension);
  const companion = companionFile ? decode(companionFile) : undefined;
  if (typeof companion === 'string') return { name: file.name, format, problem: `${companionFile!.name}: ${companion}` };
  return { name: file.name, format, source, ...(companion ? { companion } : {}) };
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && datasetExtensions.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

async function readRaw(path: string): Promise<RawFile | string> {
  try {
    const info = await stat(path);
    if (info.size > MAX_DATASET_FILE_BYTES) return `the file is ${Math.round(info.size / 1024 / 1024)} MB; files over ${MAX_DATASET_FILE_BYTES / 1024 / 1024} MB cannot be imported`;
    return { name: path, bytes: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'there is no such file';
    if (code === 'EACCES' || code === 'EPERM') return 'the file cannot be read (permission denied)';
    return `the file cannot be read (${code ?? (error as Error).message})`;
  }
}

/**
 * The files at `paths`: a folder gives its `.ann`, `.jsonl`, `.json` and `.jsonld` files (in
 * sub-folders too); a brat `.txt` is read with its `.ann` and not on its own.
 */
export async function datasetFilesAtPaths(paths: readonly string[], forced?: FormatId): Promise<DatasetFile[]> {
  const expanded: string[] = [];
  for (const path of paths) {
    // A path that cannot be read is reported when it is read, below.
    const info = await stat(path).catch(() => undefined);
    expanded.push(...(info?.isDirectory() ? await filesUnder(path) : [path]));
  }
  const annStems = new Set(expanded.filter((path) => extname(path).toLowerCase() === '.ann').map(stemOf));
  const wanted = expanded.filter((path) => !(extname(path).toLowerCase() === '.txt' && annStems.has(stemOf(path))));
  const companionOf = async (file: RawFile, extension: string) => {
    const found = await readRaw(`${stemOf(file.name)}${extension}`);
    return typeof found === 'string' ? undefined : found;
  };
  const files: DatasetFile[] = [];
  for (const path of wanted) {
    const file = await readRaw(path);
    files.push(typeof file === 'string' ? { name: path, format: undefined, problem: file } : await prepare(file, companionOf, forced));
  }
  return files;
}

/** Files sent through the API; a brat `.txt` is found among them by its name. */
export function datasetFilesOfUploads(uploads: readonly UploadedFile[], forced?: FormatId): Promise<DatasetFile[]> {
  const raw = uploads.map((upload) => ({ name: upload.name, bytes: new Uint8Array(Buffer.from(upload.contentBase64, 'base64')) }));
  const byName = new Map(raw.map((file) => [file.name, file]));
  const annStems = new Set(raw.filter((file) => extname(file.name).toLowerCase() === '.ann').map((file) => stemOf(file.name)));
  const wanted = raw.filter((file) => !(extname(file.name).toLowerCase() === '.txt' && annStems.has(stemOf(file.name))));
  return Promise.all(wanted.map((file) => prepare(file, async (raw, extension) => byName.get(`${stemOf(raw.name)}${extension}`), forced)));
}
