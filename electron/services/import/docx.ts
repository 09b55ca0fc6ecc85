/**
 * Word (.docx) articles: mammoth turns the document into plain HTML (its own small set of tags),
 * which is read as HTML is. A leading Title or Heading 1 paragraph gives the title. Images and
 * files linked from outside the document are never read.
 */
import { ImportError, type ExtractedArticle, type ImportFile } from './article';
import type { CleaningStep } from './cleaning';
import { startsWith } from './encoding';
import { paragraphsOf, parseHtmlDocument, removeNonArticleParts } from './html-dom';
import { titleText } from './metadata-values';
import { joinParagraphs } from './paragraphs';

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const oldWordSignature = [0xd0, 0xcf, 0x11, 0xe0];

const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

function notWordError(file: ImportFile): ImportError | undefined {
  if (file.bytes.length === 0) return new ImportError(file.name, 'the file is empty');
  if (startsWith(file.bytes, oldWordSignature)) {
    return new ImportError(file.name, 'this is an old Word 97–2003 document (.doc); save it as .docx and import it again');
  }
  if (!startsWith(file.bytes, zipSignature)) {
    return new ImportError(file.name, 'this is not a Word document: a .docx file is a ZIP archive, and this file is not one');
  }
  return undefined;
}

async function convertToHtml(file: ImportFile): Promise<string> {
  // Loaded on the first Word file: the command line and the app start without it.
  const { default: mammoth } = await import('mammoth');
  // Images carry no text: each becomes an empty <img> instead of a data: URL of its bytes.
  const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  try {
    const buffer = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    const result = await mammoth.convertToHtml({ buffer }, { styleMap, convertImage: skipImages, externalFileAccess: false });
    return result.value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/main document part/i.test(message)) {
      throw new ImportError(file.name, 'this is a ZIP archive with no Word document inside (no word/document.xml); it may be another kind of file renamed to .docx');
    }
    throw new ImportError(file.name, `the Word document could not be read (${message.split('\n')[0]})`);
  }
}

/** The article in a Word document; raises ImportError for a file that is not a readable .docx or has no text. */
export async function extractDocx(file: ImportFile): Promise<ExtractedArticle> {
  const notWord = notWordError(file);
  if (notWord) throw notWord;
  const body = parseHtmlDocument(await convertToHtml(file)).body!;
  // Footnotes and endnotes end with "↑" links back to their reference: not text of the document.
  for (const backLink of Array.from(body.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]'))) backLink.remove();
  const omitted = removeNonArticleParts(body);

  const steps: CleaningStep[] = [];
  const metadata: ExtractedArticle['metadata'] = {};
  const lead = body.children[0];
  const title = lead?.nodeName.toLowerCase() === 'h1' ? titleText(lead.textContent) : undefined;
  if (lead && title !== undefined) {
    lead.remove();
    metadata.title = title;
    steps.push({ kind: 'lifted', line: 1, field: 'title', value: title });
  }
  const text = joinParagraphs(paragraphsOf(body));
  if (text === '') throw new ImportError(file.name, 'the Word document has no text');
  return { text, metadata, encoding: 'binary', cleaning: [...steps, { kind: 'converted', from: 'docx', omitted }] };
}
