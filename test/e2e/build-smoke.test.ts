/** The build wrote a page for every entry at its published address. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dist, page, requireBuild } from '../helpers/dist.ts';
import { modelFrom } from '../helpers/model.ts';

const model = modelFrom();
const exists = (address: string) => existsSync(join(dist, address, 'index.html'));

describe('built site', () => {
  beforeAll(requireBuild);

  it('has the fixed pages', () => {
    for (const a of ['/', '/sectors/', '/sectors/2012/', '/sectors/crosswalk/', '/phases/', '/matrix/', '/approaches/', '/cross-cutting/', '/policies/', '/guidance/', '/systems/', '/glossary/', '/sources/', '/download/', '/organization/']) {
      expect(exists(a), a).toBe(true);
    }
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
    expect(html).toMatch(/<blockquote cite="\/sources\/mcof-2021-addendum\/#p40"[^>]*><p>To deliver high-quality, comprehensive and sustainable water, sanitation and hygiene interventions at scale/);
    expect(html).toContain('href="/sources/mcof-2021-addendum/#p40">MCOF 2021 Addendum ¶40</a>');
  });

  it('says plainly when the sources are silent about a sector in a phase', () => {
    const silent = model.cells.find((c) => c.sector.edition === 2021 && !c.described)!;
    const html = page(silent.url);
    expect(html).toContain('The source documents say nothing specific about');
    expect(html).toContain('General guidance for this phase');
  });

  it('resolves cite: links in guidance notes to paragraph links', () => {
    const html = page('/guidance/displacement-tracking/');
    expect(html).not.toContain('href="cite:');
    expect(html).toMatch(/href="\/sources\/[a-z0-9-]+\/#[a-z0-9-]+" class="cite"/);
  });
});
