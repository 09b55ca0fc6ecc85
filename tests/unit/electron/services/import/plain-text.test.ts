import { describe, expect, it } from 'vitest';
import type { ImportFile } from '../../../../../electron/services/import/article';
import { extractPlainText } from '../../../../../electron/services/import/plain-text';

const article = 'Zakharova gave no further details.\nBaghiri Kani is Iran’s chief nuclear negotiator — “a strong backer”.';

function file(bytes: number[] | Uint8Array, name = 'statement.txt'): ImportFile {
  return { name, bytes: Uint8Array.from(bytes) };
}

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes: number[] = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    bytes.push(...(order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(bytes);
}

describe('extractPlainText', () => {
  it('reads UTF-8 text, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(article);
    expect(extractPlainText(file(bytes))).toMatchObject({ text: article, encoding: 'utf-8' });
    expect(extractPlainText(file([0xef, 0xbb, 0xbf, ...bytes]))).toMatchObject({ text: article, encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian text by its byte-order mark, astral characters included', () => {
    const text = `${article}\nReaction: 😀 𝑚`;
    expect(extractPlainText(file(utf16(text, 'le')))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(extractPlainText(file(utf16(text, 'be')))).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('reads Windows-1252 text: curly quotes, dashes, accented letters and the euro sign', () => {
    // "Café “Kremlin” – €5" in Windows-1252: é = E9, “ = 93, ” = 94, – = 96, € = 80.
    const bytes = [...Buffer.from('Caf', 'latin1'), 0xe9, 0x20, 0x93, ...Buffer.from('Kremlin', 'latin1'), 0x94, 0x20, 0x96, 0x20, 0x80, 0x35];
    expect(extractPlainText(file(bytes))).toMatchObject({ text: 'Café “Kremlin” – €5', encoding: 'windows-1252' });
  });

  it('refuses damaged UTF-8 rather than reading it as Windows-1252, naming the line of the first bad byte', () => {
    // Well-formed "é" (C3 A9) twice, then a lone continuation byte on line 2.
    const bytes = [...new TextEncoder().encode('Café and café\nbroken '), 0xa9, 0x0a];
    expect(() => extractPlainText(file(bytes))).toThrow(
      'statement.txt, line 2: the file is not valid UTF-8 text (the first bad byte is byte 24) and does not read as Windows-1252 either; save it as UTF-8',
    );
  });

  it('refuses bytes that have no character in Windows-1252 either', () => {
    expect(() => extractPlainText(file([0x41, 0x81, 0x42]))).toThrow(/statement\.txt, line 1: the file is not valid UTF-8 text/);
  });

  it('refuses an empty file and a file of blank lines', () => {
    expect(() => extractPlainText(file([]))).toThrow('statement.txt: the file is empty');
    expect(() => extractPlainText(file(new TextEncoder().encode(' \n\t\n\n')))).toThrow('statement.txt: the file has no text, only blank lines');
  });

  it('refuses a binary file, saying what it is when it has a known signature', () => {
    expect(() => extractPlainText(file([0x41, 0x42, 0x00, 0x43]))).toThrow(
      'statement.txt: this is a binary file, not text: it has a control character at byte 3',
    );
    expect(() => extractPlainText(file([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toThrow(
      'statement.txt: this is a binary file, not text: it is a PNG image',
    );
    expect(() => extractPlainText(file(utf16('a\u0000b', 'le')))).toThrow(
      'statement.txt: this is a binary file, not text: it has a control character at character 2',
    );
  });

  it('refuses a file whose UTF-16 byte-order mark is followed by broken UTF-16', () => {
    // A high surrogate with nothing after it.
    expect(() => extractPlainText(file([0xff, 0xfe, 0x3d, 0xd8]))).toThrow(
      'statement.txt: the file starts with a UTF-16LE byte-order mark but is not valid UTF-16LE text',
    );
  });

  it('leaves out blank lines and normalises spacing, recording each line it changed', () => {
    const raw = 'First  paragraph,\twith tabs.\n\n\n   Indented second paragraph.  \n';
    const { text, cleaning } = extractPlainText(file(new TextEncoder().encode(raw)));
    expect(text).toBe('First paragraph, with tabs.\nIndented second paragraph.');
    expect(cleaning).toEqual([
      { kind: 'spaced', line: 1 },
      { kind: 'dropped', line: 2 },
      { kind: 'dropped', line: 3 },
      { kind: 'trimmed', line: 4 },
      { kind: 'spaced', line: 4 },
      { kind: 'dropped', line: 5 },
    ]);
  });
});
