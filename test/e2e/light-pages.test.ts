/**
 * Pages for rationed links: the search interface (script and styles) is fetched only when a
 * reader reaches for search, Starlight's CSS is pruned at build and nothing is prefetched,
 * and the pages still do everything: search from the header (button, Ctrl+K) or without
 * JavaScript, the theme switch, the mobile menu.
 */
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
    const searchFiles = () => fetched.filter((p) => p.includes('/pagefind/') || /search-dialog|search-engine/.test(p));
    expect(searchFiles()).toEqual([]);
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('site-search dialog input').fill('cccm');
    await expect.poll(() => page.locator('site-search dialog .search-result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(searchFiles().length).toBeGreaterThan(0);
    // Pagefind's JS API only: no default UI, no web worker (a second copy of its runtime).
    expect(searchFiles().filter((p) => /pagefind-ui|ui-core|pagefind-worker/.test(p))).toEqual([]);
    await context.close();
  });
});

describe('one script per page', () => {
  it('loads its own code as one module (plus the service worker’s registration), the same file on every sector page', async () => {
    const scriptsOf = async (path: string) => {
      const context = await s.context();
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.goto(`${s.url}${path}`, { waitUntil: 'networkidle' });
      await context.close();
      return scripts;
    };
    const health = await scriptsOf('/sectors/health/');
    expect(health.filter((p) => p.startsWith('/_astro/'))).toEqual([expect.stringMatching(/^\/_astro\/page\.[\w-]+\.js$/)]);
    expect(health.filter((p) => !p.startsWith('/_astro/'))).toEqual(['/sw-register.js']);
    expect((await scriptsOf('/sectors/shelter-and-settlements/')).filter((p) => p.startsWith('/_astro/'))).toEqual(
      health.filter((p) => p.startsWith('/_astro/')),
    );
  });
});

describe('a trimmed page still does everything', () => {
  it('opens the header search with Ctrl+K and with /, its styles in the page’s stylesheet (no style element added later)', async () => {
    const { page } = await s.open('/sectors/health/');
    const styles = () => page.evaluate(() => document.querySelectorAll('style, link[rel=stylesheet]').length);
    const before = await styles();
    for (const key of ['Control+k', '/']) {
      await page.keyboard.press(key);
      const input = page.locator('site-search dialog[open] input');
      await expect.poll(() => input.count(), { timeout: 10_000, message: `${key} opens the dialog` }).toBe(1);
      expect(await page.evaluate(() => document.activeElement?.matches('site-search dialog input'))).toBe(true);
      await input.fill('shelter');
      await expect.poll(() => page.locator('site-search dialog .search-result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('site-search dialog[open]').count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.matches('button[data-open-modal]'))).toBe(true);
    }
    expect(await styles()).toBe(before);
    await page.context().close();
  });

  it('fetches no other page when the pointer or the keyboard passes over links (no prefetch)', async () => {
    const { page } = await s.open('/sectors/health/');
    await page.waitForLoadState('networkidle');
    const pages: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'document' || r.url().endsWith('/')) pages.push(r.url());
    });
    const links = page.locator('#starlight__sidebar a[href^="/"]');
    for (let i = 0; i < 3; i++) {
      await links.nth(i).hover({ force: true });
      await links.nth(i).focus();
    }
    await page.waitForTimeout(500);
    expect(pages).toEqual([]);
    await page.context().close();
  });

  it('switches to the dark theme from the theme menu', async () => {
    const { page } = await s.open('/sectors/health/');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.locator('starlight-theme-select select').first().selectOption('light');
    const light = await background();
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).not.toBe(light);
    await page.context().close();
  });

  it('opens the mobile menu at phone width and shows the sidebar’s links', async () => {
    const { page } = await s.open('/sectors/health/', { viewport: { width: 360, height: 740 } });
    const sidebarLink = page.locator('#starlight__sidebar').getByRole('link', { name: 'Search with filters' });
    expect(await sidebarLink.isVisible()).toBe(false);
    await page.locator('button[popovertarget="starlight__sidebar"]').click();
    await expect.poll(() => sidebarLink.isVisible()).toBe(true);
    await page.context().close();
  });

  it('marks the section being read in “On this page” as the reader scrolls', async () => {
    const { page } = await s.open('/guidance/health-in-emergencies/', { viewport: { width: 1400, height: 900 } });
    const current = () => page.locator('atlas-toc a[aria-current="true"]').innerText();
    await expect.poll(current).toBe('Overview');
    await page.evaluate(() => document.getElementById('what-iom-does')?.scrollIntoView());
    await expect.poll(current).toBe('What IOM does');
    expect(await page.locator('atlas-toc a[aria-current="true"]').count()).toBe(1);
    await page.context().close();
  });

  it('on a phone, the “On this page” bar opens its list, jumps, closes and names the section; Esc closes it too', async () => {
    const { page } = await s.open('/guidance/health-in-emergencies/', { viewport: { width: 360, height: 740 } });
    const bar = page.locator('atlas-mobile-toc');
    const list = bar.getByRole('link', { name: 'What IOM does' });
    expect(await list.isVisible()).toBe(false);
    await bar.locator('summary').click();
    await expect.poll(() => list.isVisible()).toBe(true);
    await list.click();
    await expect.poll(() => list.isVisible()).toBe(false);
    expect(new URL(page.url()).hash).toBe('#what-iom-does');
    await expect.poll(() => bar.locator('.toc-current').innerText()).toBe('What IOM does');
    await bar.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => list.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => list.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.context().close();
  });

  it('reaches the search page from the menu without JavaScript', async () => {
    const { page } = await s.open('/sectors/health/', { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    await page.locator('button[popovertarget="starlight__sidebar"]').click();
    await page.locator('#starlight__sidebar').getByRole('link', { name: 'Search with filters' }).click();
    await page.waitForURL(/\/search\/$/);
    expect(await page.locator('h1').innerText()).toMatch(/search/i);
    await page.context().close();
  });

  it('opens the search page from the header’s search button without JavaScript', async () => {
    const { page } = await s.open('/sectors/health/', { javaScriptEnabled: false });
    await page.locator('site-search button[data-open-modal]').click();
    await page.waitForURL(/\/search\/\??$/);
    expect(await page.locator('h1').innerText()).toMatch(/search/i);
    await page.context().close();
  });
});
