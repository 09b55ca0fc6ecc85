/** Helpers for writing the word lists of extraction as readable blocks of text. */

/** A set of the words of a block of text, split on whitespace. */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/** A regular-expression group matching any of the fragments of a block of text, split on whitespace. */
export function anyOf(fragments: string): string {
  return `(?:${fragments.trim().split(/\s+/).join('|')})`;
}
