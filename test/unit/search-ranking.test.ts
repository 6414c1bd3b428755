import { describe, expect, it } from 'vitest';
import { rankOf, score } from '../../scripts/bench-search.ts';
import { formerNameLine, namedPages, ownerOf, pageNames, searchRanking } from '../../src/core/search-ranking.ts';
import { glossaryRecords, paragraphRecords, recordHtml } from '../../src/core/search-records.ts';
import { modelFrom } from '../helpers/model.ts';

const pages = [
  { url: '/sectors/water-sanitation-and-hygiene/', id: 'water-sanitation-and-hygiene', title: 'Water, sanitation and hygiene', acronym: 'WASH' },
  { url: '/sectors/displacement-tracking/', id: 'displacement-tracking', title: 'Displacement tracking' },
  { url: '/sectors/protection/', id: 'protection', title: 'Protection' },
  { url: '/approaches/cash-based-interventions/', id: 'cash-based-interventions', title: 'Cash-based interventions' },
  { url: '/systems/camp-coordination-and-camp-management-cluster/', id: 'cccm-cluster', title: 'Camp Coordination & Camp Management', acronym: 'CCCM' },
];

describe('which page is a glossary term’s own page', () => {
  it('is the page whose title is the term’s expansion, whatever the case and hyphens', () => {
    expect(ownerOf({ term: 'CBI', expansion: 'Cash-Based Interventions', aliases: [] }, pages)?.url).toBe('/approaches/cash-based-interventions/');
  });
  it('is the sector the term points at when one of its names contains the sector’s title', () => {
    expect(ownerOf({ term: 'DTM', expansion: 'Displacement Tracking Matrix', aliases: [], sector: 'displacement-tracking' }, pages)?.url).toBe(
      '/sectors/displacement-tracking/',
    );
  });
  it('is no page when the term only relates to a sector (GBV and Protection)', () => {
    expect(ownerOf({ term: 'GBV', expansion: 'gender-based violence', aliases: [], sector: 'protection' }, pages)).toBeUndefined();
  });
  it('prefers a sector to a cluster of the same name', () => {
    const sorted = namedPages(
      [
        { collection: 'systems', id: 'cccm-cluster', data: { title: 'Camp Coordination & Camp Management', acronym: 'CCCM' } },
        { collection: 'sectors', id: 'cccm', data: { title: 'Camp coordination and camp management', acronym: 'CCCM', edition: 2021 } },
        { collection: 'sectors', id: 'camp-management', data: { title: 'Camp Management', edition: 2012 } },
      ],
      (c, id) => `/${c}/${id}/`,
    );
    expect(sorted.map((p) => p.url)).toEqual(['/sectors/cccm/', '/systems/cccm-cluster/']);
    expect(ownerOf({ term: 'CCCM', aliases: [] }, sorted)?.url).toBe('/sectors/cccm/');
  });
});

describe('the names a page answers to first', () => {
  it('are its title, acronym and the aliases of the glossary terms it owns, once each, with its 2012 names apart', () => {
    const names = pageNames(
      pages,
      [{ term: 'WASH', expansion: 'water, sanitation and hygiene', aliases: ['water and sanitation', 'WASH'], sector: 'water-sanitation-and-hygiene' }],
      (p) => (p.id === 'protection' ? ['Counter-trafficking and Protection of Vulnerable Migrants'] : []),
    );
    expect(names.get('/sectors/water-sanitation-and-hygiene/')).toEqual({
      names: ['Water, sanitation and hygiene', 'WASH', 'water and sanitation'],
      formerly: [],
    });
    expect(names.get('/sectors/protection/')?.formerly).toEqual(['Counter-trafficking and Protection of Vulnerable Migrants']);
  });
  it('come from the real model: a 2021 sector lists the 2012 sectors it took over', () => {
    const model = modelFrom();
    const hbm = model.sectors2021.find((s) => s.id === 'humanitarian-border-management-and-services-for-citizens-abroad')!;
    expect(model.searchNamesOf(hbm.url).formerly).toContain('Emergency Consular Assistance');
    const cbi = model.approaches.find((a) => a.id === 'cash-based-interventions')!;
    expect(model.searchNamesOf(cbi.url).names).toEqual(expect.arrayContaining(['Cash-based interventions', 'CBI']));
  });
  it('weigh more than a title, and former names more still, so an old name leads to its successor', () => {
    const w = searchRanking.metaWeights;
    expect(w.names).toBeGreaterThan(w.title);
    expect(w.formerly).toBeGreaterThan(w.title);
    expect(w.aliases).toBeLessThan(w.title);
  });
});

