import { describe, expect, it } from 'vitest';
import {
  frameworkCounts,
  frameworkElementView,
  guidanceView,
  keyPoliciesOf,
  keyPolicyLimit,
  matrixGlance,
  phaseGlance,
  placementOf,
  policiesIndexView,
  policyView,
  referencedBy,
  sectorView,
} from '../../src/core/views.ts';
import { entry, realContent } from '../helpers/content.ts';
import { modelIn } from '../helpers/interface.ts';
import { modelFrom } from '../helpers/model.ts';

const model = modelFrom();
const urls = (items: { url: string }[]) => items.map((i) => i.url.replace(/#.*$/, ''));

describe('page view-models', () => {
  it('sector: "Referenced by" repeats nothing the page lists above it', () => {
    for (const id of ['health', 'protection', 'camp-coordination-and-camp-management']) {
      const sector = model.sectorById.get(id)!;
      const view = sectorView(model, sector);
      const above = new Set([
        ...view.sections.flatMap((s) => urls(s.items)),
        ...view.crosswalk.lines.flatMap((l) => [...urls(l.links), l.url.replace(/#.*$/, '')]),
      ]);
      const repeated = urls(view.referencedBy.items).filter((u) => above.has(u));
      expect(repeated, id).toEqual([]);
      // …although the model's backlinks do include pages listed above (policies, guidance, related sectors).
      expect(
        urls(model.backlinksOf(sector.url)).some((u) => above.has(u)),
        id,
      ).toBe(true);
      // What the page does not list is still there: every backlink is either above or below.
      for (const b of model.backlinksOf(sector.url))
        expect(above.has(b.url.replace(/#.*$/, '')) || urls(view.referencedBy.items).includes(b.url.replace(/#.*$/, '')), b.url).toBe(true);
    }
  });

  it('sector: Health lists its policies and guidance once, under their own headings', () => {
    const view = sectorView(model, model.sectorById.get('health')!);
    const policies = view.sections.find((s) => s.title === 'Policies and frameworks')!;
    expect(policies.items.length).toBeGreaterThan(0);
    for (const p of policies.items) expect(urls(view.referencedBy.items)).not.toContain(p.url);
    expect(view.crosswalk).toMatchObject({ id: 'origins', title: 'Origins in the 2012 edition' });
    expect(view.handoutUrl).toBe('/sectors/health/handout/');
  });

  it('2012 sector: shows what it became, no handout', () => {
    const old = model.sectors2012[0];
    const view = sectorView(model, old);
    expect(view.crosswalk.id).toBe('successors');
    expect(view.crosswalk.lines.length).toBeGreaterThan(0);
    expect(view.handoutUrl).toBeUndefined();
  });

  it('policy and approach pages do not repeat their listed sectors under "Referenced by"', () => {
    const sendai = policyView(model, 'sendai-framework');
    const listed = new Set(sendai.sections.flatMap((s) => urls(s.items)));
    expect(urls(sendai.referencedBy.items).filter((u) => listed.has(u))).toEqual([]);
    const cs = frameworkElementView(model, 'approaches', 'conflict-sensitivity');
    const sectors = new Set(urls(cs.sections[0].items));
    expect(sectors.size).toBeGreaterThan(0);
    expect(urls(cs.referencedBy.items).filter((u) => sectors.has(u))).toEqual([]);
  });

  it('says which cluster and system links are the editors’ reading and which a source states', () => {
    const support = sectorView(model, model.sectorById.get('health-support')!);
    expect(support.sections.find((s) => s.title === 'Clusters and groups')?.basis).toMatchObject({
      kind: 'editors',
      text: expect.stringMatching(/^Editors' reading: The 2012 paper linked its sectors .* annex diagram that was lost/),
    });
    const camps = sectorView(model, model.sectorById.get('camp-management-and-displacement-tracking')!);
    expect(camps.sections.find((s) => s.title === 'Clusters and groups')?.basis).toEqual({
      kind: 'source',
      text: 'Stated in the source:',
      cites: [{ source: 'mcof-2012', paragraph: 10 }],
    });
    const cccm = sectorView(model, model.sectorById.get('camp-coordination-and-camp-management')!);
    expect(cccm.sections.find((s) => s.title === 'Response systems')?.basis?.text).toMatch(/^Editors' reading: .*does not use the name "Cluster System"/);
  });

  it('every sector with cluster or system links says what they rest on', () => {
    for (const sector of model.sectors) {
      for (const section of sectorView(model, sector).sections.filter((s) => ['Clusters and groups', 'Response systems'].includes(s.title))) {
        if (section.items.length) expect(section.basis, `${sector.id}: ${section.title}`).toBeDefined();
      }
    }
  });

  it('says which phase placements the editors made, with their reason, and which the text names', () => {
    const wash = model.cellOf('water-sanitation-and-hygiene', 'before')!;
    expect(placementOf(wash)).toEqual({
      kind: 'editors',
      text: expect.stringMatching(/^Editors' placement: ¶41 speaks of building resilience to future shocks/),
    });
    expect(placementOf(model.cellOf('displacement-tracking', 'before')!)).toEqual({ kind: 'source', text: 'Phase named in the cited text.' });
    expect(placementOf(model.cellOf('livelihoods-and-economic-recovery', 'during')!)).toBeUndefined();
    for (const cell of model.cells.filter((c) => c.described)) expect(placementOf(cell), `${cell.sector.id} ${cell.phase}`).toBeDefined();
  });

  it('marks each crosswalk line on a sector page as the editors’ reading, with its reason', () => {
    const line = sectorView(model, model.sectorById.get('counter-trafficking-and-protection-of-vulnerable-migrants')!).crosswalk.lines[0];
    expect(line.change).toBe('split');
    expect(line.links.map((l) => l.title)).toEqual(['Protection', 'Movement assistance']);
    expect(line.reading).toEqual({ kind: 'editors', label: "Editors' reading", reason: expect.stringContaining('¶63 lists counter-trafficking') });
  });

  it('referencedBy keeps everything when nothing is listed', () => {
    const url = model.sectorById.get('health')!.url;
    expect(referencedBy(model, url, []).items).toHaveLength(model.backlinksOf(url).length);
  });

  it('counts come from the model', () => {
    expect(frameworkCounts(model)).toEqual({ sectors2021: 15, sectors2012: 15, phases: 3, approaches: 6, crossCutting: 5, cells: 45 });
  });
});

describe('matrix at a glance', () => {
  it('phase picture: one mark per 2021 sector in order, described exactly where the matrix cell is', () => {
    for (const phase of model.phases) {
      const { marks, described } = phaseGlance(model, phase.id);
      expect(marks.map((m) => m.sector.id)).toEqual(model.sectors2021.map((s) => s.id));
      expect(marks.map((m) => [m.cell.url, m.cell.described])).toEqual(
        model.sectors2021.map((s) => [model.cellOf(s.id, phase.id)!.url, model.cellOf(s.id, phase.id)!.described]),
      );
      expect(described).toBe(model.sectors2021.filter((s) => model.cellOf(s.id, phase.id)!.described).length);
    }
    // Today's content has a phase with sectors the sources are silent on: the picture is not all filled.
    expect(model.phases.some((p) => phaseGlance(model, p.id).described < model.sectors2021.length)).toBe(true);
    expect(() => phaseGlance(model, 'later' as never)).toThrow('no phase "later"');
  });

  it('has one cell per 2021 sector × phase, counting what the model holds', () => {
    const glance = matrixGlance(model);
    expect(glance.rows.map((r) => r.sector.id)).toEqual(model.sectors2021.map((s) => s.id));
    expect(glance.rows.flatMap((r) => r.cells)).toHaveLength(model.sectors2021.length * model.phases.length);
    const cccmDuring = glance.rows.find((r) => r.sector.id === 'camp-coordination-and-camp-management')!.cells.find((c) => c.phase === 'during')!;
    const cell = model.cellOf('camp-coordination-and-camp-management', 'during')!;
    expect(cccmDuring).toMatchObject({
      url: '/sectors/camp-coordination-and-camp-management/during/',
      described: true,
      passages: 'cite' in cell.role ? cell.role.cite.length : -1,
      guidance: model.guidanceFor('camp-coordination-and-camp-management', 'during').length,
    });
    // A cell the sources are silent on, whichever it is in today's content.
    const silentRow = glance.rows.find((r) => r.cells.some((c) => !c.described))!;
    const silent = silentRow.cells.find((c) => !c.described)!;
    const phaseTitle = glance.phases.find((p) => p.id === silent.phase)!.title.toLowerCase();
    expect(silent).toMatchObject({ described: false, passages: 0 });
    expect(silent.text).toMatch(new RegExp(`^${silentRow.sector.title}, ${phaseTitle}: not in the sources, \\d+ guidance notes?$`));
    const health = glance.rows.find((r) => r.sector.id === 'health')!;
    expect(health.policies).toBe(model.policiesFor(model.sectorById.get('health')!).length);
  });

  it('gives a 16th sector its row with no code change', () => {
    const content = realContent();
    const wash = entry(content, 'sectors', 'water-sanitation-and-hygiene');
    content.entries.push({
      ...structuredClone(wash),
      id: 'digital-connectivity',
      file: 'content/sectors/2021/digital-connectivity.yaml',
      data: { ...(structuredClone(wash.data) as Record<string, unknown>), title: 'Digital connectivity', number: 16, related: [] },
    });
    const glance = matrixGlance(modelFrom(content));
    expect(glance.rows).toHaveLength(16);
    const row = glance.rows.find((r) => r.sector.id === 'digital-connectivity')!;
    expect(row.cells.map((c) => c.url)).toEqual(['before', 'during', 'after'].map((p) => `/sectors/digital-connectivity/${p}/`));
  });
});

describe('page view-models in the model’s language', () => {
  const fr = modelIn('fr');
  const ar = modelIn('ar');

  it('a French sector page has French section titles, backlink kinds and crosswalk marks; an English one is unchanged', () => {
    const view = sectorView(fr, fr.sectorById.get('health')!);
    expect(view.sections.map((s) => s.title)).toEqual([
      'Clusters et groupes',
      'Systèmes d’intervention',
      'Approches opérationnelles',
      'Questions transversales',
      'Politiques et cadres',
      'Notes d’orientation',
      'Secteurs liés',
    ]);
    expect(view.referencedBy.title).toBe('Pages qui renvoient ici');
    expect(view.referencedBy.id).toBe('referenced-by');
    expect(new Set(view.referencedBy.items.map((i) => i.note))).toEqual(new Set(['Terme du glossaire']));
    expect(view.crosswalk).toMatchObject({ title: 'Origines dans l’édition 2012', empty: 'aucun prédécesseur en 2012' });
    expect(view.crosswalk.lines[0]).toMatchObject({ change: 'renommé', reading: { kind: 'editors', label: 'Lecture des éditeurs' } });
    const english = sectorView(model, model.sectorById.get('health')!);
    expect(english.crosswalk.lines[0]).toMatchObject({ change: 'renamed', reading: { label: "Editors' reading" } });
    expect(english.referencedBy.items.map((i) => i.note)).toContain('Glossary term');
  });

  it('names the placement of a described phase in the page’s language', () => {
    const cell = fr.cellOf('health', 'during')!;
    expect(placementOf(cell, fr.t)).toEqual({ kind: 'source', text: 'Phase nommée dans le texte cité.' });
    expect(placementOf(cell)).toEqual({ kind: 'source', text: 'Phase named in the cited text.' });
  });

  it('writes policy facts and every kind of policy in the page’s language, never a raw value', () => {
    for (const p of ar.policies) {
      const { facts } = policyView(ar, p.id);
      const kind = facts.find(([label]) => label === ar.t('policy.kind'))!;
      expect(kind[1], p.id).not.toMatch(/[a-z]/);
    }
    expect(policyView(model, 'emergency-manual').facts).toContainEqual(['Kind', 'publication']);
  });

  it('says what each glance cell holds in the page’s language, with the right singular or plural', () => {
    const glance = matrixGlance(fr);
    const texts = glance.rows.flatMap((r) => r.cells.map((c) => c.text));
    expect(texts.some((t) => / : décrit, 1 passage cité, /.test(t))).toBe(true);
    expect(texts.some((t) => / : décrit, [2-9] passages cités, /.test(t))).toBe(true);
    expect(texts.every((t) => !/described|guidance note|not in the sources/.test(t))).toBe(true);
    // A silent cell says so, and the one line of the matrix does too.
    const silent = fr.cells.find((c) => !c.described)!;
    expect(silent.oneLine).toBe('Les sources ne disent rien de précis pour cette phase.');
  });
});

describe('key policies and the /policies/ filters', () => {
  it('lists, near the top, the first of the page’s own policies and links the full section when there are more', () => {
    for (const sector of model.sectors) {
      const view = sectorView(model, sector);
      const full = view.sections.find((s) => s.title === 'Policies and frameworks')!;
      expect(view.keyPolicies.items, sector.id).toEqual(full.items.slice(0, keyPolicyLimit));
      expect(view.keyPolicies.total).toBe(full.items.length);
      expect(view.keyPolicies.allHref).toBe(full.items.length > keyPolicyLimit ? '#policies-and-frameworks' : undefined);
    }
    const limited = keyPoliciesOf({ title: 'Policies', items: [1, 2, 3].map((n) => ({ url: `/p${n}/`, title: `P${n}` })) }, 2);
    expect(limited).toEqual({
      items: [
        { url: '/p1/', title: 'P1' },
        { url: '/p2/', title: 'P2' },
      ],
      total: 3,
      allHref: '#policies',
    });
  });

  it('gives a guidance note the same block, from its own policies list', () => {
    for (const note of model.guidance) {
      const view = guidanceView(model, note.id);
      const full = view.sections.find((s) => s.title === 'Policies')!;
      expect(view.keyPolicies.items, note.id).toEqual(full.items.slice(0, keyPolicyLimit));
    }
  });

  it('counts each filter value from the model: a sector’s count is its own page’s list', () => {
    const { rows, sectors, kinds } = policiesIndexView(model);
    expect(rows).toHaveLength(model.policies.length);
    for (const s of model.sectors2021) {
      const count = model.policiesFor(s).length;
      expect(sectors.find((v) => v.id === s.id)?.count ?? 0, s.id).toBe(count);
    }
    expect(kinds.reduce((sum, k) => sum + k.count, 0)).toBe(model.policies.length);
    expect(kinds.every((k) => k.count > 0 && !k.label.startsWith('policy.kind.'))).toBe(true);
    const french = modelIn('fr');
    expect(policiesIndexView(french).kinds.find((k) => k.id === 'framework')?.label).toBe('cadre');
  });
});
