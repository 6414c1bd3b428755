/**
 * The atlas in four languages: every page exists in each (same slugs under /fr/, /es/,
 * /ar/), says its language and direction, links its alternates, switches language on the
 * same page and anchor, and searches in the reader's language.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interfaceStrings } from '../../src/core/interface-strings.ts';
import { type LocaleCode, locales, translationLocales } from '../../src/core/locales.ts';
import { listFiles } from '../../src/project/files.ts';
import { site } from '../helpers/browser.ts';
import { dist, page, requireBuild } from '../helpers/dist.ts';
import { textIn } from '../helpers/interface.ts';

requireBuild();
const prefixes: string[] = translationLocales.map((l) => l.code);
/** Every page of the build by its site path, without the language prefix, per language. */
const pagesByLocale = new Map<string, Set<string>>(locales.map((l) => [l.code, new Set()]));
for (const file of listFiles(dist).filter((f) => f.endsWith('index.html'))) {
  const path = `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
  const first = path.split('/')[1];
  // Generated files that are not pages of a language (the ZIM's staging, downloads) have no <main>.
  if (path.startsWith('/download/') && path !== '/download/' && !prefixes.some((p) => path === `/${p}/download/`)) continue;
  if (prefixes.includes(first)) pagesByLocale.get(first)?.add(path.slice(first.length + 1));
  else pagesByLocale.get('en')?.add(path);
}

describe('every page in every language', () => {
  it('builds the same pages in French, Spanish and Arabic as in English, at the same slugs', () => {
    const english = [...(pagesByLocale.get('en') ?? [])].sort();
    expect(english.length).toBeGreaterThan(200);
    for (const code of prefixes) expect([...(pagesByLocale.get(code) ?? [])].sort(), code).toEqual(english);
  });

  it('says its language and direction on every page: <html lang dir>', () => {
    for (const l of locales) {
      for (const path of pagesByLocale.get(l.code) ?? []) {
        const address = l.code === 'en' ? path : `/${l.code}${path}`;
        const html = readFileSync(join(dist, address, 'index.html'), 'utf8');
        const tag = html.match(/<html[^>]*>/)?.[0] ?? '';
        expect(tag, address).toContain(`lang="${l.lang}"`);
        expect(tag, address).toContain(`dir="${l.dir}"`);
      }
    }
  });

  it('writes no hreflang alternates without the site’s address: they must be absolute, like the canonical link', () => {
    // With SITE_URL they are on every page (test/e2e/deploy.test.ts); the language menu links the languages either way.
    for (const address of ['/sectors/health/', '/fr/sectors/health/during/']) {
      expect(page(address), address).not.toMatch(/<link rel="alternate" hreflang=/);
      expect(page(address), address).toMatch(/<a href="\/(fr\/)?sectors\/health\/(during\/)?" hreflang="en"/);
    }
  });

  it('shows the editors’ translation of an entry: the French health page has French titles and text', () => {
    const html = page('/fr/sectors/health/');
    expect(html).toMatch(/<h1[^>]*>Santé</);
    expect(html).toContain('Avant une crise');
    // The sidebar speaks French too, and its links stay in French.
    expect(html).toMatch(/<a href="\/fr\/matrix\/"[^>]*>\s*<span[^>]*>Matrice secteur × phase/);
  });

  it('publishes the open data in each language: translated titles, official wording in English, the language’s addresses', () => {
    const data = JSON.parse(readFileSync(join(dist, 'data/mcof-fr.json'), 'utf8')) as {
      language: string;
      sectors: { id: string; edition: number; title: string; url: string; objective: { text: string } }[];
    };
    expect(data.language).toBe('fr');
    const health = data.sectors.find((s) => s.id === 'health' && s.edition === 2021);
    expect(health).toMatchObject({ title: 'Santé', url: '/fr/sectors/health/' });
    expect(health?.objective.text).toMatch(/^To reduce the mortality/);
    expect(page('/fr/download/')).toContain('href="/data/mcof-fr.json"');
  });

  it('lists every translation’s status in /data/translation-status.json, one row per language and entry', () => {
    const rows = JSON.parse(readFileSync(join(dist, 'data/translation-status.json'), 'utf8')) as {
      locale: string;
      collection: string;
      id: string;
      status: string;
    }[];
    expect(rows).toContainEqual({ locale: 'fr', collection: 'sectors', id: 'health', status: 'current' });
    expect(rows).toContainEqual({ locale: 'ar', collection: 'glossary', id: 'wash', status: 'current' });
    // 2012 sectors are not translated: missing, and the page says it is shown in English.
    expect(rows).toContainEqual({ locale: 'es', collection: 'sectors', id: 'camp-management-and-displacement-tracking', status: 'missing' });
    for (const code of prefixes) expect(rows.filter((r) => r.locale === code).length).toBe(rows.filter((r) => r.locale === 'fr').length);
    // The translators' page: each entry by its English title and id, with its status in French.
    expect(page('/fr/translations/')).toContain('<td>Health <code>health</code></td><td>à jour</td>');
  });
});

/** A page's words a reader sees, leaving out what is marked English (`lang="en"`: official wording, names). */
function visibleText(html: string): string {
  const parts: string[] = [];
  const stack: boolean[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const skip = name === 'script' || name === 'style' || name === 'template' || name === 'noscript' || attrs.lang === 'en' || 'hidden' in attrs;
        stack.push(skip);
        if (skip) hidden++;
      },
      ontext(text) {
        if (!hidden) parts.push(text);
      },
      onclosetag() {
        if (stack.pop()) hidden--;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html.slice(html.indexOf('<body')));
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Runs of four or more English words from the interface strings, between their placeholders. */
const englishPhrases = [...new Set(Object.values(interfaceStrings).flatMap((text) => text.split(/\{\w+\}/).map((part) => part.trim())))].filter(
  (part) => part.split(/\s+/).length >= 4,
);

// The pages whose every word is the interface or a translated entry (policies, guidance
// notes, systems and sources are shown in English, with a notice, and may use these words).
const translatedPageTypes = [
  '/',
  '/sectors/',
  '/sectors/water-sanitation-and-hygiene/',
  '/sectors/water-sanitation-and-hygiene/during/',
  '/sectors/livelihoods-and-economic-recovery/during/',
  '/phases/',
  '/phases/during/',
  '/matrix/',
  '/matrix/2012/',
  '/matrix/planner/',
  '/approaches/',
  '/approaches/conflict-sensitivity/',
  '/cross-cutting/gender-equality/',
  '/sectors/crosswalk/',
  '/glossary/',
  '/download/',
  '/search/',
  '/translations/',
  '/about/',
];

describe('no English interface on a translated page', () => {
  it.each(prefixes)('%s: no sentence of the English interface on any page made of the interface and translated entries', (code) => {
    const found: string[] = [];
    for (const path of translatedPageTypes) {
      const text = visibleText(page(`/${code}${path}`));
      for (const phrase of englishPhrases) if (text.includes(phrase)) found.push(`/${code}${path}: "${phrase}"`);
    }
    expect(found).toEqual([]);
  });

  it('marks a source document’s text with its language on a page in another language', () => {
    expect(page('/fr/sources/mcof-2021-addendum/')).toMatch(/<div class="source-text numbered"[^>]* lang="en">/);
    expect(page('/sources/mcof-2021-addendum/')).not.toMatch(/<div class="source-text[^>]* lang=/);
  });

  it('marks official wording on a translated page as English and says it is IOM’s official wording', () => {
    const html = page('/fr/sectors/health/');
    expect(html).toMatch(/<blockquote[^>]*lang="en"[^>]*>[\s\S]*?To reduce the mortality/);
    expect(html).toContain('Texte officiel de l’OIM, en anglais : cette édition ne contient aucune traduction officielle.');
  });
});

describe('the About page in every language', () => {
  it.each(prefixes)('%s: is the editors’ translation, says so, and its links and citations stay in that language', (code) => {
    const html = page(`/${code}/about/`);
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    const words = visibleText(`<body>${main}`);
    expect(main).toMatch(/data-translation-status="current"/);
    expect(words).toContain(textIn(code as LocaleCode)('translation.editors'));
    // Not Starlight's English fallback (its <main lang="en"> and "not translated yet" notice), and none of the English body is left.
    expect(html).not.toMatch(/<main[^>]*lang="en"/);
    expect(words).not.toContain('welcomed by the IOM Council');
    const hrefs = [...main.matchAll(/<a [^>]*href="(\/[^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toContain(`/${code}/sources/mcof-2021-addendum/#p1`);
    expect(hrefs).toContain(`/${code}/approaches/`);
    expect(hrefs.filter((h) => !h.startsWith(`/${code}/`))).toEqual([]);
    // The citation previews are the sources' English, marked so.
    expect(main).toMatch(/<span class="cite-tip"[^>]*lang="en"[^>]*><span dir="ltr">The Migration Crisis Operational Framework/);
  });
});

