/** Printing: each handout fits one A4 sheet with its QR target; pages print without chrome. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeStyle } from '../../src/core/crosswalk-svg.ts';
import { site } from '../helpers/browser.ts';
import { page as builtPage } from '../helpers/dist.ts';
import { modelFrom } from '../helpers/model.ts';

let s: Awaited<ReturnType<typeof site>>;
beforeAll(async () => {
  s = await site();
});
afterAll(async () => {
  await s?.close();
});

const work = mkdtempSync(join(tmpdir(), 'mcof-print-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** Pages and page size as poppler's pdfinfo reads them (a real PDF reader, not a regex). */
function pdfInfo(pdf: Buffer): { pages: number; size: string } {
  const file = join(work, 'page.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(info.match(/^Pages:\s+(\d+)/m)?.[1]),
    size: info.match(/^Page size:.*\((\w+)\)/m)?.[1] ?? info.match(/^Page size:\s+(.*)$/m)?.[1] ?? '',
  };
}
const sectors = modelFrom().sectors2021;

describe('sector handouts', () => {
  it.each(sectors.map((x) => [x.id]))('%s handout prints on one A4 sheet with its QR target address', async (id) => {
    const context = await s.context();
    const p = await context.newPage();
    await p.goto(`${s.url}/sectors/${id}/handout/`);
    const pdf = await p.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await context.close();
    expect(pdfInfo(pdf)).toEqual({ pages: 1, size: 'A4' });
    // Built without SITE_URL: the handout links to the sector where it is served (test/e2e/deploy.test.ts decodes the QR code of a build with SITE_URL).
    expect(pdf.toString('latin1')).toContain(`/URI (${s.url}/sectors/${id}/)`);
  });

  it('without SITE_URL prints the sector’s path and no QR code that would point nowhere', () => {
    const html = builtPage('/sectors/health/handout/');
    expect(html).not.toContain('<svg');
    expect(html).toMatch(/Online at <a href="\/sectors\/health\/">\/sectors\/health\/<\/a>/);
    expect(html).not.toContain('rel="canonical"');
  });
});

describe('print stylesheet', () => {
  it('prints a sector page without navigation chrome and with link addresses listed', async () => {
    const context = await s.context();
    const p = await context.newPage();
    await p.goto(`${s.url}/sectors/health/`);
    await p.emulateMedia({ media: 'print' });
    await p.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect.poll(() => p.locator('nav.sidebar').isVisible()).toBe(false);
    await expect.poll(() => p.locator('header.header').isVisible()).toBe(false);
    await expect(p.locator('.official-quote a.cite').first().isVisible()).resolves.toBe(true);
    const list = await p.locator('.print-links li').allTextContents();
    // No canonical link without SITE_URL: addresses are printed where the page was opened.
    expect(list).toContain(`${s.url}/sources/mcof-2021-addendum/#p42`);
    await expect.poll(() => p.locator('.print-ref').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('prints the planner on A4 (its own page size, whatever the printer’s default) with each chosen level in words and the notes whole', async () => {
    const context = await s.context({ colorScheme: 'dark' });
    const p = await context.newPage();
    const note = 'Two clinics damaged; mobile teams needed in the north, the south and the camps along the river';
    await p.goto(`${s.url}/matrix/planner/#v=1&title=Floods&r=CIR&n-camp-coordination-and-camp-management=${encodeURIComponent(note)}`);
    await p.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="title"]')!.value === 'Floods');
    // Letter asked for: only the page's own @page rule can make it A4.
    const pdf = await p.pdf({ format: 'Letter', preferCSSPageSize: true, printBackground: true });
    await context.close();
    const file = join(work, 'planner.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    // Landscape A4 (wide side first): five columns across.
    expect(info.match(/^Page size:\s+(.*)$/m)?.[1]).toMatch(/^84\d\.\d+ x 59\d\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // The rated row in words; the 42 unrated cells as a dash, not as 42 times "Not rated".
    expect(text).toContain('Critical Important Recommended');
    expect(text).not.toContain('Not rated');
    expect(text.match(/—/g)?.length).toBe(42 + 1); // and the legend's
    // The whole note, not the one line a text box shows (pdftotext wraps it with the table's other columns).
    expect(text).toContain('Two clinics damaged; mobile teams needed in the');
    expect(text).toContain('the camps along the river');
    expect(text).not.toContain('Copy shareable link');
  });

  it('prints the crosswalk diagram whole, within the page width, in the light palette even from the dark theme', async () => {
    const context = await s.context({ colorScheme: 'dark' });
    await context.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    const p = await context.newPage();
    await p.goto(`${s.url}/sectors/crosswalk/`);
    expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const first = p.locator('.cw-lines .cw-map').first();
    const kind = (await first.getAttribute('data-kind')) as keyof typeof changeStyle;
    const screenStroke = await first.evaluate((g) => getComputedStyle(g).stroke);
    await p.emulateMedia({ media: 'print' });
    const printed = await p.evaluate(() => {
      const svg = document.querySelector('.cw-svg')!;
      return {
        visible: svg.checkVisibility(),
        overflow: svg.getBoundingClientRect().right - document.querySelector('main')!.getBoundingClientRect().right,
        stroke: getComputedStyle(document.querySelector('.cw-lines .cw-map')!).stroke,
      };
    });
    expect(printed.visible).toBe(true);
    expect(printed.overflow).toBeLessThanOrEqual(0);
    // The light theme's colour for that kind of change (the PDF book's too), not the pale one the dark screen uses.
    const hex = changeStyle[kind].colour;
    expect(printed.stroke).toBe(`rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`);
    expect(screenStroke).not.toBe(printed.stroke);
    const pdf = await p.pdf({ format: 'A4', preferCSSPageSize: true });
    await context.close();
    const file = join(work, 'crosswalk.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    // The drawing's own column headings (set in capitals), which only the SVG holds, are on paper.
    const model = modelFrom();
    expect(text).toContain(`2012: ${model.sectors2012.length} SECTORS`);
    expect(text).toContain(`2021: ${model.sectors2021.length} SECTORS`);
  });

  it('prints the matrix on one A3 landscape page', async () => {
    const context = await s.context();
    const p = await context.newPage();
    await p.goto(`${s.url}/matrix/`);
    const pdf = await p.pdf({ format: 'A3', landscape: true, preferCSSPageSize: true, printBackground: true });
    await context.close();
    expect(pdfInfo(pdf)).toEqual({ pages: 1, size: 'A3' });
  });

  it('prints the matrix as a poster, light even from the dark theme: header band, legend and source line, no underlines, no link list', async () => {
    const context = await s.context({ colorScheme: 'dark' });
    await context.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    const p = await context.newPage();
    await p.goto(`${s.url}/matrix/`);
    expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const pdf = await p.pdf({ format: 'A3', landscape: true, preferCSSPageSize: true, printBackground: true });
    const file = join(work, 'poster.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Sectors of assistance × phases of a crisis');
    expect(text).toMatch(/MCOF Atlas · Version \S+ · content of \d{4}-\d{2}-\d{2}/);
    expect(text).toContain('Not a rating or priority. Sources:');
    expect(text).not.toContain('Links on this page');
    await p.emulateMedia({ media: 'print' });
    const look = await p.evaluate(() => ({
      page: getComputedStyle(document.body).backgroundColor,
      cell: getComputedStyle(document.querySelector('#matrix-2021 td a')!).textDecorationLine,
      band: getComputedStyle(document.querySelector('.poster-band')!).display,
    }));
    expect(look).toEqual({ page: 'rgb(255, 255, 255)', cell: 'none', band: 'flex' });
    await context.close();
  });
});
