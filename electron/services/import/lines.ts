/** Splitting a byte stream into lines as it arrives, never holding more than one line and one chunk. */

const lineFeed = 0x0a;
const carriageReturn = 0x0d;

export interface ByteLine {
  /** 1-based. */
  number: number;
  /** The line's bytes without its line ending (`\n` or `\r\n`); a copy, not a view of the chunk. */
  bytes: Uint8Array;
  /** How many bytes of the stream were read up to the end of this line and its line ending. */
  bytesRead: number;
}

function concatenated(parts: Uint8Array[], length: number): Uint8Array {
  const line = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    line.set(part, offset);
    offset += part.length;
  }
  return length > 0 && line[length - 1] === carriageReturn ? line.subarray(0, length - 1) : line;
}

/**
 * The lines of a byte stream, in order. `tooLong(lineNumber)` is called (and must throw) as soon
 * as a line grows past `lineByteLimit`, so that one endless line cannot fill the memory.
 */
export async function* byteLines(
  chunks: AsyncIterable<Uint8Array>,
  lineByteLimit: number,
  tooLong: (lineNumber: number) => never,
): AsyncGenerator<ByteLine, void, undefined> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let number = 1;
  let bytesRead = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(lineFeed); end >= 0; end = chunk.indexOf(lineFeed, start)) {
      const part = chunk.subarray(start, end);
      if (length + part.length > lineByteLimit) tooLong(number);
      bytesRead += length + part.length + 1;
      yield { number, bytes: concatenated([...parts, part], length + part.length), bytesRead };
      parts = [];
      length = 0;
      number++;
      start = end + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      if (length + rest.length > lineByteLimit) tooLong(number);
      parts.push(rest);
      length += rest.length;
    }
  }
  if (length > 0) yield { number, bytes: concatenated(parts, length), bytesRead: bytesRead + length };
}
