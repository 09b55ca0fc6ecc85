/** Selecting article text as a user does: pressing the mouse at a phrase's first character and dragging to its last. */
import type { Page } from 'playwright-core';

interface PhraseBox {
  startX: number;
  startY: number;
  endX: number;
  endY: number;
}

/** Where a phrase starts and ends on screen, found in the text of the element matching `container`. */
export async function phraseBox(page: Page, phrase: string, container = '[aria-label="Article text"]'): Promise<PhraseBox> {
  const box = await page.evaluate(
    ({ phrase, container }) => {
      const root = document.querySelector(container);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        // Label chips are not part of the text.
        acceptNode: (node) => (node.parentElement?.closest('.fm-chip') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const nodes: Text[] = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push(node as Text);
        text += (node as Text).data;
      }
      const at = text.indexOf(phrase);
      if (at < 0) return null;
      const locate = (offset: number) => {
        for (const node of nodes) {
          if (offset < node.data.length) return { node, offset };
          offset -= node.data.length;
        }
        throw new Error('offset past the end');
      };
      const rectOf = (offset: number) => {
        const { node, offset: inNode } = locate(offset);
        const range = document.createRange();
        range.setStart(node, inNode);
        range.setEnd(node, inNode + 1);
        return range.getBoundingClientRect();
      };
      locate(at).node.parentElement!.scrollIntoView({ block: 'center' });
      const first = rectOf(at);
      const last = rectOf(at + phrase.length - 1);
      return { startX: first.left + 1, startY: first.top + first.height / 2, endX: last.right - 1, endY: last.top + last.height / 2 };
    },
    { phrase, container },
  );
  if (!box) throw new Error(`The phrase "${phrase}" is not on the page`);
  return box;
}

/** Selects a phrase of the article by dragging the mouse across it. */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  const { startX, startY, endX, endY } = await phraseBox(page, phrase);
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move((startX + endX) / 2, (startY + endY) / 2, { steps: 4 });
  await page.mouse.move(endX, endY, { steps: 4 });
  await page.mouse.up();
  // The editor syncs the selection in a timer after the mouse is released; let that run first.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
  // When reading, the editor has taken the selection once the toolbar offers to tag it.
  await page.getByText(/Press 1–4 to tag the selected text|Correcting the text/).waitFor();
}

/** Clicks in the middle of a phrase of the article. */
export async function clickPhrase(page: Page, phrase: string): Promise<void> {
  const { startX, startY, endX } = await phraseBox(page, phrase);
  await page.mouse.click((startX + endX) / 2, startY);
}
