import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app';
import { clickPhrase, selectPhrase } from './support/text-selection';
import { queryDatabase, startHost, type RunningHost } from './support/web-host';

const screenshots = join(process.cwd(), 'test-results', 'editor');
const claimQuote = 'Palestinian authorities say more than 6,500 have been killed';
const figureQuote = 'more than 6,500';

interface StoredAnnotation {
  id: string;
  label: string;
  start_offset: number;
  end_offset: number;
  quote: string;
  note: string;
  reviewer: string;
}

describe('the editor in the browser', () => {
  const app = useBrowserApp({ viewport: { width: 1400, height: 900 }, screenshots });

  const stored = () =>
    queryDatabase<StoredAnnotation>(
      app.databasePath,
      'SELECT id, label, start_offset, end_offset, quote, note, reviewer FROM annotations ORDER BY start_offset, end_offset DESC',
    );
  const annotationList = () => app.page.getByRole('list', { name: 'Annotations in text order' });

  async function tagClaimWithNestedFigure() {
    await selectPhrase(app.page, claimQuote);
    await app.page.keyboard.press('2');
    await selectPhrase(app.page, figureQuote);
    await app.page.keyboard.press('3');
    await expect.poll(() => stored().map((a) => [a.label, a.quote])).toEqual([
      ['attributed_claim', claimQuote],
      ['casualty_figure', figureQuote],
    ]);
  }

  it('opens the sample article on first launch', async () => {
    await expect.poll(() => app.page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Hamas delegation visits Moscow for talks on hostages',
    );
    expect(await app.page.getByText('2023-10-27 · © Getty Images / Bolot').count()).toBe(1);
    expect(await app.article().textContent()).toContain('A delegation from Hamas visited Moscow on Thursday');
    expect(queryDatabase(app.databasePath, 'SELECT title FROM documents')).toEqual([
      { title: 'Hamas delegation visits Moscow for talks on hostages' },
    ]);
    await app.screenshot('first-launch.png');
  });

  it('tags a casualty figure nested in an attributed claim with 2 then 3, and keeps both after a restart', async () => {
    await tagClaimWithNestedFigure();
    const [claim, figure] = stored();
    expect([claim!.start_offset, claim!.end_offset, figure!.start_offset, figure!.end_offset]).toEqual([1447, 1507, 1475, 1490]);
    expect(claim!.reviewer).toBe('e2e reviewer');
    const figureHighlight = app.article().locator(`.fm-annotation[data-annotation-id="${figure!.id}"]`);
    expect(await figureHighlight.textContent()).toBe(figureQuote);
    expect(await figureHighlight.locator('xpath=ancestor::*[@data-annotation-id]').getAttribute('data-annotation-id')).toBe(claim!.id);
    await expect.poll(() => app.page.getByRole('status').textContent()).toBe('All changes saved');
    await app.screenshot('nested-claim-and-figure.png');

    await app.restart();
    expect(await annotationList().getByRole('listitem').allTextContents()).toEqual([
      `CLAIM${claimQuote}Verdict: UncheckedAttributed claim`,
      `FIGURE${figureQuote}Verdict: UncheckedCasualty figure`,
    ]);
    expect(await app.article().locator('.fm-chip').allTextContents()).toEqual(['CLAIM', 'FIGURE']);
  });

  it('extends a selection with the keyboard and tags it', async () => {
    await selectPhrase(app.page, 'Senior');
    for (const _ of ' Hamas member') await app.page.keyboard.press('Shift+ArrowRight');
    await app.page.keyboard.press('4');
    await expect.poll(() => stored().map((a) => [a.label, a.quote])).toEqual([['opinion', 'Senior Hamas member']]);
    // An opinion with no holder and no note says so under its quote.
    expect(await annotationList().getByRole('listitem').allTextContents()).toEqual(['OPINIONSenior Hamas memberNothing recorded yetOpinion']);
    await app.screenshot('opinion-nothing-recorded.png');
  });

  it('keeps the article text read-only while selection and copy work', async () => {
    await selectPhrase(app.page, 'The Kremlin');
    await app.page.keyboard.type('xyz');
    await app.page.keyboard.press('Backspace');
    await app.page.keyboard.press('Enter');
    expect(await app.article().textContent()).toContain('The Kremlin');
    expect(await app.article().textContent()).not.toContain('xyz');
    expect(await app.page.evaluate(() => window.getSelection()?.toString())).toBe('The Kremlin');
    expect(queryDatabase(app.databasePath, 'SELECT count(*) AS n FROM annotations')).toEqual([{ n: 0 }]);
  });

  it('saves a note typed on the selected annotation', async () => {
    await tagClaimWithNestedFigure();
    await annotationList().getByRole('button', { name: /CLAIM/ }).click();
    // Typed once the claim's panel shows, as the reviewer sees it replace the figure's.
    const label = app.page.getByRole('region', { name: 'Selected annotation' }).getByRole('combobox', { name: 'Label' });
    await expect.poll(() => label.inputValue()).toBe('attributed_claim');
    await app.page.getByLabel('Note').fill('Gaza health ministry figure; check against OCHA');
    await expect.poll(() => stored()[0]!.note).toBe('Gaza health ministry figure; check against OCHA');
    // The list's row says what was recorded, then the note.
    await expect
      .poll(() => annotationList().getByRole('button', { name: /CLAIM/ }).textContent())
      .toContain('Verdict: Unchecked · Gaza health ministry figure; check against OCHA');
    await app.screenshot('note.png');
  });

  it('keeps the annotations made since the article was opened, and its undo history, across a visit to the library', async () => {
    await tagClaimWithNestedFigure();
    const views = app.page.getByRole('navigation', { name: 'Views' });
    await views.getByRole('button', { name: 'Library' }).click();
    await app.page.getByRole('main', { name: 'Library' }).waitFor();
    await app.page.keyboard.press('Delete');
    await views.getByRole('button', { name: 'Article' }).click();
    expect(await app.article().locator('.fm-chip').allTextContents()).toEqual(['CLAIM', 'FIGURE']);
    expect(stored()).toHaveLength(2);
    await app.article().click();
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => stored().map((a) => a.label)).toEqual(['attributed_claim']);
  });

  it('deletes the selected annotation with Delete, and undo and redo follow in the store', async () => {
    await tagClaimWithNestedFigure();
    const [, figure] = stored();
    await annotationList().getByRole('button', { name: /FIGURE/ }).click();
    await app.page.keyboard.press('Delete');
    await expect.poll(() => stored().map((a) => a.label)).toEqual(['attributed_claim']);
    expect(await app.article().locator('.fm-chip').allTextContents()).toEqual(['CLAIM']);

    await app.page.keyboard.press('Control+z');
    await expect.poll(() => stored().map((a) => a.id)).toContain(figure!.id);
    expect(await app.article().locator('.fm-chip').allTextContents()).toEqual(['CLAIM', 'FIGURE']);

    await app.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => stored().map((a) => a.label)).toEqual(['attributed_claim']);
  });

  it('asks which annotation was meant when a click lands on nested ones', async () => {
    await tagClaimWithNestedFigure();
    await app.page.keyboard.press('Escape');
    await clickPhrase(app.page, '6,500');
    const picker = app.page.getByRole('menu', { name: 'Choose an annotation' });
    expect(await picker.getByRole('menuitem').allTextContents()).toEqual([`FIGURE${figureQuote}`, `CLAIM${claimQuote}`]);
    await app.screenshot('picker.png');
    await picker.getByRole('menuitem', { name: /CLAIM/ }).click();
    expect(await app.page.getByRole('combobox', { name: 'Label' }).inputValue()).toBe('attributed_claim');
  });

  it('tags selected text from the context menu', async () => {
    await selectPhrase(app.page, 'undignified step');
    const { startX, startY } = await app.page.evaluate(() => {
      const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
      return { startX: rect.left + 5, startY: rect.top + rect.height / 2 };
    });
    await app.page.mouse.click(startX, startY, { button: 'right' });
    await app.page.getByRole('menuitem', { name: /Tag as Opinion/ }).click();
    await expect.poll(() => stored().map((a) => [a.label, a.quote])).toEqual([['opinion', 'undignified step']]);
  });

  it('shows a failed save, keeps the change on screen, and saves it on retry', async () => {
    await app.page.route('**/api', (route) => route.abort('connectionrefused'));
    await selectPhrase(app.page, 'TASS reported');
    await app.page.keyboard.press('2');
    const alert = app.page.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Not saved (1 change waiting): The app’s local server cannot be reached.');
    expect(await app.article().locator('.fm-chip').allTextContents()).toEqual(['CLAIM']);
    expect(stored()).toEqual([]);
    await app.screenshot('save-failed.png');

    await app.page.unroute('**/api');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => stored().map((a) => a.quote)).toEqual(['TASS reported']);
    await expect.poll(() => app.page.getByRole('status').textContent()).toBe('All changes saved');
  });

  it('leaves the status alone for a quick save, and says it is saving while a save is slow', async () => {
    const status = app.page.getByRole('status');
    await status.evaluate((element) => {
      const seen: string[] = [];
      new MutationObserver(() => seen.push(element.textContent ?? '')).observe(element, { childList: true, characterData: true, subtree: true });
      Object.assign(window, { statusTexts: seen });
    });
    await selectPhrase(app.page, 'TASS reported');
    await app.page.keyboard.press('2');
    await expect.poll(() => stored().map((a) => a.quote)).toEqual(['TASS reported']);
    expect(await app.page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts)).toEqual([]);

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await app.page.route('**/api', async (route) => {
      if ((route.request().postDataJSON() as { method: string }).method === 'saveAnnotation') await held;
      await route.continue();
    });
    await selectPhrase(app.page, 'Zakharova gave no further details.');
    await app.page.keyboard.press('4');
    // The status changes half a second into the save: a busy machine may take longer to get there.
    await expect.poll(() => status.textContent(), { timeout: 5_000 }).toBe('Saving…');
    expect(stored().map((a) => a.quote)).toEqual(['TASS reported']);
    await app.screenshot('saving-slowly.png');

    release();
    await expect.poll(() => status.textContent()).toBe('All changes saved');
    expect(stored().map((a) => a.quote)).toEqual(['TASS reported', 'Zakharova gave no further details.']);
  });

  it('has no serious or critical accessibility violations on the main screen', async () => {
    await tagClaimWithNestedFigure();
    const results = await new AxeBuilder({ page: app.page }).analyze();
    const severe = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(severe.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

describe('the web host', () => {
  let folder: string;
  let host: RunningHost;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'factmark-e2e-'));
    host = await startHost(join(folder, 'library.sqlite'));
  });

  afterAll(async () => {
    await host?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const callApi = (headers: Record<string, string>) =>
    fetch(`${host.origin}/api`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ method: 'listDocuments', args: {} }),
    });

  it('answers a request that carries the token', async () => {
    const response = await callApi({ 'X-Factmark-Token': host.token });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
  });

  it('refuses a request without the token', async () => {
    const response = await callApi({});
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ok: false, error: { code: 'unauthorized', message: 'Missing or wrong access token' } });
  });

  it('refuses a request from a foreign origin, even with the token', async () => {
    const response = await callApi({ 'X-Factmark-Token': host.token, Origin: 'http://attacker.example' });
    expect(response.status).toBe(403);
  });

  it('refuses invalid arguments with a message naming the field', async () => {
    const response = await fetch(`${host.origin}/api`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Factmark-Token': host.token },
      body: JSON.stringify({ method: 'getDocument', args: { id: 42 } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: 'invalid_arguments', message: 'Invalid arguments for getDocument: id: Invalid input: expected string, received number' },
    });
  });

  it('refuses a request addressed to another host name, as a DNS-rebinding page would send', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const url = new URL(host.origin);
      const request = httpRequest(
        { host: url.hostname, port: url.port, path: '/', headers: { Host: `attacker.example:${url.port}` } },
        (response) => {
          response.resume();
          resolve(response.statusCode);
        },
      );
      request.on('error', reject);
      request.end();
    });
    expect(status).toBe(421);
  });

  it('does not serve files from outside the renderer bundle', async () => {
    const response = await fetch(`${host.origin}/..%2f..%2fpackage.json`);
    expect(response.status).toBe(404);
  });
});
