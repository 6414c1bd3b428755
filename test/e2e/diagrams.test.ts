/**
 * The build-time diagrams as a reader meets them: present with an accessible name and
 * description, one mark per thing the model holds (counted from the model, not hard-coded),
 * links to the pages they draw, complete without JavaScript, and the CSS-only highlight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../helpers/browser.ts';
import { modelFrom } from '../helpers/model.ts';

const model = modelFrom();
let s: Awaited<ReturnType<typeof site>>;
beforeAll(async () => {
  s = await site();
});
afterAll(async () => {
  await s?.close();
});

describe('phase picture on each phase page', () => {
  it.each(model.phases.map((p) => [p.id]))(
    '/phases/%s/ marks each sector, filled where the sources describe it, each linking its sector in this phase, with JavaScript off',
    async (id) => {
      const { page } = await s.open(`/phases/${id}/`, { javaScriptEnabled: false });
      const described = model.sectors2021.filter((x) => model.cellOf(x.id, id as never)!.described);
      const figure = page.getByRole('figure', {
        name: `The sources describe ${described.length} of the ${model.sectors2021.length} sectors in this phase`,
        exact: false,
      });
      await expect(figure.count()).resolves.toBe(1);
      const marks = await figure.getByRole('link').evaluateAll((as) =>
        as.map((a) => ({
          href: new URL((a as HTMLAnchorElement).href).pathname,
          name: a.textContent,
          held: a.closest('li')!.className.includes('held'),
          border: getComputedStyle(a).borderStyle,
        })),
      );
      expect(marks).toEqual(
        model.sectors2021.map((x, i) => {
          const held = model.cellOf(x.id, id as never)!.described;
          return {
            href: `/sectors/${x.id}/${id}/`,
            name: `${i + 1}. ${x.data.title}: ${held ? 'Described' : 'Not in the sources'}`,
            held,
            border: held ? 'none' : 'dashed',
          };
        }),
      );
      // Numbered as in the list below it, which names each sector in the same order.
      const listed = await page.locator('ol.cell-list > li strong').allTextContents();
      expect(listed).toEqual(model.sectors2021.map((x) => x.data.title));
      await page.context().close();
    },
  );
});

describe('crosswalk diagram on /sectors/crosswalk/', () => {
  it('draws a group of lines per mapping, a line per pair of sectors, and links every sector, with JavaScript off', async () => {
    const { page } = await s.open('/sectors/crosswalk/', { javaScriptEnabled: false });
    const svg = page.getByRole('group', { name: /^Crosswalk diagram: how the 15 sectors of 2012 became the 15 sectors of 2021$/ });
    await expect(svg.count()).resolves.toBe(1);
    expect(await svg.getAttribute('aria-describedby')).toBe('cw-desc');
    expect(await page.locator('#cw-desc').textContent()).toContain(`${model.crosswalk.length} mappings`);
    const mappings = await page.locator('.cw-lines .cw-map').evaluateAll((gs) =>
      gs.map((g) => ({
        id: g.getAttribute('data-mapping'),
        kind: g.getAttribute('data-kind'),
        basis: g.getAttribute('data-basis'),
        paths: g.querySelectorAll('path').length,
      })),
    );
    const byId = (a: { id: string | null }, b: { id: string | null }) => String(a.id).localeCompare(String(b.id));
    expect(mappings.sort(byId)).toEqual(
      model.crosswalk
        .map((m) => ({
          id: m.id,
          kind: m.data.change,
          basis: m.data.basis,
          paths: Math.max(m.data.from.length, 1) * (m.data.to.length + m.data.movedTo.length),
        }))
        .sort(byId),
    );
    const hrefs = await page.locator('svg a.cw-node').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const sector of model.sectors) expect(hrefs, sector.id).toContain(sector.url);
    // The table stays below as the full record.
    expect(await page.locator('table tbody tr[id]').count()).toBe(model.crosswalk.length);
    await page.context().close();
  });

  it('legend names each change kind in use by its word and a dash pattern, and both bases', async () => {
    const { page } = await s.open('/sectors/crosswalk/');
    const legend = (await page.locator('.cw-legend').innerText()).replace(/\s+/g, ' ');
    for (const kind of new Set(model.crosswalk.map((m) => m.data.change))) {
      expect(legend).toContain(`${kind} (${model.crosswalk.filter((m) => m.data.change === kind).length})`);
    }
    expect(legend).toMatch(/hollow end \(\d+\): the editors' reading/);
    const dashes = await page.locator('.cw-legend .cw-map[data-kind]').evaluateAll((ls) => ls.map((l) => getComputedStyle(l).strokeDasharray));
    expect(new Set(dashes).size).toBe(dashes.length);
    await page.context().close();
  });

  it('focusing a sector label highlights its lines and dims the others (CSS only)', async () => {
    const { page } = await s.open('/sectors/crosswalk/', { javaScriptEnabled: false });
    const opacity = (id: string) => page.locator(`.cw-lines [data-mapping="${id}"]`).evaluate((g) => Number(getComputedStyle(g).opacity));
    expect(await opacity('wash-new')).toBe(1);
    await page.locator('a.cw-node[data-node="reintegration-assistance"]').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    expect(await opacity('reintegration-split')).toBe(1);
    expect(await opacity('wash-new')).toBeLessThan(0.5);
    const label = await page.locator('a.cw-node[data-node="reintegration-assistance"]').getAttribute('aria-label');
    expect(label).toMatch(
      /^\(Re\)integration Assistance, 2012 sector: split to Livelihoods and economic recovery, Movement assistance \((editors' reading|stated in the texts)\)$/,
    );
    await page.context().close();
  });
});

describe('the matrix at a glance, on the home page and /matrix/', () => {
  for (const [path, id] of [
    ['/', 'home-glance'],
    ['/matrix/', 'glance'],
  ]) {
    it(`${path}: one linked cell per 2021 sector × phase saying what the sources hold, and a legend that it is no rating`, async () => {
      const { page } = await s.open(path, { javaScriptEnabled: false });
      const table = page.getByRole('table', { name: /^What the sources hold for each of the 15 sectors of 2021 in each of the 3 phases$/ });
      await expect(table.count()).resolves.toBe(1);
      const cells = await page
        .locator(`#${id} td a`)
        .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent?.replace(/\s+/g, ' ').trim() })));
      const expected = model.cells.filter((c) => c.sector.edition === 2021);
      expect(cells).toHaveLength(expected.length);
      for (const cell of expected) {
        const shown = cells.find((c) => c.href === cell.url);
        const phase = model.phaseById.get(cell.phase)!.data.title;
        expect(shown?.text, cell.url).toMatch(
          new RegExp(`^${cell.sector.data.title.replace(/[()]/g, '\\$&')}, ${phase}: ${cell.described ? 'Described' : 'Not in the sources'}`),
        );
        if ('cite' in cell.role) expect(shown?.text).toContain(`${cell.role.cite.length} passage`);
      }
      const legend = await page.locator(`#${id}-legend`).innerText();
      expect(legend).toContain('This shows what the documents say, not a priority or a rating.');
      // Whole cells are tap targets of at least 24 px, on a phone too.
      await page.setViewportSize({ width: 360, height: 800 });
      const sizes = await page.locator(`#${id} td a`).evaluateAll((as) => as.map((a) => a.getBoundingClientRect()));
      for (const r of sizes) {
        expect(r.height).toBeGreaterThanOrEqual(24);
        expect(r.width).toBeGreaterThanOrEqual(24);
      }
      await page.context().close();
    });
  }

  it('tells "not in the sources" cells from described ones by more than colour', async () => {
    const { page } = await s.open('/matrix/');
    const style = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((a) => ({ border: getComputedStyle(a).borderTopStyle, font: getComputedStyle(a.querySelector('.glance-state')!).fontStyle }));
    expect(await style('#glance td.held a')).toMatchObject({ font: 'normal' });
    expect(await style('#glance td.silent a')).toEqual({ border: 'dashed', font: 'italic' });
    await page.context().close();
  });
});

describe("the framework's structure on the home page", () => {
  it("links every phase, sector, approach and cross-cutting issue, labelled as the atlas's own drawing", async () => {
    const { page } = await s.open('/', { javaScriptEnabled: false });
    const figure = page.getByRole('figure', { name: /the atlas's own drawing, not IOM's official MCOF wheel/ });
    await expect(figure.count()).resolves.toBe(1);
    const hrefs = await figure.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const e of [...model.phases, ...model.sectors2021, ...model.approaches, ...model.crossCutting]) expect(hrefs, e.url).toContain(e.url);
    await expect(figure.getByRole('heading', { name: `Pillar 2: ${model.sectors2021.length} sectors of assistance` }).count()).resolves.toBe(1);
    await page.context().close();
  });
});

describe('the before / during / after timeline on sector pages', () => {
  it('shows the phases in order as a time line, the silent ones dashed and hollow', async () => {
    const { page } = await s.open('/sectors/protection/', { javaScriptEnabled: false });
    const items = page.locator('ol.phase-strip > li');
    await expect(items.allInnerTexts()).resolves.toEqual(model.phases.map((p) => expect.stringContaining(p.data.title)));
    const looks = await items.evaluateAll((lis) =>
      lis.map((li) => ({
        silent: li.classList.contains('silent'),
        border: getComputedStyle(li).borderTopStyle,
        dot: getComputedStyle(li, '::before').borderTopStyle,
      })),
    );
    for (const [i, phase] of model.phases.entries()) {
      const described = model.cellOf('protection', phase.id)!.described;
      expect(looks[i]).toEqual(described ? { silent: false, border: 'solid', dot: 'none' } : { silent: true, border: 'dashed', dot: 'dashed' });
    }
    expect(await page.locator('ol.phase-strip').evaluate((ol) => getComputedStyle(ol, '::after').borderInlineStartStyle)).toBe('solid');
    await page.context().close();
  });
});
