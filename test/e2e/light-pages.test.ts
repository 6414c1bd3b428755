/** Pages for rationed links: the search interface is fetched only when a reader reaches for search. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../helpers/browser.ts';

let s: Awaited<ReturnType<typeof site>>;
beforeAll(async () => {
  s = await site();
});
afterAll(async () => {
  await s?.close();
});

describe('a sector page on a slow line', () => {
  it('fetches nothing of search until the search button is used, then opens a working search', async () => {
    const context = await s.context();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${s.url}/sectors/health/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500); // longer than an idle callback
    const searchFiles = () => fetched.filter((p) => p.includes('/pagefind/') || /ui-core/.test(p));
    expect(searchFiles()).toEqual([]);
    await page.locator('site-search button[data-open-modal]').click();
    const input = page.locator('#starlight__search input');
    await expect.poll(() => input.count(), { timeout: 10_000 }).toBe(1);
    await input.fill('cccm');
    await expect.poll(() => page.locator('.pagefind-ui__result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(searchFiles().length).toBeGreaterThan(0);
    await context.close();
  });
});
