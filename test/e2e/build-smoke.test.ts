/** The build wrote a page for every entry at its published address. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceCatalogue } from '../../src/core/citations.ts';
import { translationLocales } from '../../src/core/locales.ts';
import { fixedPages, sitePages } from '../../src/core/site-pages.ts';
import { escapeRegExp } from '../../src/core/text.ts';
import { listFiles } from '../../src/project/files.ts';
import { realContent, root } from '../helpers/content.ts';
import { dist, page, requireBuild } from '../helpers/dist.ts';
import { textIn } from '../helpers/interface.ts';
import { modelFrom } from '../helpers/model.ts';

const model = modelFrom();
const exists = (address: string) => existsSync(join(dist, address, 'index.html'));

describe('built site', () => {
  beforeAll(requireBuild);

  it('has the fixed pages the content check knows of, and no page the check does not know of', () => {
    for (const a of fixedPages) expect(existsSync(join(dist, a.endsWith('/') ? `${a}index.html` : a)), a).toBe(true);
    // The content check refuses links to pages outside sitePages(), so it must list every page the build writes.
    const raw = realContent();
    const { pages } = sitePages(raw.entries, sourceCatalogue(raw.entries.filter((e) => e.collection === 'sources')).structures);
    const built = listFiles(dist)
      .map((f) => `/${relative(dist, f).split(sep).join('/')}`)
      .filter((f) => f.endsWith('/index.html') && f !== '/404.html')
      .map((f) => f.replace(/index\.html$/, ''));
    expect(built.filter((p) => !pages.has(p))).toEqual([]);
  });

  it('has a page for every sector of both editions and every 2021 sector in every phase', () => {
    for (const s of model.sectors) expect(exists(s.url), s.url).toBe(true);
    const cells = model.cells.filter((c) => c.sector.edition === 2021);
    expect(cells).toHaveLength(45);
    for (const c of cells) expect(exists(c.url), c.url).toBe(true);
  });

  it('has a page for every phase, approach, cross-cutting issue, policy, guidance note, system and source', () => {
    for (const list of [model.phases, model.approaches, model.crossCutting, model.policies, model.guidance, model.systems, model.sources, model.regions]) {
      for (const e of list) expect(exists(e.url), e.url).toBe(true);
    }
  });

  it('gives every numbered paragraph of the 2021 Addendum its #pN anchor', () => {
    const html = page('/sources/mcof-2021-addendum/');
    for (let n = 1; n <= 63; n++) expect(html).toContain(`id="p${n}"`);
  });

  it('shows a sector objective as a quotation linked to its paragraph', () => {
    const html = page('/sectors/water-sanitation-and-hygiene/');
    expect(html).toMatch(
      /<blockquote cite="\/sources\/mcof-2021-addendum\/#p40"[^>]*><p>To deliver high-quality, comprehensive and sustainable water, sanitation and hygiene interventions at scale/,
    );
    // "¶" is spelt out for screen readers and on hover.
    expect(html).toContain('href="/sources/mcof-2021-addendum/#p40">MCOF 2021 Addendum <abbr title="paragraph">¶</abbr>40</a>');
  });

  it('puts the breadcrumb trail of a sector in a phase above its title, in the page’s language', () => {
    const html = page('/sectors/health/during/');
    const trail = /<nav aria-label="Breadcrumb" class="breadcrumb"[^>]*><ol>([\s\S]*?)<\/ol><\/nav>/.exec(html);
    expect(trail?.[1].match(/href="[^"]+"/g)).toEqual(['href="/sectors/"', 'href="/sectors/health/"', 'href="/phases/during/"']);
    expect(html.indexOf('class="breadcrumb"')).toBeLessThan(html.indexOf('<h1'));
    expect(html.match(/class="breadcrumb"/g)).toHaveLength(1);
    expect(page('/ar/sectors/health/during/')).toMatch(/<nav aria-label="[^"]+" class="breadcrumb"[^>]*><ol><li><a href="\/ar\/sectors\/">/);
  });

  it('says plainly when the sources are silent about a sector in a phase', () => {
    const silent = model.cells.find((c) => c.sector.edition === 2021 && !c.described)!;
    const html = page(silent.url);
    expect(html).toContain('The source documents say nothing specific about');
    expect(html).toContain('General guidance for this phase');
  });

  it('says which 2012 text is meant wherever a page speaks of the 2012 framework, once', () => {
    for (const address of ['/policies/iom-constitution/', '/systems/refugee-regime/', '/phases/before/', '/matrix/2012/']) {
      const html = page(address);
      expect(/2012 framework/.test(html), `${address} speaks of the 2012 framework`).toBe(true);
      expect(html.includes('class="edition-2012-note') && html.includes('MC/2355'), `${address} says which 2012 text`).toBe(true);
    }
    expect(page('/policies/iom-constitution/').match(/class="edition-2012-note/g)).toHaveLength(1);
  });

  it("marks the editors' phase placements and crosswalk readings where readers meet them", () => {
    const sector = page('/sectors/water-sanitation-and-hygiene/');
    // (the class list may carry a component's scoped-style class after these)
    expect(sector).toMatch(/<p class="placement-note editors[^"]*">Editors&#39; placement: ¶41 speaks of building resilience/);
    expect(sector).toMatch(/<p class="placement-note source[^"]*">Phase named in the cited text.<\/p>/);
    expect(page('/sectors/movement-assistance/after/')).toMatch(/<p class="placement-note editors[^"]*">Editors&#39; placement: ¶63 lists return/);
    const crosswalk = page('/sectors/crosswalk/');
    expect(crosswalk).toContain('href="/sources/mcof-2021-addendum/#p33"');
    const row = crosswalk.slice(crosswalk.indexOf('<tr id="counter-trafficking-to-protection"'));
    expect(row.slice(0, row.indexOf('</tr>'))).toMatch(
      /split<\/span>[\s\S]*Movement assistance[\s\S]*<span class="label[^"]*">Editors&#39; reading<\/span>: The Addendum names no successor/,
    );
    const old = page('/sectors/2012/counter-trafficking-and-protection-of-vulnerable-migrants/');
    expect(old).toMatch(/<p class="reading-mark editors[^"]*"><span class="label[^"]*">Editors&#39; reading<\/span>: The Addendum names no successor/);
  });

  it('shows a quoted part of a sentence inline with its ellipsis, never as a block quotation', () => {
    const html = page('/policies/iasc-protection-policy/');
    const figure = html.slice(html.indexOf('<figure class="official-quote'), html.indexOf('</figure>'));
    expect(figure).toContain('<figure class="official-quote fragment">');
    expect(figure).toMatch(/<q cite="[^"]+">All activities aimed at ensuring full respect for the rights of the individual .* bodies of law …<\/q>/);
    expect(figure).not.toContain('<blockquote');
    expect(page('/phases/during/')).toContain('<p class="quote-picked">The second of the three ways ¶29 expands the phases of a crisis, (a) to (c):</p>');
  });

  it('says on each source page what of the document was lost in extraction, and where the 2012 text comes from', () => {
    expect(page('/sources/mcof-2012/')).toMatch(/<strong>Lost in extraction:<\/strong> The annex diagram, the illustrative template that ¶12 describes/);
    expect(page('/sources/mcof-2021-addendum/')).toContain('<strong>Lost in extraction:</strong> The document ends with an annex titled');
    expect(page('/sources/mcof-2012/')).toContain('<dt>Date</dt><dd>2012-09-17</dd>');
    for (const address of ['/phases/before/', '/sectors/2012/', '/sectors/crosswalk/', '/sectors/2012/health-support/']) {
      expect(page(address), address).toMatch(
        /<span class="edition-2012-note">The 2012 text quoted here is <a href="\/sources\/mcof-2012\/">IC\/2012\/7<\/a>.*MC\/2355/,
      );
    }
  });

  it('resolves cite: links in guidance notes to paragraph links', () => {
    const html = page('/guidance/displacement-tracking/');
    expect(html).not.toContain('href="cite:');
    expect(html).toMatch(/href="\/sources\/[a-z0-9-]+\/#[a-z0-9-]+" class="cite"/);
  });
});

describe('a default build (no SITE_URL, no BASE_PATH)', () => {
  beforeAll(requireBuild);
  // Pagefind's own runtime uses https://example.com internally to parse URLs; it is not an address of ours.
  const files = () => listFiles(dist).filter((f) => /\.(html|xml|txt|json|js|css|csv)$/.test(f) && !relative(dist, f).startsWith('pagefind/'));

  it('names no made-up domain anywhere, and writes no sitemap or canonical link', () => {
    const offenders = files().filter((f) => /example\.(org|com|net)|mcof-atlas\.example/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(dist, f))).toEqual([]);
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
    expect(page('/sectors/health/')).not.toContain('rel="canonical"');
  });

  it('says in every page footer which edition of the atlas it is: version, content date, commit', () => {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    const line = new RegExp(
      `<p class="atlas-edition">MCOF Atlas · Version ${version.replace(/\./g, '\\.')} · content of \\d{4}-\\d{2}-\\d{2} · commit [0-9a-f]{7}</p>`,
    );
    // A translated page says the same in its language, the date written as that language writes it.
    const translated = Object.fromEntries(
      translationLocales.map(({ code }) => {
        const [before, after] = textIn(code)('footer.edition', { version, date: '\u0000', commit: '\u0001' }).split('\u0000');
        const [middle, end] = after.split('\u0001');
        return [
          code,
          new RegExp(`<p class="atlas-edition">MCOF Atlas · ${escapeRegExp(before)}[^<]*\\d{4}[^<]*${escapeRegExp(middle)}[0-9a-f]{7}${escapeRegExp(end)}</p>`),
        ];
      }),
    );
    const pages = listFiles(dist).filter((f) => f.endsWith('.html') && !f.endsWith('handout/index.html'));
    expect(pages.length).toBeGreaterThan(190);
    for (const f of pages) {
      const locale = relative(dist, f).split(sep)[0];
      expect(readFileSync(f, 'utf8'), relative(dist, f)).toMatch(translated[locale] ?? line);
    }
  });

  it('serves from the root: internal links have no prefix', () => {
    expect(page('/')).toContain('href="/sectors/"');
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toMatch(/^\/\*\n {2}Content-Security-Policy/m);
  });
});
