/**
 * Quality gates on the built site: valid HTML, no broken links or anchors (linkinator
 * crawl), a title and description on every page, no request to any other host, a CSP
 * that holds, and a keyboard-only journey.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import htmlValidateConfig from '../../htmlvalidate.config.mjs';
import { serve } from '../../scripts/static-server.ts';
import { translationLocales } from '../../src/core/locales.ts';
import { listFiles } from '../../src/project/files.ts';
import { pageTypes, site } from '../helpers/browser.ts';
import { dist, requireBuild } from '../helpers/dist.ts';

let htmlFiles: string[] = [];
/**
 * What html-validate reads: every English page, and in French, Spanish and Arabic one page
 * of each type (the same templates with other words; languages.test.ts checks every page's
 * lang and dir). Validating all four copies of every page would triple the suite's time.
 */
let validated: string[] = [];
beforeAll(() => {
  requireBuild();
  htmlFiles = listFiles(dist).filter((f) => f.endsWith('.html'));
  const translated = translationLocales.flatMap((l) => Object.values(pageTypes).map((path) => join(dist, l.code, path.split('?')[0], 'index.html')));
  validated = [...htmlFiles.filter((f) => !translationLocales.some((l) => relative(dist, f).startsWith(`${l.code}${sep}`))), ...translated];
});

describe('every built page', () => {
  it('is valid HTML (html-validate, documented config)', async () => {
    const validator = new HtmlValidate(htmlValidateConfig as never);
    const errors: string[] = [];
    for (const file of validated) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const r of report.results) for (const m of r.messages) errors.push(`${relative(dist, file)}:${m.line} ${m.ruleId}: ${m.message}`);
    }
    expect(errors.slice(0, 20)).toEqual([]);
  });

  it('has a title and a meta description', () => {
    const missing: string[] = [];
    for (const file of htmlFiles) {
      const html = readFileSync(file, 'utf8');
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim();
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1]?.trim();
      if (!title || !description) missing.push(relative(dist, file).split(sep).join('/'));
    }
    expect(missing).toEqual([]);
  });

  it('links to nothing broken: linkinator crawl of pages, assets, anchors and /data files', async () => {
    const server = await serve(dist);
    try {
      const checker = new LinkChecker();
      const result = await checker.check({
        path: `${server.url}/`,
        recurse: true,
        checkFragments: true,
        concurrency: 8,
        timeout: 10_000,
        // A request the busy test machine drops (four languages: ~4,000 links) is tried again
        // before it counts as broken; a missing page still fails every try.
        retryErrors: true,
        retryErrorsCount: 3,
        retryErrorsJitter: 500,
        // Only this site: an external link (none are expected) would be reported, not fetched.
        linksToSkip: async (link: string) => !link.startsWith(server.url),
      });
      const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (${l.status}) from ${l.parent}`);
      expect(broken).toEqual([]);
      const urls = result.links.map((l) => l.url);
      expect(urls.some((u) => u.endsWith('/data/mcof.json'))).toBe(true);
      expect(urls.some((u) => u.includes('/sources/mcof-2021-addendum/'))).toBe(true);
      expect(result.links.length).toBeGreaterThan(htmlFiles.length);
    } finally {
      await server.close();
    }
  }, 240_000);
});

describe('in the browser', () => {
  let s: Awaited<ReturnType<typeof site>>;
  beforeAll(async () => {
    s = await site({ headers: true });
  });
  afterAll(async () => {
    await s?.close();
  });

  it.each(Object.entries(pageTypes))('%s page loads under the deployment CSP with no violation and no request to another host', async (_n, path) => {
    const context = await s.context();
    const page = await context.newPage();
    const violations: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(s.url) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
    });
    const response = await page.goto(s.url + path);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    if (path.startsWith('/search/')) {
      await page.locator('#search-q').fill('health');
      await page.waitForFunction(() => document.querySelectorAll('.result-link').length > 0);
    }
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('the header search (Pagefind’s JS API on the page) works under the CSP', async () => {
    const context = await s.context();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${s.url}/sectors/`);
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Control+k');
    await page.locator('dialog[open] input').fill('cash');
    await page.locator('dialog[open] .result-link').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('dialog[open] .dialog-status').textContent()).toMatch(/\d+ results? for “cash”/);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('walks home → sector → sector in a phase with the keyboard only', async () => {
    const context = await s.context();
    const page = await context.newPage();
    await page.goto(`${s.url}/`);
    const focusOn = async (name: RegExp, max = 80) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        const text = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
        if (name.test(text)) return;
      }
      throw new Error(`could not reach ${name} with Tab`);
    };
    await focusOn(/^Skip to content$/i, 3);
    await focusOn(/^Browse the sectors$/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sectors/');
    await focusOn(/^Protection$/, 120);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sectors/protection/');
    await focusOn(/^During a crisis$/, 120);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sectors/protection/during/');
    await context.close();
  });
});
