/**
 * PDF articles: the text layer read with pdf.js (its legacy build for Node, in this thread, with
 * no network and no font loading), paragraphs rebuilt from the lines.
 * Character maps for Asian fonts come from the pdf.js package itself.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ImportError, type ExtractedArticle, type ImportFile } from './article';
import type { CleaningStep } from './cleaning';
import { languageTag, metadataText, titleText } from './metadata-values';
import { joinParagraphs } from './paragraphs';
import { paragraphsFromPages, type PdfTextRun } from './pdf-layout';

const pdfSignature = '%PDF-';
/** The signature may follow some junk; readers look within the first kilobyte. */
const signatureWindow = 1024;
/** Titles that word processors write for the user: not an article's title. */
const generatedTitle = /^(?:microsoft word - |untitled\b)|\.(?:docx?|pdf|rtf|odt|txt)$/i;

function packageFolder(subfolder: string): string {
  const manifest = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return join(dirname(manifest), subfolder) + '/';
}

function hasPdfSignature(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, signatureWindow)).includes(pdfSignature, 0, 'latin1');
}

function readError(file: ImportFile, error: unknown): ImportError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return new ImportError(file.name, 'the PDF is protected by a password');
  if (name === 'InvalidPDFException') return new ImportError(file.name, 'the file is not a valid PDF document (it may be damaged)');
  const message = error instanceof Error ? error.message : String(error);
  return new ImportError(file.name, `the PDF could not be read (${message})`);
}

/** The article in a PDF's text layer; raises ImportError for a file that is not a readable PDF or has no text. */
export async function extractPdf(file: ImportFile): Promise<ExtractedArticle> {
  if (file.bytes.length === 0) throw new ImportError(file.name, 'the file is empty');
  if (!hasPdfSignature(file.bytes)) throw new ImportError(file.name, 'this is not a PDF document (it does not start with %PDF-)');
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = getDocument({
    // A copy, as a plain Uint8Array: pdf.js refuses Node Buffers and may take ownership of what it
    // is given, while the caller keeps the raw bytes.
    data: new Uint8Array(file.bytes),
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    cMapUrl: packageFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: packageFolder('standard_fonts'),
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const document = await loading.promise.catch((error: unknown) => {
      throw readError(file, error);
    });
    const pages: PdfTextRun[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(
        content.items.flatMap((item) =>
          'str' in item
            ? [{ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, size: Math.hypot(item.transform[2], item.transform[3]) || item.height, endsLine: item.hasEOL }]
            : [],
        ),
      );
      page.cleanup();
    }
    const layout = paragraphsFromPages(pages);
    const text = joinParagraphs(layout.paragraphs);
    if (text === '') throw new ImportError(file.name, 'the PDF has no text layer (it may be a scanned image); run text recognition on it first');

    const { info } = (await document.getMetadata()) as { info: Record<string, unknown> };
    const title = titleText(info['Title']);
    const metadata: ExtractedArticle['metadata'] = {
      ...(title !== undefined && !generatedTitle.test(title) ? { title } : {}),
      ...(metadataText(info['Author']) !== undefined ? { author: metadataText(info['Author']) } : {}),
      ...(languageTag(info['Language']) !== undefined ? { language: languageTag(info['Language']) } : {}),
    };
    const omitted: Record<string, number> = layout.pageNumbers.length > 0 ? { 'page number': layout.pageNumbers.length } : {};
    const cleaning: CleaningStep[] = [
      { kind: 'converted', from: 'pdf', omitted },
      ...layout.pageNumbers.map(({ page, text: number }): CleaningStep => ({ kind: 'pageNumber', page, text: number })),
    ];
    return { text, metadata, encoding: 'binary', cleaning };
  } finally {
    await loading.destroy();
  }
}
