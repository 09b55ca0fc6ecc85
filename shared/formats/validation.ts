/** Turning schema validation failures into errors a person can act on. */
import type { z } from 'zod';
import type { ProblemLog, Where } from './problems';

/** Records one error per issue, naming the field (`attributes.evidence.0.url`) and what is wrong. */
export function recordIssues(log: ProblemLog, error: z.ZodError, where: Where, fieldPrefix = ''): void {
  for (const issue of error.issues) {
    const field = [fieldPrefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
    log.error('invalid_record', field ? `field ${field}: ${issue.message}` : issue.message, where);
  }
}

/** Whether a value is a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
