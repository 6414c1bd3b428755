/** Natural questions and misspellings on /search/: results with a one-line explanation, or a spelling to try. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../helpers/browser.ts';

let s: Awaited<ReturnType<typeof site>>;
beforeAll(async () => {
  s = await site();
});
afterAll(async () => {
  await s?.close();
});

const results = (w: Awaited<ReturnType<typeof s.open>>) => w.page.locator('.search-results .result-link');
const line = (w: Awaited<ReturnType<typeof s.open>>) => w.page.locator('.search-fallback');

describe('a search with a word no page has', () => {
  it('“cash instead of food” shows the cash pages and says which words it used', async () => {
    const w = await s.open('/search/?q=cash+instead+of+food');
    await expect.poll(() => results(w).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => line(w).textContent()).toBe('No page has all your words; showing pages with cash and food.');
    await expect.poll(() => results(w).first().textContent()).toMatch(/cash/i);
    await w.page.context().close();
  });

  it('“when did IOM join the UN” finds pages instead of nothing', async () => {
    const w = await s.open('/search/?q=when+did+IOM+join+the+UN');
    await expect.poll(() => results(w).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => line(w).textContent()).toContain('No page has all your words; showing pages with');
    await w.page.context().close();
  });

  it('a misspelt word gets a suggestion from the site’s own words, which searches when followed', async () => {
    const w = await s.open('/search/?q=shleter');
    const suggestion = w.page.locator('.search-fallback a');
    await expect.poll(() => suggestion.textContent(), { timeout: 15_000 }).toBe('shelter');
    await suggestion.click();
    await expect.poll(() => results(w).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(new URL(w.page.url()).searchParams.get('q')).toBe('shelter');
    await w.page.context().close();
  });

  it('says so plainly when no word of the query is in the site', async () => {
    const w = await s.open('/search/?q=zzxqv+qqvbz');
    await expect.poll(() => line(w).textContent(), { timeout: 15_000 }).toBe('No page has any of these words.');
    expect(await results(w).count()).toBe(0);
    await w.page.context().close();
  });
});
