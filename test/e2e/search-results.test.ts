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

describe('the reader’s words correct the scores (first results)', () => {
  const firstPath = async (query: string) => (await search(query))[0]?.href;
  it('a question naming a thing among other words finds that thing’s own page first', async () => {
    expect((await firstPath('how does IOM work with local actors'))?.replace(/#.*$/, '')).toBe('/approaches/localization/');
  });
  it('a question whose meaningful word is a glossary term finds the term first, not a page named with it', async () => {
    expect(await firstPath('what is a migrant')).toBe('/glossary/#migrant');
    expect(await firstPath('IDP')).toBe('/glossary/#idp');
  });
  it('a sentence of the framework finds today’s paragraph first, before the 2012 text that says the same', async () => {
    const shown = await search('States bear the primary responsibility to protect');
    expect(shown[0].href).toBe('/sources/mcof-2021-addendum/#p8');
    expect(shown.findIndex((r) => r.href === '/sources/mcof-2012/#p9')).toBeGreaterThan(0);
  });
  it('words found as typed in a paragraph put it before the page that quotes them', async () => {
    expect(await firstPath('Resolution No. 1243')).toBe('/sources/mcof-2021-addendum/#p1');
  });
  it('a paraphrase of a paragraph keeps the paragraph among the first three', async () => {
    const shown = await search('camps as a last resort');
    expect(shown.slice(0, 3).map((r) => r.href)).toContain('/sources/mcof-2021-addendum/#p35');
  });
  it('a misspelt name finds the page it names first', async () => {
    expect((await firstPath('peacbuilding'))?.replace(/#.*$/, '')).toBe('/sectors/peacebuilding-and-social-cohesion/');
    expect((await firstPath('shleter'))?.replace(/#.*$/, '')).toBe('/sectors/shelter-and-settlements/');
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
  const dialogPage = async () => {
    const p = await (await s.context()).newPage();
    await p.goto(`${s.url}/sectors/health/`, { waitUntil: 'load' });
    return p;
  };
  const dialogResults = (p: Page) => p.locator('site-search dialog .dialog-results > li');

  it('keeps what was typed before the search code loaded, and Esc gives focus back to the search button', async () => {
    const p = await dialogPage();
    // Hold back the dialog's code so the keys arrive before it exists.
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    await p.route(/search-dialog|search-engine/, async (route) => {
      await held;
      await route.continue();
    });
    await p.locator('site-search button[data-open-modal]').click();
    await p.keyboard.type('durable solutions');
    release();
    const input = p.locator('site-search dialog input');
    await expect.poll(() => input.inputValue(), { timeout: 15_000 }).toBe('durable solutions');
    await expect.poll(() => dialogResults(p).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await p.keyboard.press('Escape');
    await expect.poll(() => p.evaluate(() => document.activeElement?.matches('button[data-open-modal]'))).toBe(true);
    await p.context().close();
  });

  it('ranks like /search/ for a question and a misspelt name', async () => {
    const p = await dialogPage();
    await p.locator('site-search button[data-open-modal]').click();
    const input = p.locator('site-search dialog input');
    const firstHref = () => dialogResults(p).first().locator('> .result-link').getAttribute('href');
    await input.pressSequentially('how does IOM work with local actors');
    await expect.poll(firstHref, { timeout: 15_000 }).toMatch(/^\/approaches\/localization\/(\?|#|$)/);
    await input.fill('');
    await input.pressSequentially('peacbuilding');
    await expect.poll(firstHref, { timeout: 15_000 }).toMatch(/^\/sectors\/peacebuilding-and-social-cohesion\/(\?|#|$)/);
    await p.context().close();
  });

  it('ranks like /search/: an old name finds today’s sector first with the 2012 line, and no sub-result repeats its page’s title', async () => {
    const p = await dialogPage();
    await p.locator('site-search button[data-open-modal]').click();
    await p.keyboard.type('Transport Assistance for Affected Populations');
    const first = dialogResults(p).first();
    await expect.poll(() => first.locator('> .result-link').getAttribute('href'), { timeout: 15_000 }).toMatch(/^\/sectors\/movement-assistance\/(\?|$)/);
    expect(await first.locator('.result-former').textContent()).toBe('2012: Transport Assistance for Affected Populations → now Movement assistance');
    const results = await dialogResults(p).evaluateAll((items) =>
      items.map((li) => ({
        title: li.querySelector(':scope > .result-link')?.textContent?.trim() ?? '',
        subs: [...li.querySelectorAll('.result-subs a')].map((a) => a.textContent!.trim()),
      })),
    );
    expect(results.filter((r) => r.title && r.subs.length).length).toBeGreaterThan(0);
    for (const r of results) expect(r.subs).not.toContain(r.title);
    await p.context().close();
  });

  it('says when no page has every word, and shows the pages with the words the site has', async () => {
    const p = await dialogPage();
    await p.keyboard.press('Control+k');
    await p.keyboard.type('cash instead of food');
    const line = p.locator('site-search dialog .dialog-widened');
    await expect.poll(() => line.textContent(), { timeout: 15_000 }).toBe('No page has all your words; showing pages with cash and food.');
    expect(await line.isVisible()).toBe(true);
    await expect.poll(() => dialogResults(p).count()).toBeGreaterThan(0);
    expect(await dialogResults(p).first().textContent()).toMatch(/cash/i);
    await p.context().close();
  });

  it('suggests a spelling for a word the site does not know, and following it searches in the dialog', async () => {
    const p = await dialogPage();
    await p.keyboard.press('Control+k');
    await p.keyboard.type('shleter');
    const suggestion = p.locator('site-search dialog .dialog-widened a');
    await expect.poll(() => suggestion.textContent(), { timeout: 15_000 }).toBe('shelter');
    expect(await p.locator('site-search dialog .dialog-widened').textContent()).toBe('No page has “shleter”. Showing results for shelter.');
    await suggestion.click();
    await expect.poll(() => p.locator('site-search dialog input').inputValue()).toBe('shelter');
    expect(await p.locator('site-search dialog[open]').count()).toBe(1);
    await expect.poll(() => p.locator('site-search dialog .dialog-widened').isVisible()).toBe(false);
    await p.context().close();
  });

  it('shows five results, fetching only theirs, then five more on “More results”, reachable by keyboard', async () => {
    const p = await dialogPage();
    const fragments: string[] = [];
    p.on('request', (r) => {
      if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
    });
    await p.keyboard.press('Control+k');
    await p.keyboard.type('health');
    await expect.poll(() => dialogResults(p).count(), { timeout: 15_000 }).toBe(5);
    const status = await p.locator('site-search dialog .dialog-status').textContent();
    const total = Number(/(\d+) results for “health”\./.exec(status ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(fragments.length).toBeLessThanOrEqual(5);
    const more = p.locator('site-search dialog .dialog-more');
    expect(await more.textContent()).toBe(`More results (${total - 5} more)`);
    // Arrow down walks from the input into the results.
    await p.keyboard.press('ArrowDown');
    expect(await p.evaluate(() => document.activeElement?.classList.contains('result-link'))).toBe(true);
    await more.focus();
    await p.keyboard.press('Enter');
    await expect.poll(() => dialogResults(p).count()).toBe(10);
    // The first new result has the focus, so the reader reads on where they were.
    expect(await p.evaluate(() => document.activeElement === document.querySelectorAll('site-search .dialog-results > li > .result-link')[5])).toBe(true);
    await p.context().close();
  });

  it('shows excerpts without plumbing (no synonym metadata, no markup as text)', async () => {
    const p = await dialogPage();
    await p.keyboard.press('Control+k');
    await p.keyboard.type('WASH');
    await expect.poll(() => dialogResults(p).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const excerpts = await p.locator('site-search dialog .result-excerpt').allTextContents();
    for (const e of excerpts) {
      expect(e).not.toMatch(/<\/?\w+|&lt;|&amp;/);
      expect(e).not.toMatch(/aliases|names:/);
    }
    await p.context().close();
  });

  it('writes every line with the words the page hands it (data-search-messages), none of its own', async () => {
    const p = await dialogPage();
    // The page carries the English dictionary's words…
    const carried = JSON.parse((await p.locator('site-search').getAttribute('data-search-messages')) ?? '{}');
    expect(carried.fallback).toBe('No page has all your words; showing pages with {words}.');
    // …and a page in another language hands other words: the dialog shows those.
    await p.locator('site-search').evaluate((el) => {
      const m = JSON.parse(el.getAttribute('data-search-messages')!);
      el.setAttribute(
        'data-search-messages',
        JSON.stringify({
          ...m,
          fallback: 'Aucune page ne contient tous vos mots ; voici les pages contenant {words}.',
          wordsAnd: '{words} et {last}',
          statusMany: '{count} résultats pour « {query} ».',
        }),
      );
    });
    await p.keyboard.press('Control+k');
    await p.keyboard.type('cash instead of food');
    await expect
      .poll(() => p.locator('site-search dialog .dialog-widened').textContent(), { timeout: 15_000 })
      .toBe('Aucune page ne contient tous vos mots ; voici les pages contenant cash et food.');
    await expect.poll(() => p.locator('site-search dialog .dialog-status').textContent()).toMatch(/^\d+ résultats pour « cash instead of food »\.$/);
    await p.context().close();
  });

  it('fits a 360 px phone: the input and the first result are on screen, nothing wider than the screen', async () => {
    const { page: p } = await s.open('/sectors/health/', { viewport: { width: 360, height: 740 } });
    await p.locator('site-search button[data-open-modal]').click();
    await p.keyboard.type('camp management');
    await expect.poll(() => dialogResults(p).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const box = await p.locator('site-search dialog input').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    expect(await p.locator('site-search dialog').evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
    expect(await dialogResults(p).first().isVisible()).toBe(true);
    await p.context().close();
  });
});
