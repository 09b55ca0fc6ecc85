import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../../electron/api/dispatch';
import { supportedExtensions } from '../../../../../electron/services/import/extract';
import { importableExtensions, MAX_IMPORT_UPLOAD_BYTES } from '../../../../../shared/library';
import { useTempFolder } from '../../../../support/temp-database';
import { openLibrary } from './library-support';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('the library through the API', () => {
  const tempFolder = useTempFolder();

  it('imports files sent as base64 in a job, then lists and finds them', async () => {
    const { services } = openLibrary(tempFolder());
    const dispatch = createDispatcher(services);
    const started = await dispatch('startLibraryImport', {
      source: { kind: 'uploads', files: [{ name: 'truce.txt', contentBase64: base64('Truce talks resume in Doha\nNegotiators met again.') }] },
    });
    expect(started.ok).toBe(true);
    const { jobId } = (started as { value: { jobId: string } }).value;
    while (services.jobs.status(jobId).state === 'running') await new Promise((resolve) => setTimeout(resolve, 5));
    expect(services.jobs.status(jobId)).toMatchObject({ state: 'done', result: { imported: 1 } });

    const page = await dispatch('listLibrary', { filter: {}, sort: 'title', direction: 'asc', offset: 0, limit: 50 });
    expect(page).toMatchObject({ ok: true, value: { total: 1, rows: [{ title: 'truce' }] } });
    const found = await dispatch('searchLibrary', { query: 'negotiators', offset: 0, limit: 20 });
    expect(found).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('refuses files that together exceed what the interface may send, saying to import them by path', async () => {
    const { services } = openLibrary(tempFolder());
    const half = 'A'.repeat(Math.ceil(((MAX_IMPORT_UPLOAD_BYTES / 2 + 1024) * 4) / 3));
    const response = await createDispatcher(services)('startLibraryImport', {
      source: { kind: 'uploads', files: [{ name: 'a.txt', contentBase64: half }, { name: 'b.txt', contentBase64: half }] },
    });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect((response as { error: { message: string } }).error.message).toMatch(/may total 40 MB at most; import larger ones from a folder or path/);
  });

  it('refuses metadata with an address that is not http(s) or a malformed language tag, naming the field', async () => {
    const { services } = openLibrary(tempFolder());
    const id = services.documents.importFile({ name: 'a.txt', bytes: new TextEncoder().encode('Text.') }).id;
    const metadata = { title: 'A', publication: null, author: null, url: 'javascript:alert(1)', publishedAt: null, credit: null, language: 'english!' };
    const response = await createDispatcher(services)('updateDocumentMetadata', { id, metadata });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    const message = (response as { error: { message: string } }).error.message;
    expect(message).toMatch(/metadata\.url/);
    expect(message).toMatch(/metadata\.language: Use a language tag such as en, ar or pt-BR/);
  });
});

describe('importableExtensions', () => {
  it('offers in file pickers exactly the types the importer reads', () => {
    expect([...importableExtensions].sort()).toEqual([...supportedExtensions].sort());
  });
});
