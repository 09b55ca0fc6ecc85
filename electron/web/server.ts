/**
 * The local web host: serves the built renderer and the API at one endpoint (`POST /api`) on
 * 127.0.0.1, behind a random per-launch token, refusing foreign Host and Origin headers so that
 * other web pages and DNS-rebinding tricks cannot reach it.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResponse } from '../../shared/api';
import type { Dispatch } from '../api/dispatch';
import { contentSecurityPolicy, contentTypeOf, resolveStaticFile } from '../static-files';

export const TOKEN_HEADER = 'x-factmark-token';
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

export interface WebHostOptions {
  dispatch: Dispatch;
  rendererDirectory: string;
  /** 0 (the default) picks a free port. */
  port?: number;
}

export interface WebHost {
  /** The address to open, with the token in it. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const statusOf: Record<string, number> = {
  invalid_arguments: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  internal: 500,
};

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(response: ServerResponse, body: ApiResponse<unknown>): void {
  const status = body.ok ? 200 : (statusOf[body.error.code] ?? 500);
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

function refuse(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(message);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) throw new Error(`request larger than ${MAX_REQUEST_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('base64url');
  let allowedHosts: string[] = [];

  async function handleApi(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'POST') return refuse(response, 405, 'The API takes POST requests');
    if (!sameToken(request.headers[TOKEN_HEADER], token)) {
      return sendJson(response, { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong access token' } });
    }
    let call: { method?: unknown; args?: unknown };
    try {
      call = JSON.parse(await readBody(request));
    } catch (error) {
      const message = error instanceof SyntaxError ? 'the request body is not JSON' : (error as Error).message;
      return sendJson(response, { ok: false, error: { code: 'invalid_arguments', message: `Bad request: ${message}` } });
    }
    if (typeof call?.method !== 'string') {
      return sendJson(response, { ok: false, error: { code: 'invalid_arguments', message: 'Bad request: no method named' } });
    }
    sendJson(response, await options.dispatch(call.method, call.args));
  }

  async function handleStatic(request: IncomingMessage, response: ServerResponse, path: string) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Method not allowed');
    const file = resolveStaticFile(options.rendererDirectory, path);
    if (!file) return refuse(response, 404, 'Not found');
    try {
      const body = await readFile(file);
      response.writeHead(200, { ...securityHeaders, 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-cache' });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      refuse(response, 404, 'Not found');
    }
  }

  const server = createServer((request, response) => {
    const host = request.headers.host ?? '';
    if (!allowedHosts.includes(host)) return refuse(response, 421, 'Unknown host');
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.some((allowed) => origin === `http://${allowed}`)) {
      return refuse(response, 403, 'Requests from other origins are refused');
    }
    const path = new URL(request.url ?? '/', `http://${host}`).pathname;
    const handled = path === '/api' ? handleApi(request, response) : handleStatic(request, response, path);
    handled.catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) refuse(response, 500, 'Internal error');
      else response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
