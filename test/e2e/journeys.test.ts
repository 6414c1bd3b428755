/** What staff and trainers do, in a real browser. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTypes, site } from '../helpers/browser.ts';

let s: Awaited<ReturnType<typeof site>>;
beforeAll(async () => {
  s = await site();
});
afterAll(async () => {
  await s?.close();
});

describe('browsing from home to a cited paragraph', () => {
  it('home → sector → sector in a phase → the cited source paragraph', async () => {
    const { page, consoleErrors, failedRequests, foreignRequests } = await s.open('/');
    await page.getByRole('link', { name: 'Browse the sectors' }).click();
    await page.waitForURL('**/sectors/');
    await page.locator('main').getByRole('link', { name: 'Displacement tracking', exact: true }).click();
    await page.waitForURL('**/sectors/displacement-tracking/');
    await expect(page.locator('blockquote').first().textContent()).resolves.toContain('To collect and disseminate critical multi-layered information');
    await page
      .locator('.phase-strip')
      .getByRole('link', { name: /During a crisis/ })
      .click();
    await page.waitForURL('**/sectors/displacement-tracking/during/');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Displacement tracking');
    await page.locator('main a.cite').first().click();
    await page.waitForURL(/\/sources\/[a-z0-9-]+\/#/);
    const target = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${target}"]`).isVisible()).resolves.toBe(true);
    expect(failedRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('shows the cited text when a citation gets keyboard focus', async () => {
    const { page } = await s.open('/sectors/health/');
    const tip = page.locator('.official-quote .cite-tip').first();
    await expect(tip.isVisible()).resolves.toBe(false);
    await page.locator('.official-quote a.cite').first().focus();
    await expect(tip.isVisible()).resolves.toBe(true);
    await expect.poll(() => tip.textContent()).toContain('To reduce the mortality, morbidity and human suffering');
    await page.context().close();
  });
});

