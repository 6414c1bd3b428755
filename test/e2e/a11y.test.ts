/**
 * Accessibility: axe (WCAG 2.2 A/AA) on every page type, in light and dark themes.
 * Any exception must be listed in `documentedExceptions` with the reason.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTypes, site } from '../helpers/browser.ts';

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
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).filter((t) => !documentedExceptions.some((e) => e.rule === v.id && e.selector.test(t))) }))
    .filter((v) => v.nodes.length)
    .map((v) => `${v.rule}: ${v.nodes.slice(0, 3).join(' | ')}`);
}

describe.each(['light', 'dark'] as const)('axe WCAG 2.2 AA, %s theme', (theme) => {
  it.each(Object.entries(pageTypes))('%s (%s) has no violations', async (_name, path) => {
    expect(await scan(path, theme)).toEqual([]);
  });
});
