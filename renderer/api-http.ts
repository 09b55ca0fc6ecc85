/** Calls to the local host in web mode, made by a worker (`api-worker.ts`) and answered here. */
import type { ApiResponse } from '../shared/api';
import type { ApiMethodName } from '../shared/api-methods';

export interface HttpRequest {
  id: number;
  token: string;
  body: string;
}

export type HttpAnswer = { id: number; unreachable: true } | { id: number; unreachable?: undefined; status: number; contentType: string; text: string };

/** What a call ends with: the envelope, or a failure the client turns into an ApiError. */
export type HttpOutcome = { kind: 'answer'; response: ApiResponse<unknown> } | { kind: 'unreachable'; message: string } | { kind: 'not-json'; status: number; text: string };

const SERVER_UNREACHABLE = 'The app’s local server cannot be reached. Is it still running?';
const WORKER_FAILED = 'The page could not start its connection to the app’s local server. Reload the page to try again.';

export function httpCaller(token: string): (method: ApiMethodName, args: unknown) => Promise<HttpOutcome> {
  const worker = new Worker(new URL('./api-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (outcome: HttpOutcome) => void>();
  let nextId = 0;
  let workerFailed = false;
  // A worker that cannot start answers nothing: every call waiting, and every later one, fails at once instead.
  worker.onerror = () => {
    workerFailed = true;
    for (const resolve of waiting.values()) resolve({ kind: 'unreachable', message: WORKER_FAILED });
    waiting.clear();
  };
  worker.onmessage = (event: MessageEvent<HttpAnswer>) => {
    const answer = event.data;
    const resolve = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (answer.unreachable) resolve?.({ kind: 'unreachable', message: SERVER_UNREACHABLE });
    else if (!answer.contentType.startsWith('application/json')) resolve?.({ kind: 'not-json', status: answer.status, text: answer.text });
    else resolve?.({ kind: 'answer', response: JSON.parse(answer.text) as ApiResponse<unknown> });
  };
  return (method, args) =>
    new Promise((resolve) => {
      if (workerFailed) return resolve({ kind: 'unreachable', message: WORKER_FAILED });
      const id = nextId++;
      waiting.set(id, resolve);
      worker.postMessage({ id, token, body: JSON.stringify({ method, args }) } satisfies HttpRequest);
    });
}
