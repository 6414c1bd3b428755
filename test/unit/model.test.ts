import { describe, expect, it } from 'vitest';
import { entryPath } from '../../src/core/addresses.ts';
import { realContent } from '../helpers/content.ts';
import { modelIn } from '../helpers/interface.ts';
import { modelFrom } from '../helpers/model.ts';

const model = modelFrom();

describe('sector × phase cells', () => {
  it('has one cell per sector and phase, with stable addresses', () => {
    expect(model.cells).toHaveLength(30 * 3);
    expect(model.cellOf('water-sanitation-and-hygiene', 'during')!.url).toBe('/sectors/water-sanitation-and-hygiene/during/');
  });
  it('marks a phase the sources are silent on as not described, with a plain one-liner', () => {
    const silent = model.cells.filter((c) => !c.described);
    expect(silent.length).toBeGreaterThan(0);
    for (const c of silent) expect(c.oneLine).toBe('The sources say nothing specific for this phase.');
  });
  it('uses the editor-written summary for a described phase', () => {
    const cell = model.cellOf('displacement-tracking', 'before')!;
    expect(cell.described).toBe(true);
    expect(cell.oneLine).toBe((cell.role as { summary: string }).summary);
  });
});

describe('citations', () => {
  it('resolves a paragraph citation to its label, address and text', () => {
    const c = model.resolve({ source: 'mcof-2021-addendum', paragraph: 34 });
    expect(c.href).toBe('/sources/mcof-2021-addendum/#p34');
    expect(c.label).toBe('MCOF 2021 Addendum ¶34');
    expect(c.text).toMatch(/^Camp coordination and camp management\. To improve the interim living conditions/);
  });
  it('labels a section citation with the heading words', () => {
    const c = model.resolve({ source: 'operations-and-emergencies-2020', section: 'displacement-tracking' });
    expect(c.href).toBe('/sources/operations-and-emergencies-2020/#displacement-tracking');
    expect(c.label).toBe('Operations and emergencies 2020, “Displacement tracking”');
  });
  it('punctuates a citation as the page’s language does', () => {
    const fr = modelIn('fr');
    expect(fr.resolve({ source: 'operations-and-emergencies-2020', section: 'displacement-tracking' }).label).toBe(
      'Operations and emergencies 2020, « Displacement tracking »',
    );
    expect(fr.resolve({ source: 'mcof-2021-addendum', paragraph: 34 }).label).toBe('MCOF 2021 Addendum ¶34');
  });
});

describe('crosswalk seen from both sides', () => {
  it('finds the 2012 origin of a 2021 sector and the 2021 successors of a 2012 sector', () => {
    expect(model.originsOf('displacement-tracking').flatMap((m) => m.data.from)).toContain('camp-management-and-displacement-tracking');
    expect(model.successorsOf('emergency-consular-assistance').flatMap((m) => m.data.to)).toEqual([
      'humanitarian-border-management-and-services-for-citizens-abroad',
    ]);
  });
});

describe('backlinks', () => {
  it('lists the policy that anchors a sector among the pages referencing the sector', () => {
    expect(model.backlinksOf('/sectors/disaster-risk-management/')).toContainEqual({
      url: '/policies/sendai-framework/',
      title: expect.stringContaining('Sendai'),
      kind: 'Policy',
    });
  });
  it('lists guidance notes that link a sector', () => {
    const links = model.backlinksOf('/sectors/displacement-tracking/');
    expect(links.some((b) => b.url === '/guidance/displacement-tracking/' && b.kind === 'Guidance note')).toBe(true);
  });
  it('names the kind of each referencing page in the model’s language', () => {
    const ar = modelIn('ar');
    const kinds = new Set(ar.cells.flatMap((c) => ar.backlinksOf(c.sector.url).map((b) => b.kind)));
    expect(kinds).toContain('مذكرة توجيهية');
    expect(kinds).toContain('قطاع من عام 2021');
    for (const kind of kinds) expect(kind).not.toMatch(/[A-Za-z]/);
  });
  it('picks up a new policy naming three sectors with no code change', () => {
    const content = realContent();
    content.entries.push({
      collection: 'policies',
      id: 'test-policy',
      file: 'content/policies/test-policy.yaml',
      data: {
        title: 'Test policy',
        kind: 'policy',
        summary: { text: 'x', cite: [{ source: 'mcof-2021-addendum', paragraph: 12 }] },
        sectors: ['health', 'protection', 'transitional-justice'],
      },
    });
    const m = modelFrom(content);
    for (const id of ['health', 'protection', 'transitional-justice']) {
      expect(m.backlinksOf(`/sectors/${id}/`).map((b) => b.url)).toContain('/policies/test-policy/');
    }
  });
});

describe('addresses', () => {
  it('follows the published address table', () => {
    expect(entryPath('sectors', 'health', { edition: 2021 })).toBe('/sectors/health/');
    expect(entryPath('sectors', 'health-support', { edition: 2012 })).toBe('/sectors/2012/health-support/');
    expect(entryPath('crossCutting', 'gender-equality')).toBe('/cross-cutting/gender-equality/');
    expect(entryPath('glossary', 'cccm')).toBe('/glossary/#cccm');
    expect(entryPath('policies', 'sendai-framework')).toBe('/policies/sendai-framework/');
    expect(entryPath('sources', 'mcof-2021-addendum')).toBe('/sources/mcof-2021-addendum/');
  });

  it('puts the base path on every URL the model hands out, and only site URLs', () => {
    const plain = modelFrom();
    const based = modelFrom(undefined, { base: '/mcof/' });
    // Every string property called url or href, anywhere in what the model exposes.
    const urls = (m: ReturnType<typeof modelFrom>) => {
      const found: string[] = [];
      const seen = new Set<unknown>();
      const walk = (v: unknown, key = '') => {
        if (typeof v === 'string') {
          if (key === 'url' || key === 'href') found.push(v);
          return;
        }
        if (!v || typeof v !== 'object' || seen.has(v)) return;
        seen.add(v);
        for (const [k, child] of v instanceof Map ? v.entries() : Object.entries(v)) walk(child, String(k));
      };
      walk([m.sources, m.sectors, m.phases, m.approaches, m.crossCutting, m.systems, m.policies, m.guidance, m.glossary, m.organization, m.regions, m.cells]);
      for (const s of m.sectors) for (const b of m.backlinksOf(s.url)) found.push(b.url);
      for (const c of m.cells) if ('cite' in c.role) for (const cite of c.role.cite) found.push(m.resolve(cite).href);
      return found;
    };
    const before = urls(plain);
    const after = urls(based);
    expect(after.length).toBe(before.length);
    expect(after.length).toBeGreaterThan(300);
    for (const [i, url] of after.entries()) expect(url).toBe(`/mcof${before[i]}`);
    expect(based.at.page('/matrix/')).toBe('/mcof/matrix/');
    expect(based.sectorById.get('health')?.url).toBe('/mcof/sectors/health/');
    expect(based.resolve({ source: 'mcof-2021-addendum', paragraph: 40 }).href).toBe('/mcof/sources/mcof-2021-addendum/#p40');
  });
});
