/**
 * A 360 px phone: no page type scrolls sideways as a whole, wide tables become cards or
 * scroll inside a visible, labelled frame, and whole cells are tap targets of 24 px or more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTypes, site } from '../helpers/browser.ts';
import { modelFrom } from '../helpers/model.ts';

const model = modelFrom();
const phone = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true };
let s: Awaited<ReturnType<typeof site>>;
beforeAll(async () => {
  s = await site();
});
afterAll(async () => {
  await s?.close();
});

describe('on a 360 px phone', () => {
  it('no page type is wider than the screen', async () => {
    const context = await s.context(phone);
    const page = await context.newPage();
    const wide: string[] = [];
    for (const [type, path] of Object.entries(pageTypes)) {
      await page.goto(s.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${type} ${path}: ${overflow}px too wide`);
    }
    await context.close();
    expect(wide).toEqual([]);
  }, 120_000);

  it('the home page has the menu and, in it, the theme switch and the language menu, like every other page', async () => {
    const context = await s.context(phone);
    const page = await context.newPage();
    await page.goto(s.url);
    const menuButton = page.locator('button[popovertarget="starlight__sidebar"]');
    await expect(menuButton.isVisible()).resolves.toBe(true);
    await menuButton.click();
    const menu = page.locator('#starlight__sidebar');
    await expect.poll(() => menu.getByRole('link', { name: 'Sector × phase matrix' }).isVisible()).toBe(true);
    await expect(menu.locator('starlight-theme-select select').isVisible()).resolves.toBe(true);
    await expect(menu.locator('.language-menu summary').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('the matrix is one card per sector with its three phases stacked, each cell a full-width tap target', async () => {
    const context = await s.context(phone);
    const page = await context.newPage();
    await page.goto(`${s.url}/matrix/`);
    const rows = page.locator('#matrix-2021 tbody tr');
    await expect(rows.count()).resolves.toBe(model.sectors2021.length);
    const cells = await rows
      .first()
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect()));
    expect(cells).toHaveLength(model.phases.length);
    // Stacked: each phase below the previous one, each as wide as the card.
    for (let i = 1; i < cells.length; i++) expect(cells[i].top).toBeGreaterThanOrEqual(cells[i - 1].bottom - 1);
    for (const r of cells) expect(r.width).toBeGreaterThan(280);
    const links = await page.locator('#matrix-2021 td a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height));
    for (const h of links) expect(h).toBeGreaterThanOrEqual(24);
    // Each stacked cell names its phase, as the column header did.
    const labels = await rows
      .first()
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    expect(labels).toEqual(model.phases.map((p) => `"${p.data.title}"`));
    await context.close();
  });

  it('the crosswalk table is a stacked list per 2012 sector: badge, successor, note', async () => {
    const context = await s.context(phone);
    const page = await context.newPage();
    await page.goto(`${s.url}/sectors/crosswalk/`);
    const row = page.locator('#health-renamed');
    const boxes = await row.locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect()));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).toBeGreaterThanOrEqual(boxes[i - 1].top);
    for (const b of boxes) expect(b.right).toBeLessThanOrEqual(360);
    expect(await row.innerText()).toMatch(/Health Support[\s\S]*renamed[\s\S]*Health/i);
    // The wide diagram scrolls inside its own frame and says so.
    await expect(page.locator('.cw-scroll-hint').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('the planner is one card per sector, its phase choices in reach', async () => {
    const context = await s.context(phone);
    const page = await context.newPage();
    await page.goto(`${s.url}/matrix/planner/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const controls = await page
      .locator('.planner .seg, .planner input[type="text"], .planner textarea')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
    expect(controls.length).toBeGreaterThan(0);
    for (const r of controls) {
      expect(r.right).toBeLessThanOrEqual(360);
      expect(r.height).toBeGreaterThanOrEqual(24);
    }
    await context.close();
  });
});