describe('matrix', () => {
  const visibleRows = (page: import('playwright-core').Page) => page.locator('.matrix-wrap tbody tr:not([hidden])').count();
  const editions = (page: import('playwright-core').Page) => page.getByRole('navigation', { name: 'Edition' });

  it('filters by cross-cutting issue and switches edition by its link, keeping the filters in the URL', async () => {
    const { page, consoleErrors } = await s.open('/matrix/');
    expect(await page.locator('table.matrix').count()).toBe(1);
    expect(await visibleRows(page)).toBe(15);
    await page.getByLabel('Cross-cutting issue').selectOption('disaster-risk-and-climate-change');
    const filtered = await visibleRows(page);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(15);
    await expect(page.locator('#matrix-status').textContent()).resolves.toBe(`${filtered} of 15 sectors shown (2021 edition).`);
    expect(page.url()).toContain('crossCutting=disaster-risk-and-climate-change');
    await page.getByLabel('Cross-cutting issue').selectOption('');
    await page.getByLabel('Words in sector name or objective').fill('consular');
    await editions(page).getByRole('link', { name: '2012' }).click();
    await page.waitForURL(/\/matrix\/2012\/\?q=consular$/);
    await expect(editions(page).getByRole('link', { name: '2012' }).getAttribute('aria-current')).resolves.toBe('page');
    await expect(page.locator('#matrix-2012 tbody tr').first().textContent()).resolves.toContain('Camp Management and Displacement Tracking');
    expect(await page.locator('#matrix-2021').count()).toBe(0);
    await expect(page.getByLabel('Words in sector name or objective').inputValue()).resolves.toBe('consular');
    await expect.poll(() => visibleRows(page)).toBe(1);
    await expect(page.locator('#matrix-status').textContent()).resolves.toBe('1 of 15 sectors shown (2012 edition).');
    // …and back to 2021 with the same words.
    await page.getByLabel('Words in sector name or objective').fill('health');
    await expect.poll(() => editions(page).getByRole('link', { name: '2021 (current)' }).getAttribute('href')).toBe('/matrix/?q=health');
    await editions(page).getByRole('link', { name: '2021 (current)' }).click();
    await page.waitForURL(/\/matrix\/\?q=health$/);
    await expect(page.getByLabel('Words in sector name or objective').inputValue()).resolves.toBe('health');
    // the URL restores the same view in a new page
    const again = await s.open('/matrix/2012/?q=consular');
    await expect.poll(() => visibleRows(again.page)).toBe(1);
    expect(consoleErrors).toEqual([]);
    expect(again.consoleErrors).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  });

  it('switches edition without JavaScript: two links, one table on each page', async () => {
    const { page } = await s.open('/matrix/', { javaScriptEnabled: false });
    expect(await page.locator('table.matrix').count()).toBe(1);
    await expect(page.locator('#matrix-2021').isVisible()).resolves.toBe(true);
    await expect(editions(page).isVisible()).resolves.toBe(true);
    await expect(editions(page).getByRole('link', { name: '2021 (current)' }).getAttribute('aria-current')).resolves.toBe('page');
    await editions(page).getByRole('link', { name: '2012' }).click();
    await page.waitForURL(/\/matrix\/2012\/$/);
    expect(await page.locator('table.matrix').count()).toBe(1);
    await expect(page.locator('#matrix-2012').isVisible()).resolves.toBe(true);
    expect(await page.locator('#matrix-2012 tbody tr').count()).toBe(15);
    await page.context().close();
  });

  it('takes an old link to the 2012 matrix (?edition=2012) on to /matrix/2012/ with its filters', async () => {
    const { page, consoleErrors } = await s.open('/matrix/?edition=2012&crossCutting=data-and-evidence&q=camp');
    await page.waitForURL(/\/matrix\/2012\/\?crossCutting=data-and-evidence&q=camp$/);
    await expect.poll(() => page.locator('#matrix-status').textContent()).toMatch(/^1 of 15 sectors shown \(2012 edition\)\.$/);
    await expect(page.getByLabel('Cross-cutting issue').inputValue()).resolves.toBe('data-and-evidence');
    await expect(page.locator('.link-unread').count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['fr', 'ltr', 'Édition 2012', 'Édition'],
    ['ar', 'rtl', 'طبعة عام 2012', 'الطبعة'],
  ])('/%s/matrix/2012/ shows the 2012 table, %s, with translated headings', async (code, dir, heading, nav) => {
    const { page, consoleErrors } = await s.open(`/${code}/matrix/2012/`);
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe(dir);
    await expect(page.locator('#edition-2012').textContent()).resolves.toBe(heading);
    expect(await page.locator('#matrix-2012 tbody tr').count()).toBe(15);
    expect(await page.locator('table.matrix').count()).toBe(1);
    const switcher = page.getByRole('navigation', { name: nav });
    await expect(switcher.locator('a[aria-current="page"]').getAttribute('href')).resolves.toBe(`/${code}/matrix/2012/`);
    await expect(switcher.locator('a[data-edition="2021"]').getAttribute('href')).resolves.toBe(`/${code}/matrix/`);
    await expect(page.locator('#matrix-2012 thead th').first().textContent()).resolves.not.toBe('Sector');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('context planner', () => {
  /** A rating is a radio group named after its cell; its value is the checked radio's ('' when not rated). */
  const rating = (page: import('playwright-core').Page, cell: string) => page.getByRole('radiogroup', { name: `${cell}: your rating` });
  const ratingOf = (page: import('playwright-core').Page, cell: string) => rating(page, cell).locator('input:checked').inputValue();

  it('restores title, ratings and notes from a shared URL in a new page, labelled as the user’s own', async () => {
    const { page } = await s.open('/matrix/planner/');
    await expect(page.locator('.own-assessment').textContent()).resolves.toContain('Your own assessment');
    await page.getByLabel('Context (for example, country and crisis)').fill('Floods, district A');
    await rating(page, 'Health, During a crisis').getByRole('radio', { name: 'Critical' }).check();
    await rating(page, 'Protection, Before a crisis').getByRole('radio', { name: 'Recommended' }).check();
    await page.getByLabel('Health: your note').fill('Two clinics damaged');
    const shared = await page.evaluate(() => window.location.href);
    expect(shared).toContain('#v=1');
    const other = await s.context();
    const fresh = await other.newPage();
    await fresh.goto(shared);
    await expect(fresh.getByLabel('Context (for example, country and crisis)').inputValue()).resolves.toBe('Floods, district A');
    await expect(ratingOf(fresh, 'Health, During a crisis')).resolves.toBe('critical');
    await expect(ratingOf(fresh, 'Protection, Before a crisis')).resolves.toBe('recommended');
    await expect(ratingOf(fresh, 'Health, Before a crisis')).resolves.toBe('');
    await expect(rating(fresh, 'Health, Before a crisis').getByRole('radio', { name: 'Not rated' }).isChecked()).resolves.toBe(true);
    await expect(fresh.getByLabel('Health: your note').inputValue()).resolves.toBe('Two clinics damaged');
    await other.close();
    await page.context().close();
  });

  it('rates with the keyboard: one tab stop per rating, arrow keys choose, the focus is visible', async () => {
    const { page } = await s.open('/matrix/planner/');
    const group = rating(page, 'Health, During a crisis');
    await group.getByRole('radio', { name: 'Not rated' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(ratingOf(page, 'Health, During a crisis')).resolves.toBe('critical');
    await page.keyboard.press('ArrowRight');
    await expect(ratingOf(page, 'Health, During a crisis')).resolves.toBe('important');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/r=[-CIR]*I/);
    const focused = group.locator('.seg:has(input:focus-visible)');
    await expect(focused.textContent()).resolves.toContain('I');
    expect(await focused.evaluate((l) => getComputedStyle(l).outlineStyle)).toBe('solid');
    // Tab leaves the group at once, to the next rating (the next phase), not to the next segment.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('health/after');
    await page.context().close();
  });

  it('shows each level by its text and by a colour of its own, each segment a 24 px target, and fits 1,280 px', async () => {
    const { page } = await s.open('/matrix/planner/#v=1&r=CIR');
    const cells = ['Before a crisis', 'During a crisis', 'After a crisis'].map((phase) => rating(page, `Camp coordination and camp management, ${phase}`));
    const chosen = await Promise.all(
      cells.map((c) =>
        c.locator('.seg:has(input:checked)').evaluate((l) => ({
          text: l.querySelector('[aria-hidden]')?.textContent,
          fill: getComputedStyle(l).backgroundColor,
          weight: getComputedStyle(l).fontWeight,
        })),
      ),
    );
    expect(chosen.map((c) => c.text)).toEqual(['C', 'I', 'R']);
    await expect(cells[0].getByRole('radio', { name: 'Critical' }).isChecked()).resolves.toBe(true);
    expect(new Set(chosen.map((c) => c.fill)).size).toBe(3);
    const unchosen = await cells[0]
      .locator('.seg:not(:has(input:checked))')
      .first()
      .evaluate((l) => getComputedStyle(l).backgroundColor);
    expect(chosen.map((c) => c.fill)).not.toContain(unchosen);
    for (const c of chosen) expect(Number(c.weight)).toBeGreaterThanOrEqual(700);
    const boxes = await page.locator('.planner .seg').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
    for (const b of boxes) expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(24);
    // 1,280 px: the whole table, note column included, shows without scrolling sideways.
    const fit = await page.evaluate(() => {
      const wrap = document.querySelector('.planner .table-wrap')!;
      const note = document.querySelector('.planner textarea')!.getBoundingClientRect();
      return { clipped: wrap.scrollWidth - wrap.clientWidth, noteRight: note.right, wrapRight: wrap.getBoundingClientRect().right };
    });
    expect(fit.clipped).toBe(0);
    expect(fit.noteRight).toBeLessThanOrEqual(fit.wrapRight);
    await page.context().close();
  });

  it('exports the assessment as CSV', async () => {
    const { page } = await s.open('/matrix/planner/#v=1&title=T&r=C');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const path = await download.path();
    const text = (await import('node:fs')).readFileSync(path!, 'utf8');
    expect(text.split('\r\n')[1]).toMatch(/^T,Camp coordination and camp management,Critical,,,,User's own assessment \(not IOM's\)$/);
    await page.context().close();
  });
});

describe('copy link', () => {
  it('copies a paragraph address from its number, a section from its heading icon, the page from under the title', async () => {
    const context = await s.context({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${s.url}/sources/mcof-2021-addendum/`);
    // No extra control inside numbered paragraphs: the number itself copies its link.
    await expect.poll(() => page.locator('.para-heading .copy-link').count()).toBe(0);
    await page.locator('#p40 a.para-num').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${s.url}/sources/mcof-2021-addendum/#p40`);
    await expect.poll(() => page.locator('#copy-link-status').textContent()).toBe(`Link copied: ${s.url}/sources/mcof-2021-addendum/#p40`);

    await page.goto(`${s.url}/sectors/health/`);
    const icon = page.getByRole('button', { name: 'Copy link to section “About this sector”' });
    // Quiet until the heading is hovered or the icon focused.
    expect(await icon.evaluate((b) => getComputedStyle(b).opacity)).toBe('0');
    await icon.focus();
    expect(await icon.evaluate((b) => getComputedStyle(b).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${s.url}/sectors/health/#about`);
    await page.getByRole('button', { name: 'Copy link to this page' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${s.url}/sectors/health/`);
    await expect(page.locator('.copy-page-link').count()).resolves.toBe(1);
    // Navigational headings carry none.
    await expect(page.locator('#referenced-by ~ .copy-link, #referenced-by .copy-link').count()).resolves.toBe(0);
    await page.goto(`${s.url}/sectors/health/during/`);
    await expect(page.getByRole('button', { name: 'Copy link to section “Continue”' }).count()).resolves.toBe(0);
    await context.close();
  });
});

describe('reading without JavaScript', () => {
  it.each(Object.entries(pageTypes))('%s page (%s) shows its content and links', async (_name, path) => {
    const { page } = await s.open(path, { javaScriptEnabled: false });
    const main = page.locator('main');
    expect((await main.innerText()).length).toBeGreaterThan(200);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    await expect.poll(() => main.locator('a[href]').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('"On this page"', () => {
  it('lists the sections of a sector page and jumps to one', async () => {
    const { page } = await s.open('/sectors/health/');
    const toc = page.locator('atlas-toc nav');
    const entries = (await toc.getByRole('link').allTextContents()).map((t) => t.trim());
    expect(entries).toEqual(
      expect.arrayContaining(['Overview', 'About this sector', 'Before, during and after a crisis', 'Origins in the 2012 edition', 'Referenced by']),
    );
    await toc.getByRole('link', { name: 'Referenced by' }).click();
    await page.waitForURL('**/sectors/health/#referenced-by');
    await expect(page.locator('#referenced-by').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  // Starlight builds the list from Markdown only; pages made of components list their own
  // headings (src/components/AtlasPage.astro). Every entry must match a section, in order.
  // Wide pages give the table the room instead; the search page and the handout have no frame.
  const noToc = ['matrix', 'matrix 2012', 'planner', 'glossary'];
  const framed = Object.entries(pageTypes).filter(([name]) => !['search', 'handout', 'home'].includes(name));
  it.each(framed)('%s (%s) lists exactly its sections', async (name, path) => {
    const { page } = await s.open(path);
    const listed = await page.locator('atlas-toc nav a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
    const sections = await page
      .locator('main .sl-markdown-content')
      .locator('h2[id], h3[id]')
      .evaluateAll((hs) => hs.filter((h) => !h.classList.contains('para-heading') && !h.classList.contains('sr-only')).map((h) => `#${h.id}`));
    expect(listed).toEqual(noToc.includes(name) ? [] : ['#_top', ...sections]);
    await page.context().close();
  });
});
