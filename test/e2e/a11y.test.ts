/**
 * Accessibility: axe (WCAG 2.2 A/AA + best practice) on every page the build wrote, and on
 * the page states the sitemap cannot list (a search with results, the 404 page, a filtered
 * matrix, a planner with ratings), each whole page, in the light and the dark theme.
 * In French and Arabic (right to left), one page of each type: the same templates with other
 * words, where a wrong `lang`, a mirrored layout or a longer label would show. (Spanish is
 * laid out as French is; html-validate and the language tests read its pages.)
 * Any exception must be listed in `documentedExceptions` with the reason.
 */

import { relative, sep } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translationLocales } from '../../src/core/locales.ts';
import { listFiles } from '../../src/project/files.ts';
import { pageTypes, site } from '../helpers/browser.ts';
import { dist } from '../helpers/dist.ts';

/** Violations accepted because they come from Starlight's own markup, with why. None today. */
const documentedExceptions: { rule: string; selector: RegExp; reason: string }[] = [];

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let s: Awaited<ReturnType<typeof site>>;
beforeAll(async () => {
  s = await site();
});
afterAll(async () => {
  await s?.close();
});

/** Every English page the build wrote (what the sitemap lists when SITE_URL is set), as paths. */
function sitemapPages(): string[] {
  return listFiles(dist)
    .map((f) => relative(dist, f).split(sep).join('/'))
    .filter((f) => f.endsWith('index.html') && !translationLocales.some((l) => f.startsWith(`${l.code}/`)))
    .map((f) => `/${f.replace(/index\.html$/, '')}`);
}

/** One page of each type in French and in Arabic, and the translated About page (a Starlight page of content/docs/). */
const translatedPages = translationLocales
  .filter((l) => l.code === 'fr' || l.dir === 'rtl')
  .flatMap((l) => [...Object.values(pageTypes), '/about/'].map((path) => `/${l.code}${path}`));

/** Pages in a state a reader reaches but the sitemap cannot list. */
const pageStates = [
  '/search/?q=health',
  '/search/?q=shelter&type=Sector',
  '/does-not-exist/',
  '/matrix/?crossCutting=gender-equality&q=health',
  '/matrix/2012/?crossCutting=gender-equality&q=health',
  '/policies/?sector=health&kind=framework',
  '/matrix/planner/#v=1&title=Training&r=CIR-RC&n-health=Field+notes',
];

async function violations(page: Page, label: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself; the default mode opens an extra blank page per
  // scan to merge frame results, which more than doubles the time and this site has no frames.
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(tags)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.flatMap((v) => {
    const nodes = v.nodes.map((n) => n.target.join(' ')).filter((t) => !documentedExceptions.some((e) => e.rule === v.id && e.selector.test(t)));
    return nodes.length ? [`${label} ${v.id}: ${nodes.slice(0, 3).join(' | ')}`] : [];
  });
}

/**
 * Loads the page in the light theme and scans it, then switches to dark the way a reader
 * does (the theme menu, which also sets the colour-scheme preference) and scans it again.
 * One load for both themes halves the work; the DOM is the same, only the colours change.
 */
async function scanBothThemes(page: Page, path: string): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(s.url + path);
  const themeMenu = page.locator('starlight-theme-select select').first();
  const themed = (await themeMenu.count()) > 0;
  if (themed) expect(await page.evaluate(() => document.documentElement.dataset.theme), path).toBe('light');
  const found = await violations(page, `${path} [light]`);
  await page.emulateMedia({ colorScheme: 'dark' });
  if (themed) {
    await themeMenu.selectOption('dark', { force: true });
    // The menu's change handler may run a moment after the event on a loaded machine: wait for it.
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme), { message: path, timeout: 5000 }).toBe('dark');
  }
  found.push(...(await violations(page, `${path} [dark]`)));
  return found;
}

/** Scans paths on two pages at once (the CI machine has two cores). */
async function scanAll(paths: string[]): Promise<string[]> {
  const workers = await Promise.all(
    [0, 1].map(async () => {
      const context = await s.context();
      // Every load starts in light; the scan then switches to dark itself.
      await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
      return context.newPage();
    }),
  );
  const failures: string[] = [];
  let next = 0;
  await Promise.all(
    workers.map(async (page) => {
      while (next < paths.length) {
        const path = paths[next++];
        failures.push(...(await scanBothThemes(page, path)));
      }
    }),
  );
  await Promise.all(workers.map((p) => p.context().close()));
  return failures;
}

describe('axe WCAG 2.2 AA + best practice, whole page, light and dark theme', () => {
  it('no violations on any page of the sitemap', async () => {
    const pages = sitemapPages();
    expect(pages.length).toBeGreaterThan(200);
    expect(await scanAll(pages)).toEqual([]);
  }, 900_000);

  it('no violations on one page of each type in French and Arabic', async () => {
    expect(await scanAll(translatedPages)).toEqual([]);
  }, 600_000);

  it('no violations in page states the sitemap cannot list', async () => {
    expect(await scanAll(pageStates)).toEqual([]);
  }, 120_000);

  it('reports a violation when there is one (the scan is not blind)', async () => {
    const context = await s.context();
    const page = await context.newPage();
    await page.goto(`${s.url}/sectors/health/`);
    // An image without a text alternative and a low-contrast paragraph, added to a real page.
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg"><p style="color:#777;background:#888">faint</p>');
    });
    const found = await violations(page, 'health');
    await context.close();
    expect(found.map((f) => f.split(' ')[1])).toEqual(expect.arrayContaining(['image-alt:', 'color-contrast:']));
  });
});

describe('axe on the header search dialog, open with results, light and dark theme', () => {
  it('no violations with results, a 2012 line, sub-results and More results, nor with the fallback line and a suggestion', async () => {
    const failures: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      const context = await s.context({ colorScheme: theme });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();
      await page.goto(`${s.url}/sectors/health/`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await page.keyboard.press('Control+k');
      for (const [query, shown] of [
        ['Transport Assistance for Affected Populations', '.result-former'],
        ['shleter', '.dialog-widened a'],
      ]) {
        await page.locator('site-search dialog input').fill(query);
        await page.locator(`site-search dialog ${shown}`).first().waitFor({ timeout: 15_000 });
        await page.locator('site-search dialog .dialog-status').filter({ hasText: query }).waitFor();
        failures.push(...(await violations(page, `dialog “${query}” [${theme}]`)));
      }
      await context.close();
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
