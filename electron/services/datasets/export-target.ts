/**
 * Where an export's text goes. Everything is written under a staging path beside the destination
 * and moved into place only when the export is complete, so that a cancelled or failed export
 * leaves nothing behind and never a half-written file where the old one was. Writes wait when the
 * disk falls behind (backpressure), so memory stays flat however large the export.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { InvalidInputError } from '../errors';

/** Streams kept open at once; files written in turn (brat's per-document files) are closed as others open. */
const OPEN_STREAMS = 16;

/**
 * How much a file's stream takes before the export waits for the disk. A line of native JSONL is
 * a whole document: with the default 16 KB the export waited on the disk after nearly every line.
 */
const STREAM_BUFFER_BYTES = 1 << 20;

async function statOf(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function finished(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

export class ExportTarget {
  private readonly streams = new Map<string, WriteStream>();
  private readonly written = new Set<string>();
  private failure: Error | undefined;

  private constructor(
    readonly path: string,
    readonly kind: 'file' | 'folder',
    private readonly staging: string,
    /** The first folder made to hold the destination, removed again if the export does not finish. */
    private readonly madeFolder: string | undefined,
  ) {}

  /**
   * Prepares to write a file, or a folder of files, at `path`. An existing file is replaced when the
   * export finishes; a folder must be new or empty, so that no one's files are mixed with the export.
   */
  static async open(path: string, kind: 'file' | 'folder'): Promise<ExportTarget> {
    const destination = resolve(path);
    const existing = await statOf(destination);
    if (kind === 'file' && existing?.isDirectory()) {
      throw new InvalidInputError(`${destination} is a folder; give the path of the file to write`);
    }
    if (kind === 'folder' && existing && !existing.isDirectory()) {
      throw new InvalidInputError(`${destination} is a file; this export writes a folder of files, so give a folder path`);
    }
    if (kind === 'folder' && existing && (await readdir(destination)).length > 0) {
      throw new InvalidInputError(`The folder ${destination} is not empty; choose a new or empty folder for the export`);
    }
    const madeFolder = await mkdir(dirname(destination), { recursive: true });
    const staging = join(dirname(destination), `.${basename(destination)}.partial-${randomBytes(4).toString('hex')}`);
    if (kind === 'folder') await mkdir(staging);
    return new ExportTarget(destination, kind, staging, madeFolder);
  }

  /** The files written so far, relative to the destination folder (a file export: its name). */
  get files(): string[] {
    return [...this.written];
  }

  /**
   * Appends text (or bytes: a PDF) to a file of the export (for a file export, every part goes to
   * the one file). An empty part still makes its file: brat wants an `.ann` beside every `.txt`.
   */
  async append(file: string, content: string | Uint8Array): Promise<void> {
    const stream = await this.streamFor(this.kind === 'file' ? basename(this.path) : file);
    if (this.failure) throw this.failure;
    if (content.length > 0 && !stream.write(content)) {
      await new Promise<void>((resolve, reject) => {
        const settle = (error?: Error) => {
          stream.off('drain', settle);
          stream.off('error', settle);
          if (error) reject(error);
          else resolve();
        };
        stream.on('drain', settle);
        stream.on('error', settle);
      });
    }
  }

  /** Closes every file and moves the export into place. */
  async commit(): Promise<void> {
    if (this.kind === 'file' && this.written.size === 0) await this.streamFor(basename(this.path));
    await this.closeAll();
    if (this.kind === 'folder' && (await statOf(this.path))) await rmdir(this.path);
    await rename(this.staging, this.path);
  }

  /** Stops writing and removes everything the export wrote. */
  async discard(): Promise<void> {
    for (const stream of this.streams.values()) stream.destroy();
    this.streams.clear();
    await rm(this.staging, { recursive: true, force: true });
    if (this.madeFolder) await rm(this.madeFolder, { recursive: true, force: true });
  }

  private async streamFor(file: string): Promise<WriteStream> {
    const open = this.streams.get(file);
    if (open) {
      this.streams.delete(file);
      this.streams.set(file, open);
      return open;
    }
    const path = this.kind === 'file' ? this.staging : this.inStaging(file);
    if (this.kind === 'folder') await mkdir(dirname(path), { recursive: true });
    const stream = createWriteStream(path, { flags: this.written.has(file) ? 'a' : 'w', encoding: 'utf8', highWaterMark: STREAM_BUFFER_BYTES });
    stream.on('error', (error) => (this.failure ??= error));
    this.written.add(file);
    this.streams.set(file, stream);
    if (this.streams.size > OPEN_STREAMS) {
      const [oldest, oldStream] = this.streams.entries().next().value!;
      this.streams.delete(oldest);
      await finished(oldStream);
    }
    return stream;
  }

  /** A part's path inside the staging folder; a part may not name a file outside it. */
  private inStaging(file: string): string {
    const path = resolve(this.staging, file);
    const inside = relative(this.staging, path);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) throw new Error(`An export part names a file outside the export: ${file}`);
    return path;
  }

  private async closeAll(): Promise<void> {
    const streams = [...this.streams.values()];
    this.streams.clear();
    await Promise.all(streams.map(finished));
    if (this.failure) throw this.failure;
  }
}
