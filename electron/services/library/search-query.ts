/**
 * What the reviewer types into the search box, turned into an FTS5 query. Every word and quoted
 * phrase becomes a quoted FTS5 string, so nothing typed is read as query syntax (AND, OR, NEAR,
 * column names, brackets); all of them must match. A word ending in `*` matches words it begins.
 */

/** A letter or a digit: a part with neither is only punctuation, which the index does not hold. */
const wordCharacter = /[\p{L}\p{N}]/u;
const parts = /"([^"]*)"?|(\S+)/g;

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The FTS5 expression for a search, or null when it has no word to look for. */
export function searchExpression(search: string): string | null {
  const terms: string[] = [];
  for (const [, phrase, word] of search.matchAll(parts)) {
    if (phrase !== undefined) {
      if (wordCharacter.test(phrase)) terms.push(quoted(phrase));
      continue;
    }
    const prefix = word!.endsWith('*');
    const text = word!.replace(/\*+$/, '');
    if (wordCharacter.test(text)) terms.push(prefix ? `${quoted(text)}*` : quoted(text));
  }
  return terms.length > 0 ? terms.join(' ') : null;
}
