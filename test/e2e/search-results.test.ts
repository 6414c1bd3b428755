/**
 * What a reader sees in search results, class by class: paragraphs as results, the site's
 * own page first, old names leading to today's sector, excerpts without plumbing, and the
 * header dialog keeping early keystrokes and giving focus back on Esc.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../helpers/browser.ts';

let s: Awaited<ReturnType<typeof site>>;
let page: Page;
beforeAll(async () => {
  s = await site();
  page = await (await s.context()).newPage();
});
afterAll(async () => {
  await s?.close();
});

interface Shown {
  href: string;
  title: string;
  type: string;
  former: string;
  excerpt: string;
}

async function search(query: string): Promise<Shown[]> {
  await page.goto(`${s.url}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /\d+ results? for/.test(document.querySelector('.search-status')?.textContent ?? ''), null, { timeout: 15_000 });
  return page.locator('.search-result').evaluateAll((items) =>
    items.map((li) => ({
      href: li
        .querySelector('a.result-link')!
        .getAttribute('href')!
        .replace(/\?[^#]*/, ''),
      title: li.querySelector('a.result-link')!.textContent!.trim(),
      type: li.querySelector('.result-type')!.textContent!.trim(),
      former: li.querySelector('.result-former')?.textContent?.trim() ?? '',
      excerpt: li.querySelector('.result-excerpt')!.textContent!.trim(),
    })),
  );
}

describe('paragraphs are results', () => {
  it('a paragraph lookup shows the paragraph itself: document and ¶N as title, its text as excerpt', async () => {
    const [first] = await search('131 coordination platforms');
    expect(first).toMatchObject({ href: '/sources/mcof-2021-addendum/#p7', title: 'MCOF 2021 Addendum ¶7' });
    expect(first.type).toMatch(/^Source paragraph/);
    expect(first.excerpt).toMatch(/131 coordination platforms/);
  });

  it('several paragraphs of one document can be results, and footnotes never are', async () => {
    const shown = await search('humanitarian development peace nexus');
    expect(shown.length).toBe(5);
    // Every result, five at a time, as a reader pressing "More results" sees them.
    for (let shownCount = 5; (await page.locator('.more-results').isVisible()) && shownCount < 40; shownCount += 5) {
      await page.locator('.more-results').click();
      await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, shownCount);
    }
    const all = await page.locator('.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace(/\?[^#]*/, '')));
    expect(all.filter((h) => /^\/sources\/mcof-2021-addendum\/#p\d+$/.test(h)).length).toBeGreaterThanOrEqual(2);
    expect(all.some((h) => /#(footnote|user-content-fn)/.test(h))).toBe(false);
  });
});

describe('the site’s own page comes first', () => {
  it.each([
    ['CBI', '/approaches/cash-based-interventions/'],
    ['PRDS', '/policies/progressive-resolution-of-displacement-situations/'],
    ['MiGOF', '/policies/migration-governance-framework/'],
    ['do no harm', '/glossary/#do-no-harm'],
  ])('for “%s”: %s', async (query, expected) => {
    const [first] = await search(query);
    expect(expected.includes('#') ? first.href : first.href.replace(/#.*$/, '')).toBe(expected);
  });
});

describe('old names lead to new sectors', () => {
  it('a 2012 sector’s name finds its 2021 successor first, with a line saying so', async () => {
    const [first] = await search('Transport Assistance for Affected Populations');
    expect(first.href.replace(/#.*$/, '')).toBe('/sectors/movement-assistance/');
    expect(first.former).toBe('2012: Transport Assistance for Affected Populations → now Movement assistance');
  });
});

describe('results a reader can use', () => {
  it('excerpts never show the hidden synonym list, and no result repeats its page title as its section', async () => {
    // Each query finds pages through glossary synonyms they do not contain; the synonym list stays out of sight.
    for (const [query, plumbing] of [
      ['stock warehouses', /global stocks · stock warehouses|stock warehouses · /i],
      ['WASH', /water, sanitation and hygiene · |· water and sanitation/i],
      ['cash transfers', /cash-based interventions · |· cash transfers/i],
    ] as const) {
      const shown = await search(query);
      expect(shown.length).toBeGreaterThan(0);
      for (const r of shown) {
        expect(r.excerpt).not.toMatch(plumbing);
        const [head, section] = r.title.split(' — ');
        if (section) expect(section.toLowerCase()).not.toBe(head.toLowerCase());
      }
    }
  });

  it('facet values with no results are not offered', async () => {
    await search('transitional justice');
    const labels = await page.locator('.facet-groups label').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l).not.toMatch(/\(0\)$/);
  });
});

describe('the header search dialog', () => {
  it('keeps what was typed before the search code loaded, and Esc gives focus back to the search button', async () => {
    const p = await (await s.context()).newPage();
    await p.goto(`${s.url}/sectors/health/`, { waitUntil: 'load' });
    // Hold back Pagefind's interface so the keys arrive before it exists.
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    await p.route(/ui-core|pagefind-ui/, async (route) => {
      await held;
      await route.continue();
    });
    await p.locator('site-search button[data-open-modal]').click();
    await p.keyboard.type('durable solutions');
    release();
    const input = p.locator('site-search dialog .pagefind-ui__search-input');
    await expect.poll(() => input.inputValue(), { timeout: 15_000 }).toBe('durable solutions');
    await expect.poll(() => p.locator('site-search dialog .pagefind-ui__result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await p.keyboard.press('Escape');
    await expect.poll(() => p.evaluate(() => document.activeElement?.matches('button[data-open-modal]'))).toBe(true);
    await p.context().close();
  });

  it('ranks like /search/: an old name finds today’s sector first, and no sub-result repeats its page’s title', async () => {
    const p = await (await s.context()).newPage();
    await p.goto(`${s.url}/sectors/health/`, { waitUntil: 'load' });
    await p.locator('site-search button[data-open-modal]').click();
    await p.keyboard.type('Transport Assistance for Affected Populations');
    const links = p.locator('site-search dialog .pagefind-ui__result-link');
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => links.first().getAttribute('href')).toBe('/sectors/movement-assistance/');
    const results = await p.locator('site-search dialog .pagefind-ui__result').evaluateAll((items) =>
      items.map((li) => ({
        title: li.querySelector('.pagefind-ui__result-title:not(.pagefind-ui__result-nested *) a')?.textContent?.trim() ?? '',
        subs: [...li.querySelectorAll('.pagefind-ui__result-nested a')].map((a) => a.textContent!.trim()),
      })),
    );
    expect(results.filter((r) => r.title && r.subs.length).length).toBeGreaterThan(0);
    for (const r of results) expect(r.subs).not.toContain(r.title);
    await p.context().close();
  });
});
