import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererFileResponse } from '../../../electron/renderer-files';
import { contentSecurityPolicy } from '../../../electron/static-files';
import { useTempFolder } from '../../support/temp-database';

describe('rendererFileResponse', () => {
  const tempFolder = useTempFolder();

  /** A built renderer in `<folder>/renderer`, with a secret file beside it that must stay unreachable. */
  function bundle(): string {
    const folder = tempFolder();
    const renderer = join(folder, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Factmark</title>');
    writeFileSync(join(renderer, 'assets', 'index.js'), 'console.log("ready")');
    writeFileSync(join(folder, 'secret.txt'), 'not for the page');
    return renderer;
  }

  const get = (renderer: string, url: string, method = 'GET') => rendererFileResponse(renderer, new Request(url, { method }));

  it('serves index.html for the root and files by path, with their type and the CSP', async () => {
    const renderer = bundle();
    const root = await get(renderer, 'app://factmark/');
    expect(root.status).toBe(200);
    expect(root.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(root.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    expect(await root.text()).toBe('<!doctype html><title>Factmark</title>');

    const script = await get(renderer, 'app://factmark/assets/index.js');
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await script.text()).toBe('console.log("ready")');
  });

  it('refuses paths that would leave the renderer folder, however they are spelled', async () => {
    const renderer = bundle();
    for (const path of ['..%2fsecret.txt', '%2e%2e%2fsecret.txt', 'assets/..%2f..%2fsecret.txt', '..%5csecret.txt', '%2fetc%2fpasswd', 'index.html%00.js']) {
      const response = await get(renderer, `app://factmark/${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe('Not found');
    }
  });

  it('answers 404 for a missing file, a folder and another host', async () => {
    const renderer = bundle();
    expect((await get(renderer, 'app://factmark/missing.js')).status).toBe(404);
    expect((await get(renderer, 'app://factmark/assets')).status).toBe(404);
    expect((await get(renderer, 'app://elsewhere/index.html')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const renderer = bundle();
    const head = await get(renderer, 'app://factmark/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get(renderer, 'app://factmark/index.html', 'POST')).status).toBe(405);
  });
});
