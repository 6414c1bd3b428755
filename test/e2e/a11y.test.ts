/**
 * Accessibility: axe (WCAG 2.2 A/AA) on every page type, in light and dark themes.
 * Any exception must be listed in `documentedExceptions` with the reason.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTypes, site } from '../helpers/browser.ts';
import { dist } from '../helpers/dist.ts';

/** Violations accepted because they come from Starlight's own markup, with why. */
export const documentedExceptions: { rule: string; selector: RegExp; reason: string }[] = [];

let s: Awaited<ReturnType<typeof site>>;
beforeAll(async () => { s = await site(); });
afterAll(async () => { await s?.close(); });

/** One page per theme, reused for every scan: opening a fresh context each time triples the run time. */
const pages = new Map<string, Page>();
async function pageFor(theme: 'light' | 'dark'): Promise<Page> {
  const existing = pages.get(theme);
  if (existing) return existing;
  const context = await s.context({ colorScheme: theme });
  await context.addInitScript((t) => { localStorage.setItem('starlight-theme', t); }, theme);
  const page = await context.newPage();
  pages.set(theme, page);
  return page;
}

export async function scan(path: string, theme: 'light' | 'dark') {
  const page = await pageFor(theme);
  await page.goto(s.url + path);
  // Starlight pages apply the chosen theme; the standalone print handout has none.
  if (await page.locator('starlight-theme-select').count()) expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations
    .map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).filter((t) => !documentedExceptions.some((e) => e.rule === v.id && e.selector.test(t))) }))
    .filter((v) => v.nodes.length)
    .map((v) => `${v.rule}: ${v.nodes.slice(0, 3).join(' | ')}`);
}

/** Every page listed in the sitemap, as addresses. */
function sitemapPages(): string[] {
  const index = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/**
 * Every page of the sitemap. Scanning all ~215 pages whole in both themes takes about 13
 * minutes on the two-core CI machine, so the work is split by what can differ:
 *  - per page: its content (<main>), every WCAG 2.2 A/AA and best-practice rule except colour
 *    contrast, in the light theme (structure, names, headings, ids do not change with theme);
 *  - per page type, below: the whole page (header, sidebar, content) with every rule,
 *    contrast included, in both themes — colours come from the same styles on every page of
 *    a type.
 */
const sitemapScans = [
  { theme: 'light' as const, rules: { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'], except: ['color-contrast'] } },
];
describe.each(sitemapScans)('axe on every page of the sitemap, $theme theme', ({ theme, rules }) => {
  it('has no violations in any page’s content', async () => {
    const pages = sitemapPages();
    expect(pages.length).toBeGreaterThan(200);
    const workers = await Promise.all(Array.from({ length: 2 }, async () => {
      const context = await s.context({ colorScheme: theme });
      await context.addInitScript((t) => { localStorage.setItem('starlight-theme', t); }, theme);
      return context.newPage();
    }));
    const failures: string[] = [];
    let next = 0;
    await Promise.all(workers.map(async (page) => {
      while (next < pages.length) {
        const path = pages[next++];
        await page.goto(s.url + path);
        let builder = new AxeBuilder({ page }).include('main');
        builder = builder.withTags(rules.tags).disableRules(rules.except);
        const results = await builder.analyze();
        for (const v of results.violations) {
          const nodes = v.nodes.map((n) => n.target.join(' ')).filter((t) => !documentedExceptions.some((e) => e.rule === v.id && e.selector.test(t)));
          if (nodes.length) failures.push(`${path} ${v.id}: ${nodes.slice(0, 2).join(' | ')}`);
        }
      }
    }));
    await Promise.all(workers.map((p) => p.context().close()));
    expect(failures).toEqual([]);
  }, 900_000);
});

describe.each(['light', 'dark'] as const)('axe WCAG 2.2 AA + best practice on each page type, whole page, %s theme', (theme) => {
  it.each(Object.entries(pageTypes))('%s (%s) has no violations', async (_name, path) => {
    expect(await scan(path, theme)).toEqual([]);
  });
});
