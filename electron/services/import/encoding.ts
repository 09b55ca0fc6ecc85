/**
 * Turning a text file's bytes into a string: UTF-8, UTF-16 with a byte-order mark, or Windows-1252
 * when the bytes are not UTF-8 but read plausibly as it. Empty and binary files are refused.
 */
import { TextDecoder } from 'node:util';
import { ImportError, type ImportFile } from './article';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding, e.g. `utf-8`, `utf-16le`, `windows-1252`. */
  encoding: string;
}

const byteOrderMarks: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Signatures of binary formats people rename or drop by mistake, to say what the file is. */
const binarySignatures: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (DOCX files are ZIP archives too)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office document (.doc)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
];

/** C0 control characters other than tab, line feed, vertical tab, form feed and carriage return. */
const controlCharacter = /[\u0000-\u0008\u000E-\u001F]/u;
/** Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character in Windows-1252 and decode to these. */
const undefinedIn1252 = /[\u0080-\u009F]/u;

/** Whether the bytes begin with the given signature. */
export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** `where` locates the first control character, e.g. "byte 17". */
function binaryFileError(file: ImportFile, where: string): ImportError {
  const signature = binarySignatures.find(({ bytes }) => startsWith(file.bytes, bytes));
  const what = signature ? `it is ${signature.what}` : `it has a control character at ${where}`;
  return new ImportError(file.name, `this is a binary file, not text: ${what}`);
}

const ordinal = (index: number) => (index + 1).toLocaleString('en-US');

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

/** Whether a multi-byte UTF-8 sequence of `length` bytes starts at `start` (no overlongs or surrogates). */
function isUtf8Sequence(bytes: Uint8Array, start: number, length: number): boolean {
  const lead = bytes[start]!;
  const second = bytes[start + 1];
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  if (second === undefined || second < low || second > high) return false;
  for (let index = start + 2; index < start + length; index++) {
    const continuation = bytes[index];
    if (continuation === undefined || continuation < 0x80 || continuation > 0xbf) return false;
  }
  return true;
}

/** How many well-formed multi-byte UTF-8 sequences and how many stray bytes the bytes hold. */
function scanUtf8(bytes: Uint8Array): { sequences: number; strays: number; firstStray: number } {
  let sequences = 0;
  let strays = 0;
  let firstStray = -1;
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length > 0 && isUtf8Sequence(bytes, index, length)) {
      sequences++;
      index += length;
    } else {
      strays++;
      if (firstStray < 0) firstStray = index;
      index++;
    }
  }
  return { sequences, strays, firstStray };
}

function decodeWithByteOrderMark(file: ImportFile, encoding: string): DecodedText {
  try {
    // The decoder drops the byte-order mark itself.
    const text = new TextDecoder(encoding, { fatal: true }).decode(file.bytes);
    return { text, encoding };
  } catch {
    throw new ImportError(file.name, `the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} text`);
  }
}

/** A decoder for an encoding the file declares (as HTML does with `<meta charset>`), other than UTF-8 and UTF-16. */
function declaredDecoder(label: string | undefined): TextDecoder | undefined {
  try {
    const decoder = label === undefined ? undefined : new TextDecoder(label);
    return decoder && decoder.encoding !== 'utf-8' && !decoder.encoding.startsWith('utf-16') ? decoder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decodes a text file. A byte-order mark decides first, then an encoding the file declares for
 * itself (`declared`, e.g. HTML's `<meta charset>`), then UTF-8. Bytes that are not UTF-8 are read
 * as Windows-1252 only when every byte has a character there and the stray bytes outnumber
 * well-formed UTF-8 sequences (otherwise the file is UTF-8 damaged in places, and reading it as
 * 1252 would garble it). Raises ImportError for an empty file, a binary file and text in neither.
 */
export function decodeText(file: ImportFile, declared?: string): DecodedText {
  if (file.bytes.length === 0) throw new ImportError(file.name, 'the file is empty');
  const marked = byteOrderMarks.find(({ bytes }) => startsWith(file.bytes, bytes));
  const decoded = marked ? decodeWithByteOrderMark(file, marked.encoding) : decodeUnmarked(file, declaredDecoder(declared));
  const control = controlCharacter.exec(decoded.text);
  if (control) throw binaryFileError(file, `character ${ordinal(control.index)}`);
  return decoded;
}

function decodeUnmarked(file: ImportFile, declared: TextDecoder | undefined): DecodedText {
  const controlByte = file.bytes.findIndex((byte) => byte < 0x20 && (byte < 0x09 || byte > 0x0d));
  if (controlByte >= 0) throw binaryFileError(file, `byte ${ordinal(controlByte)}`);
  if (declared) return { text: declared.decode(file.bytes), encoding: declared.encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(file.bytes), encoding: 'utf-8' };
  } catch {
    const { sequences, strays, firstStray } = scanUtf8(file.bytes);
    const text = new TextDecoder('windows-1252').decode(file.bytes);
    if (strays > sequences && !undefinedIn1252.test(text)) return { text, encoding: 'windows-1252' };
    throw new ImportError(
      file.name,
      `the file is not valid UTF-8 text (the first bad byte is byte ${ordinal(firstStray)}) and does not read as Windows-1252 either; save it as UTF-8`,
      lineOfByte(file.bytes, firstStray),
    );
  }
}
