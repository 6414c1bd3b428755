/**
 * The shared parts of every page in the reader's language: official wording kept in IOM's
 * English and marked as such, the headings, legends and captions the components write, and
 * the words the browser scripts add (copy-link buttons, the printed list of links).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../helpers/browser.ts';
import { page } from '../helpers/dist.ts';
import { textIn } from '../helpers/interface.ts';

const fr = textIn('fr');
const ar = textIn('ar');

/** Every official-quote figure of a page. */
const figures = (html: string) => [...html.matchAll(/<figure class="official-quote[^"]*">([\s\S]*?)<\/figure>/g)].map((m) => m[1]);

describe('official wording on a translated page', () => {
  it('keeps the objective in English, marked lang="en" dir="ltr", with a line saying so in the reader’s language', () => {
    const [objective] = figures(page('/fr/sectors/health/'));
    expect(objective).toMatch(/<blockquote cite="[^"]+"[^>]* lang="en" dir="ltr"><p>To reduce the mortality/);
    expect(objective).toContain(`<figcaption class="quote-label">${fr('sector.objective')}</figcaption>`);
    expect(objective).toContain(`>${fr('translation.officialEnglish')}</p>`);
    // The English page reads as before: no language mark, no line.
    const [english] = figures(page('/sectors/health/'));
    expect(english).not.toContain('lang="en"');
    expect(english).not.toContain('quote-language');
  });

  it('marks every quote, definition and quoted part of a sentence on an Arabic page, each with the line', () => {
    for (const address of ['/ar/glossary/', '/ar/phases/during/', '/ar/policies/iasc-protection-policy/', '/ar/approaches/localization/']) {
      const all = figures(page(address));
      expect(all.length, address).toBeGreaterThan(0);
      for (const figure of all) {
        expect(figure, address).toMatch(/<(blockquote|q) cite="[^"]+"[^>]* lang="en" dir="ltr">/);
        expect(figure, address).toContain(ar('translation.officialEnglish'));
      }
    }
    expect(page('/ar/policies/iasc-protection-policy/')).toContain(ar('common.partOfSentence'));
  });

  it('marks the cited source text of a citation preview as English', () => {
    expect(page('/fr/sectors/health/')).toMatch(/<span class="cite-tip" role="tooltip" data-pagefind-ignore lang="en"><span dir="ltr">/);
    expect(page('/sectors/health/')).not.toMatch(/class="cite-tip"[^>]*lang=/);
  });
});

describe('component text in the reader’s language', () => {
  /** English the components wrote before they were translated: none of it may remain on a French or Arabic page. */
  const english = [
    'Referenced by',
    'Before, during and after a crisis',
    'Objective (official wording)',
    'Phase named in the cited text',
    'Printable handout',
    '>Sources:<',
    'Pillar 1: ',
    'What the sources hold',
    'Not in the sources',
    'Crosswalk diagram',
    'The diagram is wider than this screen',
    'The 2012 text quoted here is',
    'Sectors that apply it',
    'In short',
  ];
  it.each(['/', '/sectors/health/', '/sectors/crosswalk/', '/approaches/localization/', '/matrix/', '/phases/before/'])(
    '%s in French and Arabic',
    (address) => {
      for (const locale of ['fr', 'ar']) {
        const html = page(`/${locale}${address}`);
        expect(
          english.filter((words) => html.includes(words)),
          `/${locale}${address}`,
        ).toEqual([]);
      }
    },
  );
});

describe('browser scripts in the reader’s language', () => {
  let s: Awaited<ReturnType<typeof site>>;
  beforeAll(async () => {
    s = await site();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('labels the copy-link buttons and lists printed links in Arabic on an Arabic page', async () => {
    const { page: p, consoleErrors } = await s.open('/ar/sectors/health/');
    await expect.poll(() => p.locator('.copy-page-link').textContent()).toBe(ar('copyLink.pageButton'));
    const about = ar('sector.about');
    expect(await p.locator('#about ~ .copy-link, #about .copy-link, .sl-heading-wrapper:has(#about) .copy-link').first().getAttribute('aria-label')).toBe(
      ar('copyLink.label', { target: ar('copyLink.section', { title: about }) }),
    );
    await p.emulateMedia({ media: 'print' });
    await p.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await p.locator('.print-links h2').textContent()).toBe(ar('print.links'));
    expect(consoleErrors).toEqual([]);
    await p.context().close();
  });

  it('keeps the English words on an English page', async () => {
    const { page: p } = await s.open('/sectors/health/');
    await expect.poll(() => p.locator('.copy-page-link').textContent()).toBe('Copy link to this page');
    await p.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await p.locator('.print-links h2').textContent()).toBe('Links on this page');
    await p.context().close();
  });
});
