/** Reading Label Studio tasks JSON; the layout is described in `labelstudio.ts`. */
import { TextIndex } from '../text/offsets';
import { jsonLineLocator, parseJsonText } from './json-source';
import { IdRegister, pathKey, ProblemLog } from './problems';
import type { JsonPath, Where } from './problems';
import { readSpan } from './spans';
import type { ImportedAnnotation, ImportedDocument, ReadResult, SourceFile } from './types';
import { isObject } from './validation';

/** Something read from the file that gets the line its JSON starts on. */
interface Placed {
  target: { line?: number };
  path: JsonPath;
}

/** Notes of per-region `textarea` results, by the id of the labelled region they belong to. */
function regionNotes(results: readonly unknown[]): Map<string, string> {
  const regionIds = new Set(results.flatMap((result) => (isObject(result) && result.type === 'labels' ? [result.id] : [])));
  const notes = new Map<string, string>();
  for (const result of results) {
    if (!isObject(result) || result.type !== 'textarea' || typeof result.id !== 'string' || !regionIds.has(result.id)) continue;
    const text = isObject(result.value) ? result.value.text : undefined;
    notes.set(result.id, Array.isArray(text) ? text.filter((line) => typeof line === 'string').join('\n') : '');
  }
  return notes;
}

function readTask(
  task: unknown,
  taskPath: JsonPath,
  log: ProblemLog,
  ids: IdRegister,
  placed: Placed[],
): ImportedDocument | undefined {
  if (!isObject(task) || !isObject(task.data) || typeof task.data.text !== 'string') {
    log.error('invalid_record', 'a task must have its document text in data.text', { path: taskPath });
    return undefined;
  }
  const id = typeof task.data.documentId === 'string' ? task.data.documentId : undefined;
  const title = typeof task.data.title === 'string' ? task.data.title : undefined;
  const documentWhere: Where = { path: taskPath, ...(id === undefined ? {} : { documentId: id }) };
  const annotationSets = task.annotations ?? [];
  if (!Array.isArray(annotationSets)) {
    log.error('invalid_record', 'annotations must be a list', documentWhere);
    return undefined;
  }
  const index = new TextIndex(task.data.text);
  const annotations: ImportedAnnotation[] = [];
  (annotationSets as unknown[]).forEach((set, setIndex) => {
    const setPath = [...taskPath, 'annotations', setIndex];
    if (!isObject(set) || !Array.isArray(set.result)) {
      log.error('invalid_record', 'an annotation must have a result list', { ...documentWhere, path: setPath });
      return;
    }
    if (set.was_cancelled === true) {
      log.notice('skipped', 'a cancelled annotation is left out', { ...documentWhere, path: setPath });
      return;
    }
    const results = set.result as unknown[];
    const notes = regionNotes(results);
    results.forEach((result, resultIndex) => {
      const path = [...setPath, 'result', resultIndex];
      const resultId = isObject(result) && typeof result.id === 'string' ? result.id : undefined;
      const where: Where = { ...documentWhere, path, annotation: resultId ?? `#${resultIndex + 1}` };
      if (!isObject(result) || !isObject(result.value)) {
        log.error('invalid_record', 'a result must be an object with a value', where);
        return;
      }
      if (result.type === 'textarea' && resultId !== undefined && notes.has(resultId)) return;
      if (result.type !== 'labels') {
        log.notice('skipped', `a result of type ${JSON.stringify(result.type)} is not a labelled span; left out`, where);
        return;
      }
      const { start, end, text, labels } = result.value;
      if (!Array.isArray(labels) || labels.length === 0) {
        log.error('invalid_record', 'a labels result must name at least one label', where);
        return;
      }
      if (resultId !== undefined) ids.add(resultId, where);
      for (const label of labels as unknown[]) {
        const span = readSpan({ start, end, label, ...(text === undefined ? {} : { quote: text }) }, index, log, where);
        if (!span) continue;
        // With several labels on one region, each becomes its own annotation and none can keep the id.
        const annotation = { ...span, ...(resultId !== undefined && labels.length === 1 ? { id: resultId } : {}), note: notes.get(resultId ?? '') ?? '' };
        annotations.push(annotation);
        placed.push({ target: annotation, path });
      }
    });
  });
  return { ...(id === undefined ? {} : { id }), text: task.data.text, ...(title === undefined ? {} : { title }), annotations };
}

/**
 * Reads a Label Studio tasks file (an array of tasks, or one task). Each `labels` result is checked
 * against its task's text (offsets, the `text` it quotes) and the labels; per-region `textarea`
 * results become notes; other result types and cancelled annotations are left out with a notice.
 */
export function readLabelStudio(source: SourceFile): ReadResult {
  const log = new ProblemLog(source.name);
  const value = parseJsonText(source.content, log);
  const locate = jsonLineLocator(source.content);
  if (value === undefined) return { file: source.name, documents: [], ...log.finish() };
  const tasks = Array.isArray(value) ? (value as unknown[]) : [value];
  const ids = new IdRegister('annotation', log);
  const placed: Placed[] = [];
  const documents: ImportedDocument[] = [];
  tasks.forEach((task, taskIndex) => {
    if (log.full) return;
    const path = Array.isArray(value) ? [taskIndex] : [];
    const document = readTask(task, path, log, ids, placed);
    if (document) {
      documents.push(document);
      placed.push({ target: document, path });
    }
  });
  const lines = locate(placed.map(({ path }) => path));
  for (const { target, path } of placed) {
    const line = lines.get(pathKey(path));
    if (line !== undefined) target.line = line;
  }
  return { file: source.name, documents, ...log.finish(locate) };
}
