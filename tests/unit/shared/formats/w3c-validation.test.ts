/**
 * The W3C export checked by the W3C's own tools: the annotation-model JSON Schemas (draft-04) with
 * the MUST assertions of their test lists, and the JSON-LD context, which must turn every term we
 * write into the Web Annotation vocabulary.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';
import { createW3cWriter, W3C_CONTEXT } from '../../../../shared/formats/w3c';
import { runWriter, trickyEntry } from './corpus';

const validators = new URL('../../../../../shared/validators/w3c-annotation-model/', import.meta.url);
const readJson = (path: string): any => JSON.parse(readFileSync(new URL(path, validators), 'utf8'));
const collectionMusts = 'collections/collectionMusts.test';
const hasSchemas = existsSync(new URL('definitions/', validators)) && existsSync(new URL('annotations/annotationMusts.test', validators));

function exportedCollection(): Record<string, any> {
  const second = trickyEntry('doc-2');
  return JSON.parse(runWriter(createW3cWriter(), [trickyEntry(), second]).files.get('annotations.jsonld')!);
}

/** The assertions of a test list, each compiled against the shared definitions. */
function mustAssertions(list: string) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const name of readdirSync(new URL('definitions/', validators)).filter((name) => name.endsWith('.json'))) {
    ajv.addSchema(readJson(`definitions/${name}`));
  }
  return (readJson(list).assertions as string[]).map((path) => {
    const schema = readJson(path);
    return { path, expected: schema.expectedResult as string, validate: ajv.compile(schema) };
  });
}

// Runs once ../shared/validators holds the schemas (definitions/) and their test lists (annotations/, collections/).
describe.skipIf(!hasSchemas)('W3C export against the annotation-model schemas in ../shared/validators', () => {
  it('satisfies every MUST assertion for each annotation', () => {
    const assertions = mustAssertions('annotations/annotationMusts.test');
    expect(assertions.length).toBeGreaterThan(10);
    const collection = exportedCollection();
    expect(collection.first.items).toHaveLength(14);
    for (const item of collection.first.items) {
      // An annotation inside a page takes its context from the collection; on its own it carries it.
      const annotation = { '@context': collection['@context'], ...item };
      for (const { path, expected, validate } of assertions) {
        const valid = validate(annotation);
        expect({ path, id: item.id, valid, errors: validate.errors ?? null }).toEqual({ path, id: item.id, valid: expected === 'valid', errors: expected === 'valid' ? null : expect.anything() });
      }
    }
  });

  it.skipIf(!existsSync(new URL(collectionMusts, validators)))('satisfies every MUST assertion for the collection', () => {
    const collection = exportedCollection();
    for (const { path, expected, validate } of mustAssertions(collectionMusts)) {
      expect({ path, valid: validate(collection) }).toEqual({ path, valid: expected === 'valid' });
    }
  });

  it('would catch an annotation that breaks a MUST', () => {
    const [annotation] = exportedCollection().first.items;
    const broken = { '@context': 'http://example.org/other-context', ...annotation, id: 'not an iri', bodyValue: 'both body and bodyValue' };
    const failing = mustAssertions('annotations/annotationMusts.test').filter(({ validate }) => !validate(broken));
    expect(failing.map(({ path }) => path)).toEqual(
      expect.arrayContaining(['annotations/3.1-annotationContextValidated.json', 'annotations/3.1-annotationIdValidated.json', 'annotations/3.2.5-notBodyBodyValue.json']),
    );
  });
});

function unwrapSingletons(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 1 ? unwrapSingletons(value[0]) : value.map(unwrapSingletons);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unwrapSingletons(item)]));
}

describe('W3C export as JSON-LD', () => {
  const context = JSON.parse(readFileSync(new URL('anno.jsonld', validators), 'utf8'));
  const documentLoader = async (url: string) => {
    if (url !== W3C_CONTEXT) throw new Error(`no network in tests: ${url}`);
    return { contextUrl: undefined, documentUrl: url, document: context };
  };
  const oa = (term: string) => `http://www.w3.org/ns/oa#${term}`;

  it('expands with the official context into Web Annotation terms, losing nothing', async () => {
    const collection = exportedCollection();
    const expanded = (await jsonld.expand(collection, { documentLoader } as jsonld.Options.Expand)) as Record<string, any>[];
    const [expandedCollection] = expanded;
    expect(expandedCollection!['@type']).toEqual(['http://www.w3.org/ns/activitystreams#OrderedCollection']);
    expect(expandedCollection!['http://www.w3.org/ns/activitystreams#totalItems']).toEqual([{ '@value': 14, '@type': 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger' }]);
    const page = expandedCollection!['http://www.w3.org/ns/activitystreams#first'][0];
    const items = page['http://www.w3.org/ns/activitystreams#items'][0]['@list'] as Record<string, any>[];
    expect(items).toHaveLength(14);
    const [claim] = items;
    expect(claim!['@type']).toEqual([oa('Annotation')]);
    expect(claim![oa('motivatedBy')]).toEqual([{ '@id': oa('tagging') }]);
    const [tag, comment] = claim![oa('hasBody')];
    expect(tag[oa('hasPurpose')]).toEqual([{ '@id': oa('tagging') }]);
    expect(tag['http://www.w3.org/1999/02/22-rdf-syntax-ns#value']).toEqual([{ '@value': 'attributed_claim' }]);
    expect(comment[oa('hasPurpose')]).toEqual([{ '@id': oa('commenting') }]);
    const target = claim![oa('hasTarget')][0];
    expect(target[oa('hasSource')]).toEqual([{ '@id': 'urn:factmark:document:doc-tricky' }]);
    const selectors = target[oa('hasSelector')] as Record<string, any>[];
    expect(selectors.map((selector) => selector['@type'])).toEqual([[oa('TextQuoteSelector')], [oa('TextPositionSelector')]]);
    expect(selectors[1]![oa('start')]).toEqual([{ '@value': 2, '@type': 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger' }]);
    // Every key we write is a term of the context: compacting back gives the same document (where
    // compaction writes a list of one as its only item).
    const context: jsonld.ContextDefinition = { '@context': W3C_CONTEXT } as jsonld.ContextDefinition;
    const compacted = await jsonld.compact(expanded, context, { documentLoader } as jsonld.Options.Compact);
    expect(unwrapSingletons(compacted)).toEqual(unwrapSingletons(collection));
  });
});
