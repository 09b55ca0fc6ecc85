/** Collecting the errors and notices of one file, each told in a sentence that names where it is. */
import type {
  FormatError,
  FormatErrorKind,
  FormatNotice,
  FormatNoticeKind,
  ProblemPlace,
} from './types';

/** A file with more errors than this is reported with the first ones and a count of the rest. */
export const MAX_ERRORS = 100;
/** Notices beyond this are counted, not listed. */
export const MAX_NOTICES = 1000;

/** A place in a JSON value: property names and array indexes from the root. */
export type JsonPath = readonly (string | number)[];

/** Where a problem is, before the file name is added; `path` is resolved to a line at the end. */
export type Where = Omit<ProblemPlace, 'file'> & { path?: JsonPath };

/** The sentence for a problem: the file, line, annotation and document it concerns, then why. */
export function describeProblem(place: ProblemPlace, reason: string): string {
  const where = [place.file];
  if (place.line !== undefined) where.push(`line ${place.line}`);
  if (place.annotation !== undefined) where.push(`annotation ${place.annotation}`);
  if (place.documentId !== undefined) where.push(`document ${place.documentId}`);
  return `${where.join(', ')}: ${reason}`;
}

interface Draft<K> extends Where {
  kind: K;
  reason: string;
}

/** Maps JSON paths to the line on which each value starts (1-based). */
export type LineLocator = (paths: readonly JsonPath[]) => ReadonlyMap<string, number>;

/** The key of a JSON path in a locator's answer. */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

export class ProblemLog {
  private readonly errorDrafts: Draft<FormatErrorKind>[] = [];
  private readonly noticeDrafts: Draft<FormatNoticeKind>[] = [];
  private errorsLeftOut = 0;
  private noticesLeftOut = 0;

  constructor(readonly file: string) {}

  error(kind: FormatErrorKind, reason: string, where: Where = {}): void {
    if (this.errorDrafts.length >= MAX_ERRORS) this.errorsLeftOut++;
    else this.errorDrafts.push({ ...where, kind, reason });
  }

  notice(kind: FormatNoticeKind, reason: string, where: Where = {}): void {
    if (this.noticeDrafts.length >= MAX_NOTICES) this.noticesLeftOut++;
    else this.noticeDrafts.push({ ...where, kind, reason });
  }

  get errorCount(): number {
    return this.errorDrafts.length + this.errorsLeftOut;
  }

  /** Whether enough errors are known that a reader may stop looking for more. */
  get full(): boolean {
    return this.errorDrafts.length >= MAX_ERRORS;
  }

  /**
   * The errors and notices as sentences. Problems recorded with a JSON path get the line the
   * path starts on from `locate`, which is only asked when some problem needs it.
   */
  finish(locate?: LineLocator): { errors: FormatError[]; notices: FormatNotice[] } {
    const paths = [...this.errorDrafts, ...this.noticeDrafts].flatMap((draft) => (draft.path ? [draft.path] : []));
    const lines = locate && paths.length > 0 ? locate(paths) : new Map<string, number>();
    const place = (draft: Draft<unknown>): ProblemPlace => {
      const line = draft.line ?? (draft.path ? lines.get(pathKey(draft.path)) : undefined);
      return {
        file: this.file,
        ...(line === undefined ? {} : { line }),
        ...(draft.documentId === undefined ? {} : { documentId: draft.documentId }),
        ...(draft.annotation === undefined ? {} : { annotation: draft.annotation }),
      };
    };
    const errors: FormatError[] = this.errorDrafts.map((draft) => {
      const at = place(draft);
      return { ...at, kind: draft.kind, reason: draft.reason, message: describeProblem(at, draft.reason) };
    });
    if (this.errorsLeftOut > 0) {
      const reason = `${this.errorsLeftOut} more errors not listed`;
      errors.push({ file: this.file, kind: 'too_many_errors', reason, message: describeProblem({ file: this.file }, reason) });
    }
    const notices: FormatNotice[] = this.noticeDrafts.map((draft) => {
      const at = place(draft);
      return { ...at, kind: draft.kind, reason: draft.reason, message: describeProblem(at, draft.reason) };
    });
    if (this.noticesLeftOut > 0) {
      const reason = `${this.noticesLeftOut} more notices not listed`;
      notices.push({ file: this.file, kind: 'skipped', reason, message: describeProblem({ file: this.file }, reason) });
    }
    return { errors, notices };
  }
}

/** Remembers where each id was first seen, and records an error when one is used again. */
export class IdRegister {
  private readonly firstLines = new Map<string, number | undefined>();

  constructor(
    private readonly what: 'document' | 'annotation',
    private readonly log: ProblemLog,
  ) {}

  /** Whether the id is new; records a `duplicate_id` error when it is not. */
  add(id: string, where: Where): boolean {
    if (!this.firstLines.has(id)) {
      this.firstLines.set(id, where.line);
      return true;
    }
    const firstLine = this.firstLines.get(id);
    const first = firstLine === undefined ? 'earlier in the file' : `first on line ${firstLine}`;
    this.log.error('duplicate_id', `the ${this.what} id ${JSON.stringify(id)} is used again (${first})`, where);
    return false;
  }
}
