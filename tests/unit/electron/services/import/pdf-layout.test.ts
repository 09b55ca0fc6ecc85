import { describe, expect, it } from 'vitest';
import { paragraphsFromPages, type PdfTextRun } from '../../../../../electron/services/import/pdf-layout';

/** A line of 10-point text at a baseline, its width as a monospaced font would give it. */
function line(text: string, y: number, x = 72): PdfTextRun {
  return { text, x, y, width: text.length * 5, size: 10, endsLine: true };
}

describe('paragraphsFromPages', () => {
  it('starts a paragraph at an indented line when the spacing does not change', () => {
    const page = [
      line('The delegation arrived in Moscow on Thursday and', 700),
      line('met the deputy foreign minister.', 688),
      line('Israel condemned the visit and called on Russia', 676, 84),
      line('to expel the delegation at once.', 664),
    ];
    expect(paragraphsFromPages([page]).paragraphs).toEqual([
      'The delegation arrived in Moscow on Thursday and met the deputy foreign minister.',
      'Israel condemned the visit and called on Russia to expel the delegation at once.',
    ]);
  });

  it('puts a space between runs that sit apart without a space character', () => {
    const runs: PdfTextRun[] = [
      { text: 'Casualty', x: 72, y: 700, width: 40, size: 10, endsLine: false },
      { text: 'figures', x: 115, y: 700, width: 35, size: 10, endsLine: false },
      { text: 'rose.', x: 150, y: 700, width: 25, size: 10, endsLine: true },
    ];
    expect(paragraphsFromPages([runs]).paragraphs).toEqual(['Casualty figuresrose.']);
  });

  it('drops a soft hyphen at a line end and joins the word', () => {
    const page = [line('The nego\u00AD', 700), line('tiations went on.', 688)];
    expect(paragraphsFromPages([page]).paragraphs).toEqual(['The negotiations went on.']);
  });

  it('continues a sentence on the next page and in the next column, but not after a full stop', () => {
    const first = [line('Palestinian authorities say that more than', 100)];
    const second = [line('6,500 have been killed.', 700)];
    const third = [line('Moscow has not responded.', 700)];
    const layout = paragraphsFromPages([first, second, third]);
    expect(layout.paragraphs).toEqual(['Palestinian authorities say that more than 6,500 have been killed.', 'Moscow has not responded.']);
    expect(layout.continuedPages).toEqual([2]);
  });

  it('leaves out page numbers on the first or last line of a page, but not numbers inside the text', () => {
    const page = [line('Page 3 of 7', 760), line('Killed', 700), line('1400', 688), line('Injured', 676), line('- 3 -', 40)];
    const layout = paragraphsFromPages([page]);
    expect(layout.paragraphs).toEqual(['Killed 1400 Injured']);
    expect(layout.pageNumbers).toEqual([
      { page: 1, text: 'Page 3 of 7' },
      { page: 1, text: '- 3 -' },
    ]);
  });
});
