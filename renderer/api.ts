/**
 * The API client: the preload bridge in the desktop app, HTTP to the local host in web mode.
 * Both answer with the same envelope; failures become ApiErrors carrying the message in words.
 */
import type { ApiBridge, ApiErrorCode, ApiResponse, FactmarkApi } from '../shared/api';
import { apiMethodNames, BRIDGE_GLOBAL, type ApiMethodName } from '../shared/api-methods';
import { httpCaller } from './api-http';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode | 'unreachable',
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Call = (method: ApiMethodName, args: unknown) => Promise<ApiResponse<unknown>>;

function httpCall(token: string): Call {
  const call = httpCaller(token);
  return async (method, args) => {
    const outcome = await call(method, args);
    switch (outcome.kind) {
      case 'answer':
        return outcome.response;
      case 'unreachable':
        throw new ApiError('unreachable', outcome.message);
      case 'not-json':
        throw new ApiError('internal', `The server answered ${outcome.status}: ${outcome.text}`);
    }
  };
}

function bridgeCall(bridge: ApiBridge): Call {
  return (method, args) => (bridge[method] as (args: unknown) => Promise<ApiResponse<unknown>>)(args);
}

function createClient(call: Call): FactmarkApi {
  const client = Object.fromEntries(
    apiMethodNames.map((method) => [
      method,
      async (args: unknown) => {
        const response = await call(method, args);
        if (!response.ok) throw new ApiError(response.error.code, response.error.message);
        return response.value;
      },
    ]),
  );
  return client as FactmarkApi;
}

function transport(): Call {
  const bridge = (window as unknown as Record<string, ApiBridge | undefined>)[BRIDGE_GLOBAL];
  if (bridge) return bridgeCall(bridge);
  return httpCall(new URLSearchParams(window.location.search).get('token') ?? '');
}

export const api: FactmarkApi = createClient(transport());

/** A failure in words for the user. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
