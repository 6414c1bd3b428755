/**
 * The offline bundle opened from disk (file://) in Firefox, which treats local files more
 * strictly than Chromium (each file its own origin): Debian's firefox-esr driven by
 * puppeteer-core over WebDriver BiDi (playwright-core cannot drive a stock Firefox).
 * The same journeys as the Chromium walk in offline.test.ts, with no console error, no
 * file that fails to load and nothing loaded from outside the unzipped folder.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unzipBundle } from '../helpers/offline.ts';

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
let browser: Browser;
let base: string;
let page: Page;
let problems: string[];

beforeAll(async () => {
  base = unzipBundle().url;
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('request', (r) => {
    if (!/^(data|blob|about):/.test(r.url()) && !r.url().startsWith(base)) problems.push(`outside the folder: ${r.url()}`);
  });
  // Firefox reports no network events for file:// loads, so a missing file would pass
  // unseen: the page itself reports every script, stylesheet or image that fails to load.
  await page.evaluateOnNewDocument(() => {
    addEventListener(
      'error',
      (e) => {
        const target = e.target as Partial<HTMLScriptElement & HTMLLinkElement> | null;
        if (target && target !== (window as unknown)) console.error(`could not load ${target.src || target.href}`);
      },
      true,
    );
  });
  await page.goto(base + path);
  return page;
}
afterEach(async () => {
  expect(problems).toEqual([]);
  await page?.close();
});

/** Clicks a link and waits for the page it leads to. */
async function follow(selector: string): Promise<string> {
  await Promise.all([page.waitForNavigation(), page.locator(selector).click()]);
  return page.url();
}

describe('offline bundle opened from disk in Firefox', () => {
  it('opens the home page with styles and navigates through the sidebar to a sector in a phase', async () => {
    await open('index.html');
    expect((await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--sl-color-accent'))).trim()).not.toBe('');
    expect(await follow('main a[href="sectors/index.html"]')).toMatch(/\/sectors\/index\.html$/);
    expect(await follow('nav.sidebar a[href="health/index.html"]')).toMatch(/\/sectors\/health\/index\.html$/);
    expect(await follow('.phase-strip a[href="during/index.html"]')).toMatch(/\/sectors\/health\/during\/index\.html$/);
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('Health');
  });

  it('follows an in-text citation link to the paragraph anchor', async () => {
    await open('sectors/water-sanitation-and-hygiene/index.html');
    await page.locator('.official-quote a.cite').click();
    await page.waitForFunction(() => location.hash === '#p40');
    expect(page.url()).toMatch(/sources\/mcof-2021-addendum\/index\.html#p40$/);
    expect(await page.$eval('#p40', (p) => p.getBoundingClientRect().top)).toBeLessThan(900);
  });

  it('searches, narrows with a facet and opens a result with the words highlighted', async () => {
    await open('search/index.html');
    await page.locator('#search-q').fill('displacement tracking');
    await page.waitForFunction(() => document.querySelectorAll('.result-link').length > 0, { timeout: 20_000 });
    const before = await page.$$eval('.result-link', (links) => links.length);
    await page.locator('input[type="checkbox"][value="Guidance note"]').click();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.result-link').length > 0 &&
        [...document.querySelectorAll('.result-type')].every((e) => e.textContent!.startsWith('Guidance note')),
    );
    expect(await page.$$eval('.result-link', (links) => links.length)).toBeLessThanOrEqual(before);
    expect(await follow('.result-link')).toMatch(/\/guidance\/[a-z0-9-]+\/index\.html/);
    expect(await page.$$eval('mark.search-hit', (marks) => marks.length)).toBeGreaterThan(0);
  });

  it('switches the matrix edition by its link, to the 2012 page’s file', async () => {
    await open('matrix/index.html');
    expect(await follow('.matrix-editions a[data-edition="2012"]')).toMatch(/\/matrix\/2012\/index\.html$/);
    expect(await page.$eval('#matrix-2012', (t) => t.checkVisibility())).toBe(true);
    expect(await page.$$eval('table.matrix', (tables) => tables.length)).toBe(1);
  });

  it('restores a planner URL', async () => {
    await open('matrix/planner/index.html#v=1&title=Offline%20test&r=-C');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="title"]')!.value !== '');
    expect(await page.$eval('input[name="title"]', (i) => (i as HTMLInputElement).value)).toBe('Offline test');
    expect(
      await page.$eval(
        '[aria-label="Camp coordination and camp management, During a crisis: your rating"] input:checked',
        (r) => (r as HTMLInputElement).value,
      ),
    ).toBe('critical');
  });

  it('shows a glossary definition on focus and switches to the dark theme', async () => {
    await open('guidance/displacement-tracking/index.html');
    await page.focus('a.gloss');
    expect(await page.$eval('.gloss-wrap .cite-tip', (t) => t.checkVisibility())).toBe(true);
    await page.select('starlight-theme-select select', 'dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });
});
