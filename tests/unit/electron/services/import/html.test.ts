import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleFromHtml, extractHtml } from '../../../../../electron/services/import/html';

const fixture = fileURLToPath(new URL('../../../../fixtures/import/article-with-scripts.html', import.meta.url));

function page(html: string, name = 'page.html') {
  return extractHtml({ name, bytes: new TextEncoder().encode(html) });
}

describe('extractHtml', () => {
  const article = extractHtml({ name: 'hamas-moscow.html', bytes: readFileSync(fixture) });

  it('takes the article text, paragraph by paragraph, and nothing else of the page', () => {
    expect(article.text).toBe(
      [
        'A delegation from Hamas visited Moscow on Thursday for talks on the release of foreign hostages, including Russian citizens that the militant group is holding in Gaza, Russian news agencies reported.',
        'Senior Hamas member Abu Marzouk was among those attending the talks, TASS reported.',
        'Israel has vowed to wipe out Hamas in retaliation for an Oct. 7 attack that killed 1,400 people. Palestinian authorities say more than 6,500 have been killed.',
        '“Contacts were held with him in continuation of the Russian line,” TASS said.',
        'Israel condemned the visit.',
        'Moscow has not yet responded.',
      ].join('\n'),
    );
  });

  it('leaves out scripts, event handlers, navigation, advertising, frames, forms and page furniture', () => {
    for (const absent of ['track', 'alert', 'steal', 'cookie', 'Injected', 'Home', 'Opinion', 'Advertisement', 'Buy our product', 'Sponsored', 'frames', 'Subscribe', 'you@example.org', 'Most read', 'Privacy', 'font-family', '<', '>']) {
      expect(article.text).not.toContain(absent);
    }
  });

  it('reads the metadata from the meta tags, the canonical link and the page language', () => {
    expect(article.metadata).toEqual({
      title: 'Hamas delegation visits Moscow for talks on hostages',
      author: 'Jane Reporter',
      publishedAt: '2023-10-27',
      publication: 'World News Desk',
      url: 'https://news.example.org/world/hamas-moscow',
      language: 'en-GB',
    });
    expect(article.encoding).toBe('utf-8');
  });

  it('records what it left out', () => {
    expect(article.cleaning).toEqual([
      {
        kind: 'converted',
        from: 'html',
        omitted: {
          'page header or footer': 2,
          advertisement: 2,
          aside: 1,
          script: 1,
          'embedded frame': 1,
          media: 1,
          form: 1,
          'paragraph outside the article': 1,
        },
      },
    ]);
  });

  it('decodes a page by the charset it declares', () => {
    const bytes = Uint8Array.from([
      ...Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>', 'latin1'),
      // "Москва" in Windows-1251.
      0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0,
      ...Buffer.from('</p></body></html>', 'latin1'),
    ]);
    expect(extractHtml({ name: 'moscow.html', bytes })).toMatchObject({ text: 'Москва', encoding: 'windows-1251' });
  });

  it('leaves out hidden elements and keeps a single no-break space', () => {
    const { text } = page('<p>Casualties:&nbsp;1,400</p><p hidden>hidden</p><p style="display: none">gone</p><p aria-hidden="true">aria</p>');
    expect(text).toBe('Casualties:\u00A01,400');
  });

  it('leaves out a javascript: canonical address and a profile-page author', () => {
    const { metadata } = page(
      '<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="article:author" content="https://example.org/staff/jane"></head><body><p>Text.</p></body></html>',
    );
    expect(metadata).toEqual({});
  });

  it('refuses a page with no text', () => {
    expect(() => page('<html><body><script>alert(1)</script><nav>Home</nav></body></html>', 'empty.html')).toThrow('empty.html: the page has no text');
  });
});

describe('articleFromHtml', () => {
  it('reads pasted HTML fragments, each block a paragraph', () => {
    const { text } = articleFromHtml('<h2>Update</h2><ul><li>First <b>point</b></li><li>Second</li></ul><table><tr><td>Killed</td><td>1,400</td></tr></table>', 'pasted');
    expect(text).toBe('Update\nFirst point\nSecond\nKilled\n1,400');
  });
});
