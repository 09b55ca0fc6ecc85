import { describe, expect, it } from 'vitest';
import { formatIds, formatList, formats, guessFormat } from '../../../../shared/formats';
import { runWriter, trickyEntry } from './corpus';

describe('format registry', () => {
  it('lists every format once, reading exactly those that have a reader', () => {
    expect(formatList.map((format) => format.id)).toEqual([...formatIds]);
    for (const format of formatList) {
      expect(formats[format.id]).toBe(format);
      expect(format.canRead).toBe(format.read !== undefined);
      expect(format.canWrite).toBe(true);
      expect(format.extension).toMatch(/^\.[a-z]+$/u);
    }
    expect(formatList.filter((format) => !format.canRead).map((format) => format.id)).toEqual(['conll', 'csv']);
  });

  it('has each readable format read its own export of the tricky document without error', () => {
    const entry = trickyEntry();
    for (const format of formatList.filter((candidate) => candidate.read)) {
      const { files } = runWriter(format.createWriter({ name: 'out' }), [entry]);
      const [main] = [...files.keys()].filter((name) => name.endsWith(format.extension));
      expect(main, format.id).toBeDefined();
      const companionName = format.companionExtension && main!.replace(/\.[^.]+$/u, format.companionExtension);
      const companion = companionName ? { name: companionName, content: files.get(companionName)! } : undefined;
      const result = format.read!({ name: main!, content: files.get(main!)! }, companion);
      expect(result.errors, format.id).toEqual([]);
      expect(result.documents.flatMap((document) => document.annotations), format.id).toHaveLength(entry.annotations.length);
    }
  });

  it('writes every file of a single-file format to one name with the format’s extension', () => {
    for (const format of formatList.filter((candidate) => candidate.files === 'single')) {
      const { files } = runWriter(format.createWriter({ name: 'train' }), [trickyEntry()]);
      expect([...files.keys()], format.id).toEqual([`train${format.extension}`]);
    }
  });

  it('guesses the format of a file to import', () => {
    const guess = (name: string, content = '') => guessFormat({ name, content })?.id;
    expect(guess('a.ann')).toBe('brat');
    expect(guess('a.jsonld')).toBe('w3c');
    expect(guess('a.json', '{"@context": "http://www.w3.org/ns/anno.jsonld"}')).toBe('w3c');
    expect(guess('a.json', '[{"data": {"text": "x"}}]')).toBe('labelstudio');
    expect(guess('a.jsonl', '\n{"formatVersion":1,"document":{}}')).toBe('jsonl');
    expect(guess('a.jsonl', '{"text": "x", "spans": []}')).toBe('spacy');
    expect(guess('a.JSONL', '{"text": "x", "label": []}')).toBe('doccano');
    expect(guess('a.txt')).toBeUndefined();
  });
});
