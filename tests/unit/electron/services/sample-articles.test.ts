import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/services';
import { importSampleArticlesIfEmpty } from '../../../../electron/services/sample-articles';
import { openDatabase } from '../../../../electron/store/database';
import { databasePathIn, useTempFolder } from '../../../support/temp-database';

const seeds = fileURLToPath(new URL('../../../../seeds', import.meta.url));

describe('importSampleArticlesIfEmpty', () => {
  const tempFolder = useTempFolder();

  function importSeed() {
    const path = databasePathIn(tempFolder());
    const db = openDatabase(path);
    const services = createServices(db, { reviewer: 'test', databasePath: path });
    importSampleArticlesIfEmpty(services.documents, seeds);
    const [summary] = services.documents.list();
    return { db, services, document: services.documents.get(summary!.id) };
  }

  it('lifts the leading date line into the date and credit fields', () => {
    const { document } = importSeed();
    expect(document.title).toBe('Hamas delegation visits Moscow for talks on hostages');
    expect(document.publishedAt).toBe('2023-10-27');
    expect(document.credit).toBe('© Getty Images / Bolot');
    expect(document.text.startsWith('The Kremlin\nA delegation from Hamas visited Moscow')).toBe(true);
  });

  it('joins lines that scraping broke mid-sentence', () => {
    const { document } = importSeed();
    const paragraphs = document.text.split('\n');
    expect(paragraphs).toContain(
      'Russia has ties to all key players in the Middle East, including Israel, Iran, the Palestinian Authority and Hamas, the militant Islamist group that controls Gaza.',
    );
    expect(document.text).toContain('evacuation of Russian and other foreign citizens from the territory of the Palestinian enclave');
    expect(document.text).toContain('"the crimes of Israel that are supported by the West", according to Russia\'s RIA news agency.');
    expect(document.text).toContain('was also currently visiting Moscow.\nZakharova gave no further details.');
    expect(document.text).toContain("Israel has condemned Russia's meeting with Hamas and called for Moscow to immediately evict them:");
    expect(paragraphs.every((paragraph) => paragraph === paragraph.trimEnd())).toBe(true);
  });

  it('keeps the raw bytes of the file beside the clean text, with the cleaning steps', () => {
    const { db, document } = importSeed();
    const row = db.prepare('SELECT raw, raw_file_name, raw_encoding, cleaning FROM documents WHERE id = ?').get(document.id) as {
      raw: Buffer;
      raw_file_name: string;
      raw_encoding: string;
      cleaning: string;
    };
    expect(row.raw.equals(readFileSync(`${seeds}/hamas-delegation-moscow.txt`))).toBe(true);
    expect(row.raw_file_name).toBe('hamas-delegation-moscow.txt');
    expect(row.raw_encoding).toBe('utf-8');
    const steps = JSON.parse(row.cleaning) as { kind: string; line: number }[];
    expect(steps.filter((step) => step.kind === 'joined').map((step) => step.line)).toEqual([6, 8, 11, 14, 18]);
  });

  it('imports nothing when the library already has documents', () => {
    const { services } = importSeed();
    importSampleArticlesIfEmpty(services.documents, seeds);
    expect(services.documents.count()).toBe(1);
  });
});
