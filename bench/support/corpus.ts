/**
 * Article-like inputs generated from a seed: paragraphs of sentences with names, figures,
 * quotations and some astral characters, and overlapping annotations of all four labels.
 */
import { defaultAttributes } from '../../shared/attributes';
import { labelIds } from '../../shared/labels';
import type { AnnotationDraft } from '../../shared/model';
import { between, pick, seededRandom, type Random } from './random';

const subjects = ['The ministry', 'Officials', 'A spokeswoman', 'Witnesses', 'The agency', 'Rescue workers', 'The army', 'Local authorities'];
const verbs = ['said', 'reported', 'confirmed', 'denied', 'claimed', 'told reporters', 'announced', 'wrote'];
const objects = [
  'that more than 6,500 people had been killed',
  'that at least 120 were still missing',
  'that the talks would continue on Thursday',
  'the release of 12 hostages',
  'that 2.3 million people live in the enclave',
  'a ceasefire proposal 🕊️ from the mediators',
  'that the 𝑓𝑖𝑔𝑢𝑟𝑒𝑠 could not be verified',
  'that about 1,400 people were killed in the attack',
];
const tails = ['according to Reuters', 'citing a statement', 'on Sunday', 'in Geneva', 'late on Tuesday', 'without giving details'];

function sentence(random: Random): string {
  const quoted = random() < 0.15;
  const core = `${pick(random, subjects)} ${pick(random, verbs)} ${pick(random, objects)}`;
  const tail = random() < 0.5 ? `, ${pick(random, tails)}` : '';
  return quoted ? `"${core}${tail}," the report said.` : `${core}${tail}.`;
}

/** Text of about `length` characters (UTF-16), paragraphs of 3–8 sentences separated by single newlines. */
export function articleText(seed: number, length: number): string {
  const random = seededRandom(seed);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < length) {
    const paragraph = Array.from({ length: between(random, 3, 8) }, () => sentence(random)).join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 1;
  }
  return paragraphs.join('\n').slice(0, length).trimEnd();
}

/** Word starts and ends of a text, as code-point offsets, for spans that begin and end on words. */
function wordEdges(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  let inWord = false;
  for (const character of text) {
    const wordLike = /[\p{L}\p{N}]/u.test(character);
    if (wordLike && !inWord) starts.push(offset);
    if (!wordLike && inWord) ends.push(offset);
    inWord = wordLike;
    offset++;
  }
  if (inWord) ends.push(offset);
  return { starts, ends };
}

/** `count` annotations on word boundaries, all four labels, about a third nested in or overlapping another. */
export function annotationDrafts(seed: number, text: string, count: number, documentId: string): AnnotationDraft[] {
  const random = seededRandom(seed);
  const { starts, ends } = wordEdges(text);
  const drafts: AnnotationDraft[] = [];
  for (let i = 0; i < count; i++) {
    const previous = drafts.at(-1);
    const nested = previous !== undefined && random() < 0.33;
    const first = nested ? starts.findIndex((start) => start >= previous.start) : between(random, 0, starts.length - 2);
    const start = starts[Math.max(0, first)]!;
    const endIndex = ends.findIndex((end) => end > start);
    const end = ends[Math.min(ends.length - 1, endIndex + between(random, 0, 12))]!;
    const label = labelIds[i % labelIds.length]!;
    drafts.push({
      id: `bench-${seed}-${i}`,
      documentId,
      label,
      start,
      end,
      note: i % 5 === 0 ? 'Checked against the ministry statement' : '',
      confidence: null,
      attributes: defaultAttributes(label),
    } as AnnotationDraft);
  }
  return drafts;
}
