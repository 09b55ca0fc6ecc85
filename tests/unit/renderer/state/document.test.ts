import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Annotation, Document } from '../../../../shared/model';
import { defaultAttributes } from '../../../../shared/attributes';

/** The store's answers, given out by the test in the order it chooses: every read asked for under a key. */
const pending = new Map<string, { resolve(value: unknown): void; reject(error: Error): void }[]>();

function answerLater(key: string): Promise<unknown> {
  return new Promise((resolve, reject) => pending.set(key, [...(pending.get(key) ?? []), { resolve, reject }]));
}

function answerAll(key: string, value: unknown): void {
  for (const read of pending.get(key) ?? []) read.resolve(value);
  pending.delete(key);
}

vi.mock('../../../../renderer/api', () => ({
  api: {
    getDocument: ({ id }: { id: string }) => answerLater(`document ${id}`),
    listAnnotations: ({ documentId }: { documentId: string }) => answerLater(`annotations ${documentId}`),
  },
  errorMessage: (error: unknown) => (error instanceof Error ? error.message : String(error)),
}));

const { useDocumentStore } = await import('../../../../renderer/state/document');
const { useRecordStore } = await import('../../../../renderer/state/records');

function documentOf(id: string): Document {
  return {
    id,
    title: `Article ${id}`,
    publication: null,
    author: null,
    url: null,
    publishedAt: null,
    credit: null,
    language: null,
    text: `The text of article ${id}.`,
    status: 'in_progress',
    createdAt: '2026-11-30T10:00:00.000Z',
    updatedAt: '2026-11-30T10:00:00.000Z',
  } as Document;
}

function annotationOf(documentId: string, reviewer: string): Annotation {
  return {
    id: `${documentId}-1`,
    documentId,
    label: 'verified_fact',
    start: 0,
    end: 3,
    note: '',
    confidence: null,
    attributes: defaultAttributes('verified_fact'),
    reviewer,
    anchor: 'anchored',
    quote: 'The',
    prefix: '',
    suffix: '',
    createdAt: '2026-11-30T10:00:00.000Z',
    updatedAt: '2026-11-30T10:00:00.000Z',
  };
}

/** The store answers the reads of document `id`: the document, and one annotation by `reviewer`. */
async function answer(id: string, reviewer: string): Promise<void> {
  answerAll(`document ${id}`, documentOf(id));
  answerAll(`annotations ${id}`, [annotationOf(id, reviewer)]);
  await settle();
}

/** Lets the answers' promises and the panels' follow-up after the next frame run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 10));
}

beforeAll(() => {
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 0));
});

afterEach(() => pending.clear());

describe('opening documents one after the other', () => {
  it('shows the document opened last when an earlier one answers after it', async () => {
    const first = useDocumentStore.getState().openDocument('doc-a');
    const second = useDocumentStore.getState().openDocument('doc-b');
    await answer('doc-b', 'bilal');
    await answer('doc-a', 'amal');
    await Promise.all([first, second]);

    const state = useDocumentStore.getState();
    expect(state.status).toBe('ready');
    expect(state.document?.title).toBe('Article doc-b');
    expect(useRecordStore.getState().reviewers).toEqual(['bilal']);
  });

  it('does not show the reviewers of a document left before its panels followed', async () => {
    const first = useDocumentStore.getState().openDocument('doc-a');
    answerAll('document doc-a', documentOf('doc-a'));
    answerAll('annotations doc-a', [annotationOf('doc-a', 'amal')]);
    await first;
    // The editor has doc-a; its records would come after the next frame. The reviewer opens doc-b first.
    const second = useDocumentStore.getState().openDocument('doc-b');
    await settle();
    expect(useRecordStore.getState().reviewers).toEqual([]);

    await answer('doc-b', 'bilal');
    await second;
    expect(useDocumentStore.getState().document?.title).toBe('Article doc-b');
    expect(useRecordStore.getState().reviewers).toEqual(['bilal']);
  });

  it('does not report the failure of a read the reviewer has moved on from', async () => {
    const first = useDocumentStore.getState().openDocument('doc-a');
    const second = useDocumentStore.getState().openDocument('doc-b');
    pending.get('document doc-a')![0]!.reject(new Error('The document doc-a was not found'));
    await answer('doc-b', 'bilal');
    await Promise.all([first, second]);

    const state = useDocumentStore.getState();
    expect(state.status).toBe('ready');
    expect(state.error).toBeNull();
    expect(state.document?.title).toBe('Article doc-b');
  });

  it('reads again the document being opened, not the one being left, when asked to reload', async () => {
    const first = useDocumentStore.getState().openDocument('doc-a');
    await answer('doc-a', 'amal');
    await first;
    const second = useDocumentStore.getState().openDocument('doc-b');
    const reload = useDocumentStore.getState().reload();
    expect(pending.get('document doc-b')).toHaveLength(2);
    await answer('doc-b', 'bilal');
    await Promise.all([second, reload]);

    expect(useDocumentStore.getState().status).toBe('ready');
    expect(useDocumentStore.getState().document?.title).toBe('Article doc-b');
    expect(useRecordStore.getState().reviewers).toEqual(['bilal']);
  });
});