describe('in a browser', () => {
  let s: Awaited<ReturnType<typeof site>>;
  beforeAll(async () => {
    s = await site();
  }, 60_000);
  afterAll(async () => s?.close());

  it('switches language on the same page and at the same paragraph, with and without a menu click', async () => {
    const w = await s.open('/sources/mcof-2021-addendum/#p42');
    const { page: p } = w;
    await p.locator('header .language-menu summary').first().click();
    await p.locator('header .language-menu a[hreflang="fr"]').first().click();
    await p.waitForURL(/\/fr\/sources\/mcof-2021-addendum\/#p42$/);
    expect(await p.locator('html').getAttribute('lang')).toBe('fr');
    // Back to English from French, then to Arabic: right to left.
    await p.locator('header .language-menu summary').first().click();
    await p.locator('header .language-menu a[hreflang="ar"]').first().click();
    await p.waitForURL(/\/ar\/sources\/mcof-2021-addendum\/#p42$/);
    expect(await p.locator('html').getAttribute('dir')).toBe('rtl');
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await p.context().close();
  });

  it('has a language menu that works without JavaScript (plain links)', async () => {
    const context = await s.context({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${s.url}/sectors/health/during/`);
    await p.locator('header .language-menu summary').first().click();
    await p.locator('header .language-menu a[hreflang="es"]').first().click();
    await p.waitForURL(/\/es\/sectors\/health\/during\/$/);
    await context.close();
  });

  it('searches the French index from a French page: a French word and an English acronym find the French sector', async () => {
    const w = await s.open('/fr/search/?q=assainissement');
    const first = w.page.locator('ol.search-results > li a').first();
    await first.waitFor({ timeout: 15_000 });
    const hrefs = await w.page.locator('ol.search-results > li a').evaluateAll((as) => as.slice(0, 5).map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs).toContain('/fr/sectors/water-sanitation-and-hygiene/');
    expect(hrefs.every((h) => h.startsWith('/fr/'))).toBe(true);
    await w.page.goto(`${s.url}/fr/search/?q=WASH`);
    await w.page.locator('ol.search-results > li a').first().waitFor({ timeout: 15_000 });
    const wash = await w.page.locator('ol.search-results > li a').evaluateAll((as) => as.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname));
    expect(wash).toContain('/fr/sectors/water-sanitation-and-hygiene/');
    await w.page.context().close();
  });

  it.each([
    ['fr', 'qu’est-ce qu’un migrant', '/fr/glossary/'],
    ['fr', 'comment l’OIM travaille avec les acteurs locaux', '/fr/approaches/localization/'],
    ['es', 'cómo trabaja la OIM con los actores locales', '/es/approaches/localization/'],
    ['ar', 'ماذا تفعل المنظمة أثناء الأزمة', '/ar/phases/during/'],
    // A final ه typed for the ta marbuta ة.
    ['ar', 'الحمايه', '/ar/sectors/protection/'],
  ])('answers a question or a slip in the reader’s language (%s: “%s”) with its page first', async (code, query, expected) => {
    const w = await s.open(`/${code}/search/?q=${encodeURIComponent(query)}`);
    const first = w.page.locator('ol.search-results > li a.result-link').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.evaluate((a) => (a as HTMLAnchorElement).pathname)).toBe(expected);
    await w.page.context().close();
  });
});
