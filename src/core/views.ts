/**
 * Page view-models: for each page type, one pure function of the model that decides its
 * sections, their links and their counts. Components only present what these return, so
 * a rule such as "Referenced by lists only what the page does not already list" lives in
 * one place and is unit-tested.
 */
import type { Cell, Model, PhaseId, Sector } from './model.ts';
import type { Citation } from './schemas/shared.ts';

export interface LinkItem {
  url: string;
  title: string;
  note?: string;
}

export interface LinkSection {
  /** Section heading; its slug is the section's id unless `id` is given. */
  title: string;
  id?: string;
  items: LinkItem[];
  /** What the links rest on, when it is the editors' reading or a cited statement. */
  basis?: { kind: 'source' | 'editors'; text: string; cites?: Citation[] };
}

type LinkBasisData = { basis: 'source' | 'editors'; reason?: string; cite?: Citation[] } | undefined;

/** The line shown under a section whose links the editors concluded (or a source states). */
function basisOf(data: LinkBasisData): LinkSection['basis'] {
  if (!data) return undefined;
  return data.basis === 'editors'
    ? { kind: 'editors', text: `Editors' reading: ${data.reason ?? ''}` }
    : { kind: 'source', text: 'Stated in the source:', cites: data.cite };
}

/** How a described phase was placed: named by the cited text, or the editors' placement with its reason. */
export interface PlacementNote {
  kind: 'source' | 'editors';
  text: string;
}

/** The line a sector page and a sector-in-phase page show under a described phase; none for a silent one. */
export function placementOf(cell: Pick<Cell, 'role'>): PlacementNote | undefined {
  const role = cell.role;
  if (!('placement' in role)) return undefined;
  return role.placement === 'editors'
    ? { kind: 'editors', text: `Editors' placement: ${role.placementReason ?? ''}` }
    : { kind: 'source', text: 'Phase named in the cited text.' };
}