describe('the line for an old name', () => {
  const formerly = ['Emergency Consular Assistance'];
  const title = 'Humanitarian border management and services for citizens abroad';
  it('names the 2012 sector and today’s when the query is the old name or two of its words in a row', () => {
    expect(formerNameLine('emergency consular assistance', formerly, title)).toBe(
      '2012: Emergency Consular Assistance → now Humanitarian border management and services for citizens abroad',
    );
    expect(formerNameLine('Consular assistance', formerly, title)).toBe(`2012: Emergency Consular Assistance → now ${title}`);
  });
  it('is written in the page’s language when the page hands its template', () => {
    expect(formerNameLine('emergency consular assistance', formerly, 'Gestion humanitaire des frontières', '2012 : {old} → aujourd’hui {title}')).toBe(
      '2012 : Emergency Consular Assistance → aujourd’hui Gestion humanitaire des frontières',
    );
  });
  it('stays away for one shared word', () => {
    expect(formerNameLine('assistance', formerly, title)).toBeUndefined();
  });
});

describe('search records', () => {
  const body =
    '## Part\n\n7. IOM held a coordination role in 131 coordination platforms.[^1]\n\n8. States bear the primary responsibility.\n\n[^1]: Clusters and sectors.\n';
  it('make each numbered paragraph a result titled by document and ¶, with its footnote', () => {
    const records = paragraphRecords([
      { id: 'mcof-2021-addendum', shortTitle: 'MCOF 2021 Addendum', numbered: true, body },
      { id: 'about-iom-2024', shortTitle: 'About IOM', numbered: false, body: '## A\n\nText.' },
    ]);
    expect(records.map((r) => [r.url, r.title])).toEqual([
      ['/sources/mcof-2021-addendum/#p7', 'MCOF 2021 Addendum ¶7'],
      ['/sources/mcof-2021-addendum/#p8', 'MCOF 2021 Addendum ¶8'],
    ]);
    expect(records[0].text).toContain('Clusters and sectors.');
    expect(records[0].editions).toEqual([2021]);
  });
  it('give a glossary term with no page of its own its names, and leave them to the owner otherwise', () => {
    const [own, owned] = glossaryRecords([
      { id: 'do-no-harm', term: 'do no harm', aliases: ['DNH'], definition: 'Avoid making things worse.', owned: false },
      { id: 'cbi', term: 'CBI', expansion: 'Cash-Based Interventions', aliases: [], definition: 'Cash.', owned: true },
    ]);
    expect(own).toMatchObject({ url: '/glossary/#do-no-harm', title: 'do no harm', type: 'Glossary term', names: ['do no harm', 'DNH'] });
    expect(owned).toMatchObject({ url: '/glossary/#cbi', title: 'CBI — Cash-Based Interventions', names: undefined });
  });
  it('are HTML whose title and names are metadata, not indexed text, with escaped markup', () => {
    const html = recordHtml({ url: '/glossary/#x', title: 'A <b> & "c"', type: 'Glossary term', text: 'One.\nTwo <i>', names: ['A', 'B'] });
    expect(html).toContain('data-pagefind-meta="title:A &lt;b&gt; &amp; &quot;c&quot;"');
    expect(html).toContain('data-pagefind-meta="names:A · B"');
    expect(html).toContain('<div hidden data-pagefind-ignore>');
    expect(html).toContain('<main data-pagefind-body><div hidden data-pagefind-ignore>');
    expect(html).toMatch(/<\/div><p>One\.<\/p><p>Two &lt;i&gt;<\/p><\/main>/);
  });
});

describe('the relevance score', () => {
  const q = (accept: string[]) => ({ class: 'x', q: 'x', accept });
  it('matches a page target whatever the anchor, and an anchored target exactly', () => {
    expect(rankOf(['/a/', '/b/#p3'], ['/b/'])).toBe(2);
    expect(rankOf(['/b/#p2', '/b/#p3'], ['/b/#p3'])).toBe(2);
    expect(rankOf(['/b/#p2'], ['/c/'])).toBe(0);
  });
  it('gives top-1, top-3, mean reciprocal rank and the zero-result rate', () => {
    const s = score([
      { query: q(['/a/']), results: ['/a/'] },
      { query: q(['/a/']), results: ['/b/', '/a/'] },
      { query: q(['/a/']), results: ['/b/', '/c/', '/d/', '/a/'] },
      { query: q(['/a/']), results: [] },
    ]);
    expect(s.top1).toBe(0.25);
    expect(s.top3).toBe(0.5);
    expect(s.mrr).toBeCloseTo((1 + 0.5 + 0.25) / 4);
    expect(s.zero).toBe(0.25);
    expect(s.misses.map((m) => m.rank)).toEqual([2, 4, 0]);
  });
});
