/**
 * The offline bundle, unzipped into a folder with spaces and accents and opened from
 * disk (file://) in headless Chromium: navigation, search with facets, matrix, planner,
 * with no failed request, no console error and nothing loaded from outside the folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/core/text.ts';
import { listFiles } from '../../src/project/files.ts';
import { launch } from '../helpers/browser.ts';
import { dist } from '../helpers/dist.ts';
import { bundleInfo, unzipBundle } from '../helpers/offline.ts';

let browser: Browser;
let base: string;
let page: Page;
let problems: string[] = [];

beforeAll(async () => {
  base = unzipBundle().url;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, from = base): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(from) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push(`outside the folder: ${r.url()}`);
  });
  await page.goto(from + path);
  return page;
}
afterEach(async () => {
  expect(problems).toEqual([]);
  await page?.context().close();
});

describe('offline bundle opened from disk', () => {
  it('opens the home page with styles and navigates through the sidebar to a sector in a phase', async () => {
    await open('index.html');
    const color = await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--sl-color-accent'));
    expect(color.trim()).not.toBe('');
    await page.getByRole('link', { name: 'Browse the sectors' }).click();
    await page.waitForURL(/sectors\/index\.html$/);
    await page.locator('nav.sidebar').getByRole('link', { name: 'Health', exact: true }).click();
    await page.waitForURL(/sectors\/health\/index\.html$/);
    await page
      .locator('.phase-strip')
      .getByRole('link', { name: /During a crisis/ })
      .click();
    await page.waitForURL(/sectors\/health\/during\/index\.html$/);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Health');
  });

  it('follows an in-text citation link to the paragraph anchor', async () => {
    await open('sectors/water-sanitation-and-hygiene/index.html');
    await page.locator('.official-quote a.cite').first().click();
    await page.waitForURL(/sources\/mcof-2021-addendum\/index\.html#p40$/);
    await expect(page.locator('#p40').isVisible()).resolves.toBe(true);
  });

  it('searches, narrows with a facet and opens a result', async () => {
    await open('index.html');
    await page.locator('a.offline-search-link').first().click();
    await page.waitForURL(/search\/index\.html$/);
    await page.locator('#search-q').fill('displacement tracking');
    await page.waitForFunction(() => document.querySelectorAll('.result-link').length > 0, undefined, { timeout: 20_000 });
    const before = await page.locator('.result-link').count();
    await page.getByRole('checkbox', { name: /^Guidance note/ }).check();
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('.result-type')].every((e) => e.textContent!.startsWith('Guidance note')) &&
        document.querySelectorAll('.result-link').length > 0,
    );
    await expect.poll(() => page.locator('.result-link').count()).toBeLessThanOrEqual(before);
    const href = await page.locator('.result-link').first().getAttribute('href');
    expect(href).toMatch(/^\.\.\/guidance\/[a-z0-9-]+\/index\.html/);
    await page.locator('.result-link').first().click();
    await page.waitForURL(/guidance\/[a-z0-9-]+\/index\.html/);
    await expect.poll(() => page.locator('mark.search-hit').count()).toBeGreaterThan(0);
  });

  it('switches the matrix edition by its link, to the 2012 page’s file, with the filters', async () => {
    await open('matrix/index.html');
    await page.getByLabel('Words in sector name or objective').fill('consular');
    await page.getByRole('navigation', { name: 'Edition' }).getByRole('link', { name: '2012' }).click();
    await page.waitForURL(/\/matrix\/2012\/index\.html\?q=consular$/);
    await expect(page.locator('#matrix-2012').isVisible()).resolves.toBe(true);
    await expect(page.locator('#matrix-2021').count()).resolves.toBe(0);
    await expect.poll(() => page.locator('#matrix-2012 tbody tr:not([hidden])').count()).toBe(1);
  });

  it('restores a planner URL', async () => {
    await open('matrix/planner/index.html#v=1&title=Offline%20test&r=-C');
    await expect(page.getByLabel('Context (for example, country and crisis)').inputValue()).resolves.toBe('Offline test');
    const rating = page.getByRole('radiogroup', { name: 'Camp coordination and camp management, During a crisis: your rating' });
    await expect(rating.getByRole('radio', { name: 'Critical' }).isChecked()).resolves.toBe(true);
    await expect(rating.locator('input:checked').inputValue()).resolves.toBe('critical');
  });

  it('says in a French page, in French, that it is the offline copy, and names its search link in French', async () => {
    await open('fr/download/index.html');
    await expect(page.locator('.notice', { hasText: 'copie hors ligne' }).textContent()).resolves.toMatch(
      /^Vous lisez la copie hors ligne de MCOF Atlas \(version /,
    );
    await expect(page.locator('.offline-search-link').first().textContent()).resolves.toBe('Rechercher');
    await page.locator('.offline-search-link').first().click();
    await expect.poll(() => page.url()).toBe(`${base}fr/search/index.html`);
  });

  it('shows glossary definitions and switches theme', async () => {
    await open('guidance/displacement-tracking/index.html');
    const term = page.locator('a.gloss').first();
    await term.focus();
    await expect(page.locator('.gloss-wrap .cite-tip').first().isVisible()).resolves.toBe(true);
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });
});

describe('a one-language offline copy (French) opened from disk', () => {
  let french: { folder: string; url: string };
  beforeAll(() => {
    french = unzipBundle(undefined, 'fr');
  });

  it('holds the French pages only, about a quarter of the copy with every language, every link inside it', () => {
    const info = bundleInfo();
    const fr = info.languages.find((l) => l.locale === 'fr')!;
    expect(fr.bytes).toBeLessThan(info.bytes / 2);
    const pages = listFiles(french.folder)
      .map((f) => relative(french.folder, f).split(sep).join('/'))
      .filter((f) => f.endsWith('.html'));
    expect(pages.filter((f) => !f.startsWith('fr/'))).toEqual(['index.html']);
    expect(pages.length - 1).toBe(listFiles(join(dist, 'fr')).filter((f) => f.endsWith('index.html')).length);
    // No relative link or script of any page leads to a file the copy does not hold.
    const missing: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(french.folder, page), 'utf8');
      for (const [, url] of html.matchAll(/\b(?:href|src)="([^"#?]+)/g)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/')) continue;
        const target = join(dirname(page), decodeURI(url));
        // The root index.html only opens the French home: a link to it stands for the English home.
        if (!existsSync(join(french.folder, target)) || (target === 'index.html' && page !== 'index.html')) missing.push(`${page} → ${url}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('opens the French home from index.html, says the other languages are online and searches in French', async () => {
    await open('index.html', french.url);
    await expect.poll(() => page.url()).toBe(`${french.url}fr/index.html`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    const menu = page.locator('.language-menu:visible').first();
    await menu.locator('summary').click();
    await expect(menu.locator('.language-menu-note').textContent()).resolves.toBe(
      'Cette copie contient une seule langue ; les autres se trouvent sur le site en ligne.',
    );
    // Français is the one link; the others are words (no online address in this build).
    await expect(menu.locator('a[data-language-link]').allTextContents()).resolves.toEqual(['Français']);
    await expect(menu.locator('span[lang="ar"]').textContent()).resolves.toBe('العربية');
    await page.goto(`${french.url}fr/search/index.html?q=assainissement`);
    const first = page.locator('.search-results a').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 15_000 }).toMatch(/water-sanitation-and-hygiene/);
    await first.click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`^${escapeRegExp(french.url)}fr/sectors/water-sanitation-and-hygiene/index\\.html`));
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Eau, assainissement et hygiène/);
  });
});
