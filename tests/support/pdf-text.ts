/** Reading a PDF back as a reader would: its pages' text and sizes, with pdf.js. */

export interface PdfPages {
  pages: string[];
  /** Width and height of each page in points. */
  sizes: [number, number][];
}

/** Each page's text, its lines joined by spaces and runs of white space made one. */
export async function readPdf(bytes: Uint8Array): Promise<PdfPages> {
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: VerbosityLevel.ERRORS });
  const pdf = await loading.promise;
  const pages: string[] = [];
  const sizes: [number, number][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
    pages.push(text.replace(/\u2060/g, '').replace(/\s+/g, ' '));
    const [, , width, height] = page.view;
    sizes.push([Math.round(width!), Math.round(height!)]);
  }
  await loading.destroy();
  return { pages, sizes };
}

/** The names of the fonts a PDF's pages draw text with, as embedded ("TwemojiMozilla", without the subset's prefix). */
export async function pdfFontNames(bytes: Uint8Array): Promise<string[]> {
  const { getDocument, OPS, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, fontExtraProperties: true, verbosity: VerbosityLevel.ERRORS });
  const pdf = await loading.promise;
  const names = new Set<string>();
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const { fnArray, argsArray } = await page.getOperatorList();
    for (const [index, operation] of fnArray.entries()) {
      if (operation !== OPS.setFont) continue;
      const font = page.commonObjs.get(argsArray[index][0]) as { name: string };
      names.add(font.name.replace(/^[A-Z]{6}\+/, ''));
    }
  }
  await loading.destroy();
  return [...names].sort();
}
