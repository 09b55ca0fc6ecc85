/** Files sent through the API, as the importers take them. */
import type { UploadedFile } from '../../shared/uploads';
import type { ImportFile } from '../services/import/article';

export function importFileOf(upload: UploadedFile): ImportFile {
  return { name: upload.name, bytes: new Uint8Array(Buffer.from(upload.contentBase64, 'base64')) };
}
