import { describe, expect, it } from 'vitest';
import { crosswalkDiagram, wrapLabel } from '../../src/core/crosswalk-diagram.ts';
import { entry, realContent } from '../helpers/content.ts';
import { modelIn } from '../helpers/interface.ts';
import { modelFrom } from '../helpers/model.ts';

const model = modelFrom();

/** The real content plus a 16th 2021 sector, new in 2021, with its crosswalk mapping. */
function withSixteenthSector() {
  const content = realContent();
  const wash = entry(content, 'sectors', 'water-sanitation-and-hygiene');
  content.entries.push({
    ...structuredClone(wash),
    id: 'digital-connectivity',
    file: 'content/sectors/2021/digital-connectivity.yaml',
    data: { ...(structuredClone(wash.data) as Record<string, unknown>), title: 'Digital connectivity', number: 16, related: [] },
  });
  const wc = entry(content, 'crosswalk', 'wash-new');
  content.entries.push({
    ...structuredClone(wc),
    id: 'digital-connectivity-new',
    data: { ...(structuredClone(wc.data) as Record<string, unknown>), to: ['digital-connectivity'], basis: 'source' },
  });
  return modelFrom(content);
}

describe('crosswalk diagram layout', () => {
  const diagram = crosswalkDiagram(model);

  it('draws every 2012 sector on the left and every 2021 sector on the right, each linking to its page', () => {
    const left = diagram.nodes.filter((n) => n.side === 'left' && n.key !== 'none');
    const right = diagram.nodes.filter((n) => n.side === 'right' && model.sectorById.has(n.key));
    expect(left.map((n) => n.key).sort()).toEqual(model.sectors2012.map((s) => s.id).sort());
    expect(right.map((n) => n.key).sort()).toEqual(model.sectors2021.map((s) => s.id).sort());
    for (const n of [...left, ...right]) expect(n.url).toBe(model.sectorById.get(n.key)!.url);
    expect(diagram.groups.map((g) => g.title)).toContain('2012: 15 sectors');
  });

  it('has one group of lines per crosswalk mapping, a line for each pair of sectors it joins', () => {
    expect(diagram.mappings.map((m) => m.id)).toEqual(model.crosswalk.map((m) => m.id));
    const split = diagram.mappings.find((m) => m.id === 'community-stabilization-split')!;
    expect(split.lines.map((l) => l.to)).toEqual([
      'peacebuilding-and-social-cohesion',
      'livelihoods-and-economic-recovery',
      'basic-infrastructure-and-services',
    ]);
    const merged = diagram.mappings.find((m) => m.id === 'border-and-consular-merged')!;
    expect(merged.lines.map((l) => l.from)).toEqual(['technical-assistance-for-humanitarian-border-management', 'emergency-consular-assistance']);
    for (const m of diagram.mappings) {
      expect(m.lines.length, m.id).toBeGreaterThan(0);
      expect(m.change).toBe(model.crosswalk.find((c) => c.id === m.id)!.data.change);
    }
  });

  it('draws moved work to its approach or cross-cutting issue, and new sectors from a "No 2012 sector" placeholder', () => {
    const moved = diagram.mappings.find((m) => m.id === 'policy-and-legislation-moved-to-law-and-policy')!;
    expect(moved.lines).toMatchObject([{ from: 'migration-policy-and-legislation-support', to: 'crossCutting/law-and-policy' }]);
    expect(diagram.nodes.find((n) => n.key === 'crossCutting/law-and-policy')?.url).toBe('/cross-cutting/law-and-policy/');
    const wash = diagram.mappings.find((m) => m.id === 'wash-new')!;
    expect(wash.lines).toMatchObject([{ from: 'none', to: 'water-sanitation-and-hygiene' }]);
    expect(diagram.nodes.find((n) => n.key === 'none')?.url).toBeUndefined();
  });

  it('keeps every line end on its node and every node inside the drawing, without overlaps', () => {
    for (const side of ['left', 'right'] as const) {
      const nodes = diagram.nodes.filter((n) => n.side === side);
      for (let i = 1; i < nodes.length; i++) expect(nodes[i].y).toBeGreaterThanOrEqual(nodes[i - 1].y + nodes[i - 1].height);
      for (const n of nodes) expect(n.y + n.height).toBeLessThanOrEqual(diagram.height);
    }
    const byKey = new Map(diagram.nodes.map((n) => [n.key, n]));
    for (const l of diagram.mappings.flatMap((m) => m.lines)) {
      const [from, to] = [byKey.get(l.from)!, byKey.get(l.to)!];
      expect(l.y1).toBeGreaterThanOrEqual(from.y);
      expect(l.y1).toBeLessThanOrEqual(from.y + from.height);
      expect(l.y2).toBeGreaterThanOrEqual(to.y);
      expect(l.y2).toBeLessThanOrEqual(to.y + to.height);
      expect(l.d).toMatch(new RegExp(`^M${diagram.columns.leftAnchor},${l.y1} C.* ${diagram.columns.rightAnchor},${l.y2}$`));
    }
  });

  it("says in each label's accessible text where its lines go and on what basis", () => {
    const health = diagram.nodes.find((n) => n.key === 'health-support')!;
    expect(health.label).toBe(
      `Health Support, 2012 sector: renamed to Health (${model.crosswalk.find((m) => m.id === 'health-renamed')!.data.basis === 'source' ? 'stated in the texts' : "editors' reading"})`,
    );
    const legend = Object.fromEntries(diagram.kinds.map((k) => [k.kind, k.count]));
    expect(legend).toEqual(
      Object.fromEntries(['kept', 'renamed', 'split', 'merged', 'new', 'moved'].map((k) => [k, model.crosswalk.filter((m) => m.data.change === k).length])),
    );
  });

  it("shows a 16th sector and its mapping with no code change, and tells a stated mapping from the editors' reading", () => {
    const m16 = withSixteenthSector();
    const d = crosswalkDiagram(m16);
    expect(d.nodes.filter((n) => n.side === 'right' && m16.sectorById.has(n.key))).toHaveLength(16);
    expect(d.groups.map((g) => g.title)).toContain('2021: 16 sectors');
    const node = d.nodes.find((n) => n.key === 'digital-connectivity')!;
    expect(node).toMatchObject({ side: 'right', title: 'Digital connectivity', url: '/sectors/digital-connectivity/' });
    const mapping = d.mappings.find((m) => m.id === 'digital-connectivity-new')!;
    expect(mapping).toMatchObject({ change: 'new', basis: 'source', lines: [{ from: 'none', to: 'digital-connectivity' }] });
    expect(mapping.text).toBe('no 2012 sector → Digital connectivity: new; stated in the texts.');
    expect(d.bases.find((b) => b.basis === 'source')!.count).toBe(diagram.bases.find((b) => b.basis === 'source')!.count + 1);
    expect(d.height).toBeGreaterThan(diagram.height - 1);
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces within the limit and never splits a word', () => {
    expect(wrapLabel('Humanitarian border management and services for citizens abroad', 30)).toEqual([
      'Humanitarian border management',
      'and services for citizens',
      'abroad',
    ]);
    expect(wrapLabel('Health', 30)).toEqual(['Health']);
    expect(wrapLabel('Supercalifragilistic word', 5)).toEqual(['Supercalifragilistic', 'word']);
  });
});

describe('crosswalk diagram in the page’s language', () => {
  it('writes its groups, labels and spoken text from the dictionary; the change kinds stay keys for the styles', () => {
    const fr = crosswalkDiagram(modelIn('fr'));
    expect(fr.groups.map((g) => g.title)).toEqual(['2012 : 15 secteurs', 'Nouveaux en 2021', '2021 : 15 secteurs', 'Sortis des secteurs']);
    const health = fr.mappings.find((m) => m.id === 'health-renamed')!;
    expect(health.change).toBe('renamed');
    expect(health.text).toMatch(/ : renommé ; lecture des éditeurs\.$/);
    expect(fr.nodes.find((n) => n.key === 'none')?.title).toBe('Aucun secteur de 2012');
    const merged = fr.mappings.find((m) => m.id === 'border-and-consular-merged')!;
    expect(merged.text).toContain(' et ');
    for (const n of fr.nodes) expect(n.label, n.key).not.toMatch(/\b(to|from|sector|editors' reading|no mapping)\b/);
  });
});
