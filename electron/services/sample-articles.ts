/** The sample articles that a new, empty library starts with. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { DocumentService } from './documents';

const seedIndexSchema = z.array(z.object({ file: z.string(), title: z.string() }));

/** Imports the articles listed in `seeds/index.json` when the library is empty. */
export function importSampleArticlesIfEmpty(documents: DocumentService, seedsDirectory: string): void {
  if (documents.count() > 0) return;
  const index = seedIndexSchema.parse(JSON.parse(readFileSync(join(seedsDirectory, 'index.json'), 'utf8')));
  for (const seed of index) {
    const bytes = readFileSync(join(seedsDirectory, seed.file));
    documents.importFile({ name: seed.file, bytes }, { title: seed.title });
  }
}
