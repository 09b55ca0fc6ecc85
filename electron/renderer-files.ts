/**
 * Answers a request on the `app://` scheme with a file of the built renderer, under the
 * renderer's Content-Security-Policy. Kept free of Electron so that it can be tested in Node.
 */
import { readFile } from 'node:fs/promises';
import { APP_HOST } from './app-url';
import { contentSecurityPolicy, contentTypeOf, resolveStaticFile } from './static-files';

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });
}

function isMissingFile(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/**
 * The response to a GET or HEAD of `app://factmark/<path>`: the file at that path inside
 * `rendererDirectory`, or 404 for any path that is missing, malformed or would leave the folder,
 * and for any other host. Other methods get 405; a file that exists but cannot be read, 500.
 */
export async function rendererFileResponse(rendererDirectory: string, request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return plain(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = resolveStaticFile(rendererDirectory, url.pathname);
  if (!file) return plain(404, 'Not found');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch (error) {
    if (isMissingFile(error)) return plain(404, 'Not found');
    console.error(`Cannot read ${file}:`, error);
    return plain(500, `Cannot read ${url.pathname}`);
  }
  const headers = { ...securityHeaders, 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-cache' };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
