/** The progress of a long job, as the interface polls it. */
import { z } from 'zod';

export const jobStates = ['running', 'done', 'failed', 'cancelled'] as const;

export const jobStatusSchema = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(jobStates),
  done: z.number().nonnegative(),
  total: z.number().nonnegative().nullable(),
  message: z.string(),
  /** What the job produced, once done; its shape depends on the kind of job. */
  result: z.unknown(),
  error: z.string().nullable(),
});
export type JobStatus = z.infer<typeof jobStatusSchema>;
