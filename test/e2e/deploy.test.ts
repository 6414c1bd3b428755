/**
 * The site deployed at its own address and path: built with SITE_URL and BASE_PATH=/mcof/,
 * served under /mcof/ only (nothing answers at /), it crawls with no broken link or anchor,
 * search finds and opens results, canonical links, the sitemap and the handout QR codes
 * carry the public address, and the offline ZIP of the same build still works from file://.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import jsQR from 'jsqr';
import { LinkChecker } from 'linkinator';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/static-server.ts';
import { listFiles } from '../../src/project/files.ts';
import { launch } from '../helpers/browser.ts';
import { astroEnv } from '../helpers/build-env.ts';
import { root } from '../helpers/content.ts';
import { unzipBundle } from '../helpers/offline.ts';

const siteUrl = 'https://atlas.example.net';
const base = '/mcof/';
const work = mkdtempSync(join(tmpdir(), 'mcof-deploy-'));
const out = join(work, 'dist');
const html = (address: string) => readFileSync(join(out, address, 'index.html'), 'utf8');

let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--silent'], {
    cwd: root,
    env: astroEnv({ SITE_URL: siteUrl, BASE_PATH: base, MCOF_OUT_DIR: out }),
    stdio: 'pipe',
  });
  server = await serve(out, { base, headers: true });
  browser = await launch();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a build for https://atlas.example.net/mcof/', () => {
  it('crawls from /mcof/ with zero broken links or anchors (pages, assets, Pagefind, /data files)', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${server.url}${base}`,
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      timeout: 10_000,
      // A request the busy test machine drops (four languages: ~4,000 links) is tried again
      // before it counts as broken; a missing page still fails every try.
      retryErrors: true,
      retryErrorsCount: 3,
      retryErrorsJitter: 500,
      linksToSkip: async (link: string) => !link.startsWith(server.url),
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent})`);
    expect(broken).toEqual([]);
    expect(result.links.length).toBeGreaterThan(400); // every page and asset, each once
    // Nothing is served outside the base, so a link that escaped it would have been reported above.
    expect((await fetch(`${server.url}/sectors/health/`)).status).toBe(404);
  });

  it('prefixes every internal link, script, stylesheet and image with the base path', () => {
    for (const address of ['/', '/sectors/health/', '/sectors/health/during/', '/guidance/cash-based-interventions/', '/search/', '/download/']) {
      const page = html(address);
      const local = [...page.matchAll(/\s(?:href|src|action)="(\/[^"/][^"]*|\/)"/g)].map((m) => m[1]);
      expect(local.length, address).toBeGreaterThan(5);
      expect(
        local.filter((u) => !u.startsWith(base)),
        address,
      ).toEqual([]);
    }
  });

  it('gives canonical links and a sitemap with the public address', () => {
    expect(html('/sectors/health/')).toContain(`<link rel="canonical" href="${siteUrl}${base}sectors/health/"`);
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${siteUrl}${base}sectors/health/during/</loc>`);
    expect(sitemap).not.toMatch(new RegExp(`<loc>${siteUrl}/(?!mcof/)`));
  });

  it('links every page to itself in every language with absolute hreflang alternates, and x-default to the English', () => {
    const pages = listFiles(out)
      .filter((f) => f.endsWith('index.html'))
      .map((f) => `/${relative(out, f).split(sep).join('/')}`.replace(/index\.html$/, ''))
      .filter((p) => !p.startsWith('/download/') || /^\/((fr|es|ar)\/)?download\/$/.test(p));
    expect(pages.length).toBeGreaterThan(900);
    for (const address of pages) {
      const links = Object.fromEntries([...html(address).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
      const english = address.replace(/^\/(fr|es|ar)\//, '/');
      expect(links, address).toEqual({
        en: `${siteUrl}${base}${english.slice(1)}`,
        fr: `${siteUrl}${base}fr${english}`,
        es: `${siteUrl}${base}es${english}`,
        ar: `${siteUrl}${base}ar${english}`,
        'x-default': `${siteUrl}${base}${english.slice(1)}`,
      });
    }
  });

  it('writes _headers for the paths under the base', () => {
    const headers = readFileSync(join(out, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/mcof\/\*\n {2}Content-Security-Policy: default-src 'self'/m);
    expect(headers).toContain('/mcof/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  it('finds results on the search page and opens one under the base path', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.url()} ${r.status()}`);
    });
    await page.goto(`${server.url}${base}search/?q=camp+management`);
    const first = page.locator('.search-results a').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 15_000 }).toMatch(/^\/mcof\//);
    await first.click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/mcof\/(sectors|sources|guidance|glossary|systems)\//);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('searches from the header dialog under the base path: Pagefind, results and the search page link carry /mcof/', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.url()} ${r.status()}`);
    });
    await page.goto(`${server.url}${base}sectors/health/`);
    await page.locator('site-search button[data-open-modal]').click();
    await page.keyboard.type('shleter');
    const first = page.locator('site-search dialog .dialog-results > li > .result-link').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 15_000 }).toMatch(/^\/mcof\//);
    // The suggestion needed the search page's vocabulary, fetched under the base path.
    expect(await page.locator('site-search dialog .dialog-widened a').textContent()).toBe('shelter');
    expect(await page.locator('site-search dialog .dialog-all a').getAttribute('href')).toMatch(/^(http:\/\/[^/]+)?\/mcof\/search\/\?q=shleter$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints a handout whose QR code reads the sector’s public address', async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 1200 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${base}sectors/health/handout/`);
    // Draw the QR code's SVG onto a canvas at a readable size and decode its pixels.
    const image = await page.evaluate(async () => {
      const svg = document.querySelector('figure.qr svg')!;
      const size = 400;
      const clone = svg.cloneNode(true) as SVGSVGElement;
      clone.setAttribute('width', String(size));
      clone.setAttribute('height', String(size));
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, size, size);
      ctx.drawImage(img, 0, 0, size, size);
      return { data: Array.from(ctx.getImageData(0, 0, size, size).data), size };
    });
    const code = jsQR(Uint8ClampedArray.from(image.data), image.size, image.size);
    expect(code?.data).toBe(`${siteUrl}${base}sectors/health/`);
    await context.close();
  });

  it('links the other languages of a one-language offline copy to the online site, anchor and all', () => {
    const { folder } = unzipBundle(out, 'fr');
    const sector = readFileSync(join(folder, 'fr/sectors/health/index.html'), 'utf8');
    expect(sector).toContain(`<a href="${siteUrl}${base}sectors/health/" hreflang="en"`);
    expect(sector).toContain(`<a href="${siteUrl}${base}ar/sectors/health/" hreflang="ar"`);
    expect(sector).not.toMatch(/href="(?:\.\.\/)+(?:sectors|es|ar)\//);
  });

  it('builds an offline ZIP that still works from file:// (no base path inside it)', async () => {
    const { url } = unzipBundle(out);
    const context = await browser.newContext();
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url());
    });
    // ERR_ABORTED is a load the browser cancelled because the page navigated on; not a failure.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') outside.push(`failed: ${r.url()}`);
    });
    await page.goto(`${url}index.html`);
    await page.locator('a[href$="sectors/health/index.html"]').first().click();
    await expect.poll(() => page.url()).toBe(`${url}sectors/health/index.html`);
    await page.goto(`${url}search/index.html?q=camp`);
    await expect.poll(() => page.locator('.search-results a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    await context.close();
  });
});
