/** Titles the library gives documents that come without one, and to copies. */

/** The longest title a document may have, in characters (the metadata schema's limit). */
const TITLE_LIMIT = 500;
/** A title taken from an article's first paragraph is kept to about a headline's length. */
const HEADLINE_LIMIT = 120;

function shortened(text: string, limit: number): string {
  const characters = Array.from(text);
  if (characters.length <= limit) return text;
  const cut = characters.slice(0, limit - 1).join('');
  // End at a word when one ends in the last quarter, so that no word is cut in half.
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > cut.length * 0.75 ? cut.slice(0, lastSpace) : cut}…`;
}

/** A title for an article that has none: its first paragraph, shortened to a headline's length. */
export function titleFromText(text: string): string {
  const firstParagraph = text.slice(0, text.indexOf('\n') + 1 || undefined).trim();
  return firstParagraph === '' ? 'Untitled article' : shortened(firstParagraph, HEADLINE_LIMIT);
}

/** The title of a copy: "… (copy)", kept within the title limit. */
export function copyTitle(title: string): string {
  const suffix = ' (copy)';
  return `${shortened(title, TITLE_LIMIT - suffix.length)}${suffix}`;
}
