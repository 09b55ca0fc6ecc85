/** Turning a file the reviewer picked or dropped into what the API takes. */
import { MAX_UPLOAD_BYTES, type UploadedFile } from '../shared/uploads';

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a whole file into one call would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The file's name and bytes; refuses files too large to send, naming the file and the limit. */
export async function uploadOf(file: File): Promise<UploadedFile> {
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new Error(`${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; files over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB cannot be sent from here`);
  }
  return { name: file.name, contentBase64: base64Of(new Uint8Array(await file.arrayBuffer())) };
}
