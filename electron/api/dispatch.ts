/**
 * The one entry point both transports call: checks the method name, validates the arguments
 * against the contract, calls the handler and turns any failure into an error a user can read.
 */
import type { z } from 'zod';
import { api, type ApiResponse } from '../../shared/api';
import { apiMethodNames, type ApiMethodName } from '../../shared/api-methods';
import type { Services } from '../services';
import { ServiceError } from '../services/errors';
import { ImportError } from '../services/import/article';
import { handlers } from './handlers';

export type Dispatch = (method: string, args: unknown) => Promise<ApiResponse<unknown>>;

function isMethod(method: string): method is ApiMethodName {
  return (apiMethodNames as readonly string[]).includes(method);
}

/** Names each invalid field with what is wrong with it: "end: start must not be after end". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export function createDispatcher(services: Services, log: (error: unknown) => void = console.error): Dispatch {
  return async (method, args) => {
    if (!isMethod(method)) return { ok: false, error: { code: 'not_found', message: `Unknown method "${method}"` } };
    const parsed = api[method].args.safeParse(args ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid_arguments', message: `Invalid arguments for ${method}: ${describeIssues(parsed.error)}` } };
    }
    try {
      const handler = handlers[method] as (services: Services, args: unknown) => unknown;
      return { ok: true, value: await handler(services, parsed.data) };
    } catch (error) {
      if (error instanceof ServiceError) return { ok: false, error: { code: error.code, message: error.message } };
      if (error instanceof ImportError) return { ok: false, error: { code: 'invalid_arguments', message: error.message } };
      log(error);
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message: `${method} failed: ${message}` } };
    }
  };
}
