/**
 * Seeing the framework (issue 16, part A), as a reader meets it: each sector and guidance page
 * names its key policies before the phases, /policies/ narrows by sector and kind with counts
 * from the model and the choice in the URL, the glossary narrows as one types, and the jargon
 * (the 2021 phase headings, ¶, "editors' reading", "crosswalk") is explained where it first shows.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../../src/core/text-fold.ts';
import { keyPolicyLimit, policiesIndexView } from '../../src/core/views.ts';
import { site } from '../helpers/browser.ts';
import { modelIn } from '../helpers/interface.ts';
import { modelFrom } from '../helpers/model.ts';
import { unzipBundle } from '../helpers/offline.ts';

const model = modelFrom();
let s: Awaited<ReturnType<typeof site>>;
beforeAll(async () => {
  s = await site();
});
afterAll(async () => {
  await s?.close();
});

/** Where an element starts in document order, to compare two of them. */
const comesBefore = (page: Page, first: string, second: string) =>
  page.evaluate(
    ([a, b]) => {
      const x = document.querySelector(a);
      const y = document.querySelector(b);
      return !!x && !!y && (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    },
    [first, second],
  );

async function linksResolve(page: Page, hrefs: string[]) {
  for (const href of hrefs) {
    const response = await page.request.get(new URL(href, page.url()).href);
    expect(response.status(), href).toBe(200);
  }
}

describe('key policies and frameworks near the top', () => {
  it('a sector page lists its policies after the intro and before the phases, without JavaScript, and keeps the full section', async () => {
    const sector = model.sectorById.get('disaster-risk-management')!;
    const expected = model.policiesFor(sector).slice(0, keyPolicyLimit);
    expect(expected.length).toBeGreaterThan(0);
    const { page } = await s.open(sector.url, { javaScriptEnabled: false });
    const block = page.getByRole('region', { name: 'Key policies and frameworks' });
    const hrefs = await block.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs).toEqual(expected.map((p) => p.url));
    expect(await comesBefore(page, '#about', '#key-policies')).toBe(true);
    expect(await comesBefore(page, '#key-policies', '#phases')).toBe(true);
    await linksResolve(page, hrefs);
    // The seventh section is still there, with the same policies.
    const full = await page.locator('#policies-and-frameworks + ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(full).toEqual(model.policiesFor(sector).map((p) => p.url));
    await page.context().close();
  });

  it('a guidance note lists its policies before its first section, in French too', async () => {
    const note = model.guidance.find((g) => g.data.policies.length > 0)!;
    const policyUrls = note.data.policies.slice(0, keyPolicyLimit).map((id) => model.policies.find((p) => p.id === id)!.url);
    const { page } = await s.open(note.url, { javaScriptEnabled: false });
    const hrefs = await page.locator('.key-policies li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs).toEqual(policyUrls);
    const firstBodyHeading = await page.locator('.sl-markdown-content h2:not(#key-policies)').first().getAttribute('id');
    expect(await comesBefore(page, '#key-policies', `[id="${firstBodyHeading}"]`)).toBe(true);
    await linksResolve(page, hrefs);
    await page.goto(`${s.url}/fr${note.url}`);
    await expect(page.locator('#key-policies').textContent()).resolves.toBe('Principales politiques et principaux cadres');
    const french = await page.locator('.key-policies li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(french).toEqual(policyUrls.map((u) => `/fr${u}`));
    await page.context().close();
  });
});

describe('/policies/ filters', () => {
  const view = policiesIndexView(model);
  const visible = (page: Page) => page.locator('.policy-list > li:visible');

  it('without JavaScript shows every policy and no filter', async () => {
    const { page } = await s.open('/policies/?sector=health', { javaScriptEnabled: false });
    await expect(page.locator('.policy-list > li:visible').count()).resolves.toBe(model.policies.length);
    await expect(page.locator('form.policy-filters').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('narrows by sector and by kind, counts from the model, keeps the choice in the URL and clears', async () => {
    const { page, consoleErrors: errors } = await s.open('/policies/');
    const status = page.getByRole('status').filter({ hasText: 'Showing' });
    await expect(status.textContent()).resolves.toBe(`Showing ${model.policies.length} of ${model.policies.length} policies and frameworks.`);
    // Each option states its count, and choosing it shows that many.
    const sector = view.sectors.reduce((a, b) => (b.count > a.count ? b : a));
    const sectorSelect = page.getByLabel('Sector (2021)');
    await expect(sectorSelect.locator(`option[value="${sector.id}"]`).textContent()).resolves.toBe(`${sector.label} (${sector.count})`);
    await sectorSelect.selectOption(sector.id);
    await expect(visible(page).count()).resolves.toBe(model.policiesFor(model.sectorById.get(sector.id)!).length);
    await expect(status.textContent()).resolves.toBe(`Showing ${sector.count} of ${model.policies.length} policies and frameworks.`);
    expect(new URL(page.url()).search).toBe(`?sector=${sector.id}`);
    // Both filters: the policies of that sector that are of the kind.
    const kind = view.rows.find((r) => r.sectors.includes(sector.id))!.kind;
    await page.getByLabel('Kind').selectOption(kind);
    const both = view.rows.filter((r) => r.sectors.includes(sector.id) && r.kind === kind);
    const shown = await visible(page)
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(shown).toEqual(both.map((r) => r.url));
    expect(new URL(page.url()).search).toBe(`?sector=${sector.id}&kind=${kind}`);
    // A trainer's link opens the same list.
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await expect(page.getByLabel('Sector (2021)').inputValue()).resolves.toBe(sector.id);
    await expect(page.getByLabel('Kind').inputValue()).resolves.toBe(kind);
    await expect(visible(page).count()).resolves.toBe(both.length);
    // Clear, by keyboard.
    await page.getByRole('button', { name: 'Clear filters' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => visible(page).count()).toBe(model.policies.length);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says so when no policy is both, and names a value it could not read', async () => {
    const sector = view.sectors[0].id;
    const absent = view.kinds.find((k) => !view.rows.some((r) => r.kind === k.id && r.sectors.includes(sector)))!;
    const { page } = await s.open(`/policies/?sector=${sector}&kind=${absent.id}&sector2=x`);
    await expect(visible(page).count()).resolves.toBe(0);
    await expect(page.locator('.policy-none').isVisible()).resolves.toBe(true);
    await expect(page.locator('.link-unread').textContent()).resolves.toContain('“sector2”');
    await page.context().close();
  });

  it('works in French: labels, counts and status in French, state restored from the URL', async () => {
    const fr = modelIn('fr');
    const sector = view.sectors[0];
    const { page } = await s.open(`/fr/policies/?sector=${sector.id}`);
    await expect(page.getByLabel('Secteur (2021)').inputValue()).resolves.toBe(sector.id);
    await expect(visible(page).count()).resolves.toBe(sector.count);
    await expect(page.locator('#policy-status').textContent()).resolves.toBe(`${sector.count} sur ${model.policies.length} politiques et cadres affichés.`);
    const frameworks = view.kinds.find((k) => k.id === 'framework')!;
    await expect(page.getByLabel('Type').locator('option[value="framework"]').textContent()).resolves.toBe(
      `${fr.t('policy.kind.framework')} (${frameworks.count})`,
    );
    await page.context().close();
  });
});

describe('/glossary/ filter', () => {
  const entries = (page: Page) => page.locator('.glossary-entry:visible');

  it('is not shown without JavaScript; the whole glossary is', async () => {
    const { page } = await s.open('/glossary/', { javaScriptEnabled: false });
    await expect(page.locator('.glossary-filter').isVisible()).resolves.toBe(false);
    await expect(entries(page).count()).resolves.toBe(model.glossary.length);
    await page.context().close();
  });

  it('narrows by acronym or definition, says how many match or that none does, and Esc clears', async () => {
    const { page, consoleErrors: errors } = await s.open('/glossary/');
    const box = page.getByLabel('Filter the terms');
    await box.fill('dtm');
    const expected = model.glossary.filter((g) => foldText(`${g.data.term} ${g.data.expansion ?? ''} ${g.data.definition.text}`).includes('dtm'));
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => entries(page).count()).toBe(expected.length);
    await expect(page.locator('#glossary-status').textContent()).resolves.toBe(expected.length === 1 ? '1 term matches.' : `${expected.length} terms match.`);
    await expect(page.locator('.glossary-index li:visible').count()).resolves.toBe(expected.length);
    await box.fill('zzqx');
    await expect.poll(() => entries(page).count()).toBe(0);
    await expect(page.locator('#glossary-status').textContent()).resolves.toBe('No term matches “zzqx”. Try fewer letters or another word.');
    await box.press('Escape');
    await expect(box.inputValue()).resolves.toBe('');
    await expect.poll(() => entries(page).count()).toBe(model.glossary.length);
    await expect(page.locator('#glossary-status').textContent()).resolves.toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in French, matches the French definitions with the accents left out', async () => {
    const { page } = await s.open('/fr/glossary/');
    // An accented word of some French definition, typed without its accents.
    const word = await page
      .locator('.glossary-body > p:first-child')
      .evaluateAll((ps) => ps.flatMap((p) => (p.textContent ?? '').split(/[\s,.;:()’']+/)).find((w) => w.length > 6 && /[éèêàç]/.test(w))!);
    expect(word).toBeTruthy();
    const bare = word.normalize('NFD').replace(/\p{M}/gu, '');
    await page.getByLabel('Filtrer les termes').fill(bare);
    const count = await entries(page).count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(model.glossary.length);
    for (const text of await entries(page).allTextContents()) expect(foldText(text)).toContain(foldText(bare));
    await expect(page.locator('#glossary-status').textContent()).resolves.toMatch(/^\d+ termes? correspond(ent)?\.$/);
    await page.context().close();
  });
});

describe('jargon explained where it first appears', () => {
  it('the 2021 phase headings: what the brackets say, cited to ¶29 and ¶30, on phase and sector-in-phase pages', async () => {
    for (const path of ['/phases/before/', '/sectors/health/during/', '/phases/']) {
      const { page } = await s.open(path, { javaScriptEnabled: false });
      const note = page.locator('.framing-note');
      await expect(note.locator('p').first().textContent(), path).resolves.toContain(
        'anticipatory action always, saving lives where necessary, recovery wherever possible',
      );
      const cites = await note.locator('a.cite').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(cites, path).toEqual(['/sources/mcof-2021-addendum/#p29', '/sources/mcof-2021-addendum/#p30']);
      await page.context().close();
    }
    const { page } = await s.open('/ar/phases/before/', { javaScriptEnabled: false });
    await expect(page.locator('.framing-note p').first().textContent()).resolves.toContain('العمل الاستباقي دائمًا');
    await page.context().close();
  });

  it('¶ reads as "paragraph" in the page’s language', async () => {
    for (const [path, word] of [
      ['/sectors/health/', 'paragraph'],
      ['/fr/sectors/health/', 'paragraphe'],
      ['/ar/sectors/health/', 'الفقرة'],
    ]) {
      const { page } = await s.open(path, { javaScriptEnabled: false });
      const titles = await page.locator('a.cite abbr').evaluateAll((as) => as.map((a) => `${a.getAttribute('title')} ${a.textContent}`));
      expect(titles.length, path).toBeGreaterThan(0);
      expect(new Set(titles), path).toEqual(new Set([`${word} ¶`]));
      // The link still reads "MCOF 2021 Addendum ¶40".
      await expect(page.locator('a.cite').first().textContent()).resolves.toMatch(/¶\d+/);
      await page.context().close();
    }
  });

  it('"editors’ reading" is said once on a sector page whose origins are the editors’ reading', async () => {
    const sector = model.sectors2021.find((s) => model.originsOf(s.id).some((m) => m.data.basis === 'editors'))!;
    const { page } = await s.open(sector.url, { javaScriptEnabled: false });
    const explained = page.getByText("“Editors' reading” marks a link MCOF Atlas drew itself by comparing the texts");
    await expect(explained.count()).resolves.toBe(1);
    expect(await comesBefore(page, '#origins', '.basis-note')).toBe(true);
    await page.context().close();
  });

  it('"crosswalk" is explained on the crosswalk page and where the home page links it', async () => {
    const { page } = await s.open('/sectors/crosswalk/', { javaScriptEnabled: false });
    await expect(page.locator('.sl-markdown-content > p').first().textContent()).resolves.toMatch(/^A crosswalk is a table that matches/);
    await page.goto(`${s.url}/`);
    const line = page.locator('li', { has: page.locator('a[href="/sectors/crosswalk/"]') }).last();
    await expect(line.textContent()).resolves.toContain('a table matching each 2012 sector to the 2021 sectors it became');
    await page.goto(`${s.url}/es/sectors/crosswalk/`);
    await expect(page.locator('.sl-markdown-content > p').first().textContent()).resolves.toMatch(/^Una tabla de correspondencia/);
    await page.context().close();
  });
});

describe('the filters on a phone, right to left, and for axe', () => {
  it('no sideways scrolling at 360 px, and the Arabic filters run right to left', async () => {
    for (const path of ['/policies/?sector=health', '/ar/policies/?sector=health', '/glossary/', '/ar/glossary/', '/sectors/disaster-risk-management/']) {
      const { page } = await s.open(path, { viewport: { width: 360, height: 800 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      if (path.startsWith('/ar/')) {
        const form = path.includes('policies') ? 'form.policy-filters' : '.glossary-filter';
        await expect(
          page.locator(form).evaluate((f) => getComputedStyle(f).direction),
          path,
        ).resolves.toBe('rtl');
      }
      await page.context().close();
    }
  });

  it('axe finds nothing on the filtered lists and the key policies block, light and dark', async () => {
    const failures: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      const context = await s.context({ colorScheme: theme });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();
      for (const path of ['/policies/?sector=health&kind=framework', '/glossary/', '/ar/policies/?kind=framework', '/sectors/disaster-risk-management/']) {
        await page.goto(s.url + path);
        if (path === '/glossary/') await page.getByLabel('Filter the terms').fill('cash');
        const results = await new AxeBuilder({ page })
          .setLegacyMode(true)
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        for (const v of results.violations) failures.push(`${path} [${theme}] ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      }
      await context.close();
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

describe('the filters in the offline copy (file://)', () => {
  it('filter the policies and the glossary from disk, with the state in the address', async () => {
    const { folder, url } = unzipBundle();
    const context = await s.context();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const sector = policiesIndexView(model).sectors[0];
    await page.goto(`${url}policies/index.html?sector=${sector.id}`);
    await expect(page.getByLabel('Sector (2021)').inputValue()).resolves.toBe(sector.id);
    await expect(page.locator('.policy-list > li:visible').count()).resolves.toBe(sector.count);
    await page.getByLabel('Sector (2021)').selectOption('');
    await expect(page.locator('.policy-list > li:visible').count()).resolves.toBe(model.policies.length);
    await page.goto(`${url}glossary/index.html`);
    await page.getByLabel('Filter the terms').fill('zzqx');
    await expect(page.locator('.glossary-entry:visible').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
    rmSync(dirname(folder), { recursive: true, force: true });
  });
});
