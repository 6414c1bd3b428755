/** The curated content itself: counts, verbatim objectives, complete crosswalk, no invented ratings. */
import { describe, expect, it } from 'vitest';
import { resolveCitation, sourceCatalogue } from '../../src/core/citations.ts';
import { containsVerbatim } from '../../src/core/text.ts';
import { realContent } from '../helpers/content.ts';

const content = realContent();
const of = (collection: string) => content.entries.filter((e) => e.collection === collection);
const sectors = of('sectors') as { id: string; data: any }[];

describe('content counts', () => {
  it('has 15 sectors in each edition, numbered 1–15', () => {
    for (const edition of [2012, 2021]) {
      const numbers = sectors
        .filter((s) => s.data.edition === edition)
        .map((s) => s.data.number)
        .sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    }
  });
  it('has 3 phases, 6 operating approaches and 5 cross-cutting issues', () => {
    expect(
      of('phases')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['after', 'before', 'during']);
    expect(of('approaches')).toHaveLength(6);
    expect(of('crossCutting')).toHaveLength(5);
  });
  it('has the five source documents, the 2021 Addendum with ¶1–63 and the 2012 document with ¶1–15', () => {
    expect(
      of('sources')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['about-iom-2024', 'asia-pacific-epc-2020', 'mcof-2012', 'mcof-2021-addendum', 'operations-and-emergencies-2020']);
    const index = sourceCatalogue(content.entries.filter((e) => e.collection === 'sources'));
    expect([...index.structures.get('mcof-2021-addendum')!.paragraphs.keys()]).toEqual(Array.from({ length: 63 }, (_, i) => i + 1));
    expect([...index.structures.get('mcof-2012')!.paragraphs.keys()]).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });
  it('has at least 20 policies, 12 guidance notes and 50 glossary terms', () => {
    expect(of('policies').length).toBeGreaterThanOrEqual(20);
    expect(of('guidance').length).toBeGreaterThanOrEqual(12);
    expect(of('glossary').length).toBeGreaterThanOrEqual(50);
  });
});

describe('sector objectives are the official wording', () => {
  const index = sourceCatalogue(content.entries.filter((e) => e.collection === 'sources'));
  it.each(sectors.map((s) => [s.data.edition, s.id, s] as const))('%i %s: objective is verbatim in its cited paragraph', (_e, _id, sector) => {
    const resolved = resolveCitation(index, sector.data.objective.cite);
    expect('text' in resolved && containsVerbatim(resolved.text, sector.data.objective.text)).toBe(true);
  });
  it('2012 Transport Assistance and 2021 Movement assistance share the same objective sentence', () => {
    const transport = sectors.find((s) => s.id === 'transport-assistance-for-affected-populations')!;
    const movement = sectors.find((s) => s.id === 'movement-assistance')!;
    expect(transport.data.objective.text.startsWith(movement.data.objective.text.replace(/\.$/, ''))).toBe(true);
  });
});

describe('crosswalk', () => {
  const mappings = of('crosswalk').map((e) => e.data as { from: string[]; to: string[]; change: string });
  it('maps every 2012 sector forward and every 2021 sector back', () => {
    for (const s of sectors) {
      const side = s.data.edition === 2012 ? 'from' : 'to';
      expect(
        mappings.some((m) => m[side].includes(s.id)),
        s.id,
      ).toBe(true);
    }
  });
  it('records the documented split of Camp Management and Displacement Tracking', () => {
    expect(mappings).toContainEqual(
      expect.objectContaining({
        from: ['camp-management-and-displacement-tracking'],
        to: ['camp-coordination-and-camp-management', 'displacement-tracking'],
        change: 'split',
      }),
    );
  });
  it('places counter-trafficking in both its 2021 homes (Protection ¶47, Movement assistance ¶63), as a split', () => {
    expect(mappings).toContainEqual(
      expect.objectContaining({
        from: ['counter-trafficking-and-protection-of-vulnerable-migrants'],
        to: ['protection', 'movement-assistance'],
        change: 'split',
      }),
    );
  });
  it('cites ¶33, the Addendum’s own reason for changing the sectors, and says why each reading is the editors’', () => {
    for (const e of of('crosswalk')) {
      const m = e.data as { basis: string; reason?: string; cite: { source: string; paragraph?: number }[] };
      expect(m.cite, e.id).toContainEqual({ source: 'mcof-2021-addendum', paragraph: 33 });
      if (m.basis === 'editors') expect(m.reason, e.id).toMatch(/\w{3,}.*\w{3,}/);
    }
  });
});

describe('no invented ratings', () => {
  it('no sector, phase or guidance text rates a sector Critical / Important / Recommended', () => {
    const text = JSON.stringify([...of('sectors'), ...of('phases'), ...of('guidance')].map((e) => [e.data, e.body]));
    expect(text).not.toMatch(/\b(rated|rating)\b.*\b(Critical|Important|Recommended)\b/i);
    expect(text).not.toMatch(/"(Critical|Important|Recommended)"/);
  });
});
