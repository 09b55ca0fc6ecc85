/** A file the reviewer picked or dropped in the interface, sent through the API with its bytes. */
import { z } from 'zod';

/** The largest file the interface sends through the API; larger files are imported by path. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export const uploadedFileSchema = z
  .object({
    name: z.string().min(1).max(1000),
    /** The file's bytes, base64-encoded. */
    contentBase64: z.string().max(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4, `Files over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB cannot be sent from the interface`),
  })
  .strict();
export type UploadedFile = z.infer<typeof uploadedFileSchema>;
