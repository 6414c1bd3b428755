/** Shared links that were edited, cut short or come from elsewhere: the page says what it left out and shows the rest. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../helpers/browser.ts';

let s: Awaited<ReturnType<typeof site>>;
beforeAll(async () => {
  s = await site();
});
afterAll(async () => {
  await s?.close();
});

describe('a tampered link', () => {
  it('planner: keeps the readable ratings and says which part it could not read', async () => {
    const w = await s.open('/matrix/planner/#v=1&title=Sahel&r=CX&n-atlantis=hello');
    const notice = w.page.locator('.link-unread');
    await expect.poll(() => notice.textContent()).toContain('the rating “X” for');
    expect(await notice.textContent()).toContain('a note for “atlantis”, which is not a sector');
    await expect.poll(() => w.page.locator('#planner-title, input[name="title"]').first().inputValue()).toBe('Sahel');
    expect(w.consoleErrors).toEqual([]);
    await w.page.context().close();
  });

  it('matrix: an unknown edition falls back to 2021 and is named', async () => {
    const w = await s.open('/matrix/?edition=1999');
    await expect.poll(() => w.page.locator('.link-unread').textContent()).toContain('the edition “1999” (there are 2012 and 2021)');
    await expect.poll(() => w.page.locator('#matrix-status').textContent()).toContain('(2021 edition)');
    expect(w.consoleErrors).toEqual([]);
    await w.page.context().close();
  });

  it('in French and Arabic: the notice and the tool’s messages are in the page’s language', async () => {
    const fr = await s.open('/fr/matrix/?edition=1999');
    await expect
      .poll(() => fr.page.locator('.link-unread').textContent())
      .toBe('Une partie de ce lien n’a pas pu être lue et a été ignorée : l’édition « 1999 » (il existe 2012 et 2021). Tout le reste est affiché.');
    await expect.poll(() => fr.page.locator('#matrix-status').textContent()).toMatch(/^\d+ secteurs affichés sur \d+ \(édition 2021\)\.$/);
    expect(fr.consoleErrors).toEqual([]);
    await fr.page.context().close();

    const ar = await s.open('/ar/matrix/planner/#v=7');
    await expect.poll(() => ar.page.locator('.link-unread').textContent()).toContain('7');
    const notice = (await ar.page.locator('.link-unread').textContent()) ?? '';
    expect(notice).not.toMatch(/[A-Za-z]{3,}/);
    await ar.page.getByRole('button', { name: 'حدّث رابط المشاركة' }).click();
    await expect.poll(() => ar.page.locator('.planner-status').textContent()).toBe('حُدّث الرابط.');
    expect(ar.consoleErrors).toEqual([]);
    await ar.page.context().close();
  });

  it('search: an over-long query (10 kB, as long as a server accepts) does not hang the page', async () => {
    const w = await s.open(`/search/?q=${'camp%20'.repeat(1_500)}&colour=red`);
    await expect.poll(() => w.page.locator('.link-unread').textContent(), { timeout: 20_000 }).toContain('the end of the search words (over 500 characters)');
    expect(await w.page.locator('.link-unread').textContent()).toContain('“colour”');
    expect(w.consoleErrors).toEqual([]);
    await w.page.context().close();
  });
});