/** A URL without its fragment: a link to `/glossary/#wash` and one to `/glossary/` go to the same page. */
const page = (url: string) => url.replace(/#.*$/, '');

/**
 * "Referenced by": the pages that link to `url`, less those the page already lists in
 * its other sections (a policy listed under "Policies and frameworks" is not repeated).
 */
export function referencedBy(model: Model, url: string, listed: LinkSection[]): LinkSection {
  const shown = new Set(listed.flatMap((s) => s.items.map((i) => page(i.url))));
  const items = model
    .backlinksOf(url)
    .filter((b) => !shown.has(page(b.url)))
    .map((b) => ({ url: b.url, title: b.title, note: b.kind }));
  return { title: 'Referenced by', id: 'referenced-by', items };
}

const byIds = <T extends { id: string; url: string; data: unknown }>(entries: T[], ids: string[], title: (e: T) => string): LinkItem[] =>
  ids.flatMap((id) => {
    const entry = entries.find((e) => e.id === id);
    return entry ? [{ url: entry.url, title: title(entry) }] : [];
  });
const titled = (e: { data: unknown }) => String((e.data as { title: string }).title);

/** What a crosswalk mapping rests on, as every page that shows one marks it. */
export interface Reading {
  kind: 'source' | 'editors';
  label: "Editors' reading" | 'Stated in the text';
  /** For the editors' reading: why it is a reading (what the texts leave unsaid). */
  reason?: string;
}

export function readingOf(mapping: { basis: 'source' | 'editors'; reason?: string }): Reading {
  return mapping.basis === 'editors' ? { kind: 'editors', label: "Editors' reading", reason: mapping.reason } : { kind: 'source', label: 'Stated in the text' };
}

export interface CrosswalkLine {
  change: string;
  note: string;
  reading: Reading;
  url: string;
  /** The sectors on the other edition's side, or none (new in 2021, or no sector successor). */
  links: LinkItem[];
}

export interface SectorView {
  /** The sector's place in the crosswalk, seen from its own edition. */
  crosswalk: { id: 'origins' | 'successors'; title: string; empty: string; lines: CrosswalkLine[] };
  handoutUrl?: string;
  sections: LinkSection[];
  referencedBy: LinkSection;
}

export function sectorView(model: Model, sector: Sector): SectorView {
  const d = sector.data;
  const current = sector.edition === 2021;
  const sectorsOf = (ids: string[]) =>
    ids.flatMap((id) => {
      const s = model.sectorById.get(id);
      return s ? [{ url: s.url, title: s.data.title }] : [];
    });
  const mappings = current ? model.originsOf(sector.id) : model.successorsOf(sector.id);
  const sections: LinkSection[] = [
    { title: 'Clusters and groups', items: byIds(model.systems, d.clusters, titled), basis: basisOf(d.linkBasis?.clusters) },
    { title: 'Response systems', items: byIds(model.systems, d.systems, titled), basis: basisOf(d.linkBasis?.systems) },
    { title: 'Operating approaches', items: byIds(model.approaches, d.approaches, titled) },
    { title: 'Cross-cutting issues', items: byIds(model.crossCutting, d.crossCutting, titled) },
    { title: 'Policies and frameworks', items: model.policiesFor(sector).map((p) => ({ url: p.url, title: p.data.title })) },
    { title: 'Guidance notes', items: current ? model.guidanceFor(sector.id).map((g) => ({ url: g.url, title: g.data.title })) : [] },
    { title: 'Related sectors', items: sectorsOf(d.related) },
  ];
  const crosswalkLines = mappings.map((m) => ({
    change: m.data.change,
    note: m.data.note,
    reading: readingOf(m.data),
    url: model.at.entry('crosswalk', m.id),
    links: sectorsOf(current ? m.data.from : m.data.to),
  }));
  // The crosswalk lines link the other edition's sectors and the crosswalk itself: not repeated below.
  const listedAbove: LinkSection = { title: '', items: [...crosswalkLines.flatMap((l) => l.links), ...crosswalkLines.map((l) => ({ url: l.url, title: '' }))] };
  return {
    crosswalk: {
      id: current ? 'origins' : 'successors',
      title: current ? 'Origins in the 2012 edition' : 'What it became in 2021',
      empty: current ? 'no 2012 predecessor' : 'no 2021 sector successor',
      lines: crosswalkLines,
    },
    handoutUrl: current ? `${sector.url}handout/` : undefined,
    sections,
    referencedBy: referencedBy(model, sector.url, [...sections, listedAbove]),
  };
}

/** An operating approach or a cross-cutting issue: the 2021 sectors that link to it. */
export function frameworkElementView(model: Model, collection: 'approaches' | 'crossCutting', id: string) {
  const entry = model[collection].find((e) => e.id === id);
  if (!entry) throw new Error(`no ${collection} entry "${id}"`);
  const sectors = model.sectors2021.filter((s) => s.data[collection].includes(entry.id));
  const sections: LinkSection[] = [{ title: 'Sectors that apply it', items: sectors.map((s) => ({ url: s.url, title: s.data.title })) }];
  return {
    entry,
    label: collection === 'approaches' ? 'Operating approach' : 'Cross-cutting issue',
    sectorTitles: sectors.map((s) => s.data.title),
    sections,
    referencedBy: referencedBy(model, entry.url, sections),
  };
}

export function policyView(model: Model, id: string) {
  const policy = model.policies.find((p) => p.id === id);
  if (!policy) throw new Error(`no policy "${id}"`);
  const d = policy.data;
  const sectors = model.sectors
    .filter((s) => d.sectors.includes(s.id) || s.data.policies.includes(policy.id))
    .map((s) => ({ url: s.url, title: s.data.title, note: s.edition === 2012 ? '2012 edition' : undefined }));
  const sections: LinkSection[] = [
    { title: 'Sectors it anchors', items: sectors },
    { title: 'Cross-cutting issues', items: byIds(model.crossCutting, d.crossCutting, titled) },
    { title: 'Guidance notes', items: model.guidance.filter((g) => g.data.policies.includes(policy.id)).map((g) => ({ url: g.url, title: g.data.title })) },
  ];
  const facts = [
    d.acronym && ['Acronym', d.acronym],
    ['Kind', d.kind.replace('-', ' ')],
    d.owner && ['Issued by', d.owner],
    d.year && ['Year', String(d.year)],
  ].filter(Boolean) as [string, string][];
  return { policy, facts, sectorTitles: sectors.map((s) => s.title), sections, referencedBy: referencedBy(model, policy.url, sections) };
}

export function guidanceView(model: Model, id: string) {
  const note = model.guidance.find((g) => g.id === id);
  if (!note) throw new Error(`no guidance note "${id}"`);
  const sections: LinkSection[] = [
    { title: 'Sectors', items: byIds(model.sectors2021, note.data.sectors, titled) },
    { title: 'Phases', items: byIds(model.phases, note.data.phases as PhaseId[], titled) },
    { title: 'Policies', items: byIds(model.policies, note.data.policies, titled) },
  ];
  return { note, sections, referencedBy: referencedBy(model, note.url, sections) };
}

export function phaseView(model: Model, id: PhaseId) {
  const phase = model.phaseById.get(id);
  if (!phase) throw new Error(`no phase "${id}"`);
  const cells = model.sectors2021.map((s) => model.cellOf(s.id, id)!);
  // The cell list links each sector's page for this phase, not the sector pages that "Referenced by" would list.
  return { phase, cells, referencedBy: referencedBy(model, phase.url, []) };
}

export function systemView(model: Model, id: string) {
  const system = model.systems.find((s) => s.id === id);
  if (!system) throw new Error(`no response system "${id}"`);
  const sectorTitles = model.sectors.filter((s) => [...s.data.systems, ...s.data.clusters].includes(system.id)).map((s) => s.data.title);
  return { system, sectorTitles, referencedBy: referencedBy(model, system.url, []) };
}

/** Counts the home and index pages state in prose ("15 sectors × 3 phases"), from the model. */
export function frameworkCounts(model: Model) {
  return {
    sectors2021: model.sectors2021.length,
    sectors2012: model.sectors2012.length,
    phases: model.phases.length,
    approaches: model.approaches.length,
    crossCutting: model.crossCutting.length,
    cells: model.sectors2021.length * model.phases.length,
  };
}

export interface GlanceCell {
  phase: PhaseId;
  url: string;
  described: boolean;
  /** Cited source paragraphs behind the cell's summary (0 when the sources are silent). */
  passages: number;
  /** Guidance notes written for this sector in this phase. */
  guidance: number;
  /** What the cell holds, in words: the visible mark's text and more. */
  text: string;
}

export interface GlanceRow {
  sector: { id: string; url: string; title: string };
  /** Policies and frameworks attach to the sector, not to one phase: counted once per row. */
  policies: number;
  cells: GlanceCell[];
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The matrix at a glance: for each 2021 sector and phase, what the documents hold (described
 * or not, how many cited passages and guidance notes). A count of material, never a rating.
 */
export function matrixGlance(model: Model): { phases: { id: PhaseId; title: string; url: string }[]; rows: GlanceRow[] } {
  const phases = model.phases.map((p) => ({ id: p.id, title: p.data.title, url: p.url }));
  const rows = model.sectors2021.map((sector) => ({
    sector: { id: sector.id, url: sector.url, title: sector.data.title },
    policies: model.policiesFor(sector).length,
    cells: phases.map((p) => {
      const cell = model.cellOf(sector.id, p.id)!;
      const passages = 'cite' in cell.role ? cell.role.cite.length : 0;
      const guidance = model.guidanceFor(sector.id, p.id).length;
      const held = cell.described ? `described, ${count(passages, 'cited passage')}` : 'not in the sources';
      return {
        phase: p.id,
        url: cell.url,
        described: cell.described,
        passages,
        guidance,
        text: `${sector.data.title}, ${p.title.toLowerCase()}: ${held}, ${count(guidance, 'guidance note')}`,
      };
    }),
  }));
  return { phases, rows };
}
