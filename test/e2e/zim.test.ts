/**
 * The ZIM file for Kiwix in dist/download/: zimcheck (zim-tools) runs every check, then
 * Debian's kiwix-serve (kiwix-tools) serves it on 127.0.0.1 and Chromium walks it as a
 * Kiwix reader would: home → a sector → the paragraph its objective cites; and Kiwix's
 * own full-text search finds a sector by its acronym.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { dist, requireBuild } from '../helpers/dist.ts';
import { freePort } from '../helpers/ports.ts';

let file: string;
let book: string;
let origin: string;
let server: ChildProcess | undefined;
let browser: Browser;

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`kiwix-serve did not answer at ${url}`);
}

beforeAll(async () => {
  requireBuild();
  const name = readdirSync(join(dist, 'download')).find((f) => /^mcof-atlas_en_\d{4}-\d{2}\.zim$/.test(f));
  if (!name) throw new Error('dist/download/ has no mcof-atlas_en_<yyyy-mm>.zim: install zim-tools (apt-get install zim-tools) and run `npm run build`');
  file = join(dist, 'download', name);
  book = name.replace(/\.zim$/, '');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn('kiwix-serve', ['--address=127.0.0.1', `--port=${port}`, file], { stdio: 'ignore' });
  await waitForServer(`${origin}/`);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

async function open(path: string): Promise<{ page: Page; outside: string[]; missing: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const outside: string[] = [];
  const missing: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  page.on('response', (r) => {
    if (r.url().startsWith(`${origin}/${book}/`) && r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(origin + path);
  return { page, outside, missing };
}

describe('ZIM for Kiwix', () => {
  it('passes zimcheck with all checks', () => {
    const out = execFileSync('zimcheck', ['-A', file], { encoding: 'utf8' });
    expect(out).toContain('Overall Test Status: Pass');
  });

  it('carries the metadata the Kiwix library lists it by (its OPDS catalogue entry)', async () => {
    const feed = await (await fetch(`${origin}/catalog/v2/entries`)).text();
    const entry = feed.slice(feed.indexOf('<entry>'));
    const field = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(entry)?.[1];
    expect(field('language')).toBe('eng');
    expect(field('name')).toBe('mcof-atlas_en');
    expect(field('title')).toBe('MCOF Atlas');
    expect(field('summary')?.length).toBeGreaterThan(20);
    expect(field('summary')!.length).toBeLessThanOrEqual(80);
    expect(entry).toMatch(/<author>\s*<name>[^<]*IOM[^<]*<\/name>/);
    expect(entry).toMatch(/<publisher>\s*<name>MCOF Atlas<\/name>/);
    expect(field('dc:issued')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(field('tags')).toMatch(/^humanitarian;migration;.*_ftindex:yes/);
    expect(entry).toContain('type="image/png;width=48;height=48;scale=1"');
    const icon = await fetch(`${origin}${/href="([^"]*illustration[^"]*)"/.exec(entry)![1]}`);
    expect(icon.headers.get('content-type')).toContain('image/png');
  });

  it('walks home → a sector → the paragraph its objective cites, all from the ZIM', async () => {
    const { page, outside, missing } = await open(`/${book}/`);
    await expect.poll(() => page.title()).toContain('MCOF Atlas');
    await page.locator('main a[href$="sectors/health/index.html"]').first().click();
    await page.waitForURL(/\/sectors\/health\/index\.html$/);
    expect(await page.locator('h1').first().textContent()).toContain('Health');
    await page.locator('main a[href*="sources/mcof-2021-addendum/index.html#p42"]').first().click();
    await page.waitForURL(/\/sources\/mcof-2021-addendum\/index\.html#p42$/);
    const paragraph = page.locator('[id="p42"]');
    await expect.poll(() => paragraph.isVisible()).toBe(true);
    expect(await page.locator('[data-para="42"]').textContent()).toContain('To reduce the mortality, morbidity and human suffering');
    expect(outside).toEqual([]);
    expect(missing).toEqual([]);
    await page.context().close();
  });

  it('finds a sector by its acronym with Kiwix’s own search', async () => {
    const { page } = await open(`/search?content=${book}&pattern=WASH`);
    const first = page.locator('.results a').first();
    expect(await first.getAttribute('href')).toBe(`/${book}/sectors/water-sanitation-and-hygiene/index.html`);
    await first.click();
    await expect.poll(() => page.title()).toContain('Water, sanitation and hygiene');
    await page.context().close();
  });
});
