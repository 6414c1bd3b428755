/**
 * The installable, offline-capable online site in Chromium, served with the deployment
 * headers (CSP included): visit two pages, save the whole atlas from /download/, go offline
 * (the server is stopped too, so nothing can come from the network), open five pages never
 * visited, search and open a result; then deploy a changed service worker and see the notice.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/static-server.ts';
import { launch } from '../helpers/browser.ts';
import { dist, requireBuild } from '../helpers/dist.ts';
import { freePort } from '../helpers/ports.ts';

let site: string;
let port: number;
let server: Awaited<ReturnType<typeof serve>> | undefined;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  requireBuild();
  site = mkdtempSync(join(tmpdir(), 'atlas-pwa-'));
  cpSync(dist, site, { recursive: true, filter: (src) => !/\.(zip|zim|epub|pdf)$/.test(src) });
  port = await freePort();
  server = await serve(site, { headers: true, port });
  browser = await launch();
  context = await browser.newContext();
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

/** WCAG 2.2 AA violations of what the page shows now (the save progress, the update notice). */
async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const origin = () => `http://127.0.0.1:${port}`;
const h1 = () => page.locator('main h1, h1#_top').first().textContent();

describe('installable atlas that works offline', () => {
  it('has a web app manifest and a service worker that takes the page over', async () => {
    await page.goto(`${origin()}/`);
    const manifest = await (await fetch(`${origin()}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ name: 'MCOF Atlas', start_url: '/', scope: '/', display: 'standalone' });
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);
    await page.goto(`${origin()}/sectors/health/`);
    expect(await h1()).toContain('Health');
  });

  it('opens pages once visited without a network, before anything was saved', async () => {
    // Its own origin (another port), so this browser context starts with no worker and no cache.
    const other = await serve(site, { headers: true, port: await freePort() });
    const visitor = await browser.newContext();
    const tab = await visitor.newPage();
    await tab.goto(`${other.url}/sectors/shelter-and-settlements/`);
    await expect.poll(() => tab.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);
    await tab.goto(`${other.url}/phases/after/`);
    // The first page was fetched before the worker existed; the worker keeps it when it takes over.
    await expect.poll(() => tab.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(1);
    await other.close();
    await visitor.setOffline(true);
    for (const [path, title] of [
      ['/sectors/shelter-and-settlements/', 'Shelter and settlements'],
      ['/phases/after/', 'After a crisis'],
    ]) {
      await tab.goto(`${other.url}${path}`);
      expect(await tab.locator('main h1, h1#_top').first().textContent(), path).toContain(title);
      // Styled too: the page's own stylesheet came from the worker's cache.
      const styled = await tab.evaluate(() => [...document.styleSheets].some((s) => s.href?.includes('/_astro/') && s.cssRules.length > 0));
      expect(styled, `${path} styled`).toBe(true);
    }
    await expect(tab.goto(`${other.url}/sectors/protection/`)).rejects.toThrow();
    await visitor.close();
  }, 60_000);

  it('says the size before saving, shows progress, then says it is saved', async () => {
    await page.goto(`${origin()}/download/`);
    const button = page.locator('.save-atlas-button');
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await button.textContent()).toMatch(/^Save the whole atlas on this device \(\d+\.\d MB\)$/);
    await button.click();
    await expect.poll(() => page.locator('.save-atlas-progress').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.save-atlas-status').textContent(), { timeout: 90_000 }).toMatch(/^The whole atlas is saved on this device/);
  }, 120_000);

  it('offline: opens five pages never visited, the download page, and searches', async () => {
    await server!.close();
    server = undefined;
    await context.setOffline(true);
    for (const [path, title] of [
      ['/sectors/protection/', 'Protection'],
      ['/phases/during/', 'During a crisis'],
      ['/glossary/', 'Glossary'],
      ['/sources/mcof-2012/', 'Key Elements'],
      ['/approaches/localization/', 'Localization'],
    ]) {
      await page.goto(`${origin()}${path}`);
      expect(await h1(), path).toContain(title);
    }
    await page.goto(`${origin()}/download/`);
    expect(await h1()).toContain('Download');
    await page.goto(`${origin()}/search/?q=WASH`);
    const first = page.locator('.search-results .result-link').first();
    await expect.poll(() => first.isVisible(), { timeout: 20_000 }).toBe(true);
    await first.click();
    await page.waitForLoadState();
    expect(await h1()).toMatch(/water|sanitation|hygiene|WASH/i);
  }, 90_000);

  it('picks up a new deployment: "A new version of the atlas is available", reloads on request', async () => {
    // Deploy a changed build: the service worker of a new version (its caches renamed).
    const sw = join(site, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replaceAll('mcof-atlas-', 'mcof-atlas-next-'));
    server = await serve(site, { headers: true, port });
    await context.setOffline(false);
    await page.goto(`${origin()}/sectors/health/`);
    const notice = page.locator('.atlas-update');
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain('A new version of the atlas is available');
    expect(await violations()).toEqual([]);
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    expect(await h1()).toContain('Health');
    expect(await page.locator('.atlas-update').count()).toBe(0);
    const names = await page.evaluate(() => caches.keys());
    expect(names.some((n) => n.startsWith('mcof-atlas-next-'))).toBe(true);
    expect(errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  }, 90_000);
});

describe('the service worker exists only on the online site', () => {
  it('is in none of the ZIP, the ZIM and the EPUB', () => {
    const downloads = readdirSync(join(dist, 'download'));
    const zip = downloads.find((f) => f.endsWith('.zip'))!;
    const zipped = unzipSync(readFileSync(join(dist, 'download', zip)));
    expect(Object.keys(zipped).filter((f) => /(^|\/)(sw|sw-register|sw-save|sw-lifecycle)\.js$|manifest\.webmanifest$/.test(f))).toEqual([]);
    expect(strFromU8(zipped['mcof-atlas/index.html'])).not.toContain('sw-register');
    const zim = join(dist, 'download', downloads.find((f) => f.endsWith('.zim'))!);
    const entries = execFileSync('zimdump', ['list', zim], { encoding: 'utf8' }).split('\n');
    expect(entries.filter((e) => /sw(-register|-save|-lifecycle)?\.js$|webmanifest$/.test(e))).toEqual([]);
    expect(execFileSync('zimdump', ['show', '--url=index.html', zim], { encoding: 'utf8' })).not.toContain('sw-register');
    const epub = unzipSync(readFileSync(join(dist, 'download', downloads.find((f) => f.endsWith('.epub'))!)));
    expect(Object.keys(epub).filter((f) => f.endsWith('.js'))).toEqual([]);
  });
});
