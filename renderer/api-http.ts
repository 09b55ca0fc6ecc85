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
export type HttpOutcome = { kind: 'answer'; response: ApiResponse<unknown> } | { kind: 'unreachable' } | { kind: 'not-json'; status: number; text: string };

export function httpCaller(token: string): (method: ApiMethodName, args: unknown) => Promise<HttpOutcome> {
  const worker = new Worker(new URL('./api-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (outcome: HttpOutcome) => void>();
  let nextId = 0;
  worker.onmessage = (event: MessageEvent<HttpAnswer>) => {
    const answer = event.data;
    const resolve = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (answer.unreachable) resolve?.({ kind: 'unreachable' });
    else if (!answer.contentType.startsWith('application/json')) resolve?.({ kind: 'not-json', status: answer.status, text: answer.text });
    else resolve?.({ kind: 'answer', response: JSON.parse(answer.text) as ApiResponse<unknown> });
  };
  return (method, args) =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      worker.postMessage({ id, token, body: JSON.stringify({ method, args }) } satisfies HttpRequest);
    });
}
