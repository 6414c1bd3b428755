/**
 * Page view-models: for each page type, one pure function of the model that decides its
 * sections, their links and their counts. Components only present what these return, so
 * a rule such as "Referenced by lists only what the page does not already list" lives in
 * one place and is unit-tested.
 */
import { slug } from 'github-slugger';
import { interfaceText, type Translate } from './interface.ts';
import type { InterfaceKey } from './interface-strings.ts';
import { sourceLocale } from './locales.ts';
import type { Cell, Model, PhaseId, Sector } from './model.ts';
import { policyKinds } from './schemas/policies.ts';
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

/** For the helpers a page calls without a model (`placementOf(cell, model.t)`): English unless given. */
const cellText: Translate = (key, values) => interfaceText(sourceLocale, key, values);

type LinkBasisData = { basis: 'source' | 'editors'; reason?: string; cite?: Citation[] } | undefined;

/** The line shown under a section whose links the editors concluded (or a source states). */
function basisOf(t: Translate, data: LinkBasisData): LinkSection['basis'] {
  if (!data) return undefined;
  return data.basis === 'editors'
    ? { kind: 'editors', text: t('common.editorsReading', { reason: data.reason ?? '' }) }
    : { kind: 'source', text: t('common.statedInSource'), cites: data.cite };
}

/** How a described phase was placed: named by the cited text, or the editors' placement with its reason. */
export interface PlacementNote {
  kind: 'source' | 'editors';
  text: string;
}

/** The line a sector page and a sector-in-phase page show under a described phase; none for a silent one. */
export function placementOf(cell: Pick<Cell, 'role'>, t: Translate = cellText): PlacementNote | undefined {
  const role = cell.role;
  if (!('placement' in role)) return undefined;
  return role.placement === 'editors'
    ? { kind: 'editors', text: t('common.editorsPlacement', { reason: role.placementReason ?? '' }) }
    : { kind: 'source', text: t('common.phaseNamedInText') };
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
  return { title: model.t('common.referencedBy'), id: 'referenced-by', items };
}

const byIds = <T extends { id: string; url: string; data: unknown }>(entries: T[], ids: string[], title: (e: T) => string): LinkItem[] =>
  ids.flatMap((id) => {
    const entry = entries.find((e) => e.id === id);
    return entry ? [{ url: entry.url, title: title(entry) }] : [];
  });
const titled = (e: { data: unknown }) => String((e.data as { title: string }).title);

/** How many policies the block near the top of a sector or guidance page lists before "All N". */
export const keyPolicyLimit = 5;

/**
 * "Key policies and frameworks" near the top of a page: the first few links of the page's own
 * policies section (the same items, so the two never disagree), and when there are more, a
 * link to that full section further down.
 */
export interface KeyPolicies {
  items: LinkItem[];
  total: number;
  /** The id of the full section, for the "All N" link, when the block shows only some. */
  allHref?: string;
}

export function keyPoliciesOf(section: LinkSection, limit = keyPolicyLimit): KeyPolicies {
  const id = section.id ?? slug(section.title);
  return {
    items: section.items.slice(0, limit),
    total: section.items.length,
    allHref: section.items.length > limit ? `#${id}` : undefined,
  };
}

/** What a crosswalk mapping rests on, as every page that shows one marks it. */
export interface Reading {
  kind: 'source' | 'editors';
  /** "Editors' reading" or "Stated in the text", in the model's language. */
  label: string;
  /** For the editors' reading: why it is a reading (what the texts leave unsaid). */
  reason?: string;
}

export function readingOf(mapping: { basis: 'source' | 'editors'; reason?: string }, t: Translate = cellText): Reading {
  return mapping.basis === 'editors'
    ? { kind: 'editors', label: t('common.editorsReadingLabel'), reason: mapping.reason }
    : { kind: 'source', label: t('common.statedInText') };
}

/** A crosswalk change kind ("renamed") in the language of `t`. */
export const changeName = (t: Translate, change: string): string => t(`crosswalk.change.${change}` as InterfaceKey);

export interface CrosswalkLine {
  /** The kind of change, in the model's language ("renamed"). */
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
  keyPolicies: KeyPolicies;
  sections: LinkSection[];
  referencedBy: LinkSection;
}

export function sectorView(model: Model, sector: Sector): SectorView {
  const d = sector.data;
  const t = model.t;
  const current = sector.edition === 2021;
  const sectorsOf = (ids: string[]) =>
    ids.flatMap((id) => {
      const s = model.sectorById.get(id);
      return s ? [{ url: s.url, title: s.data.title }] : [];
    });
  const mappings = current ? model.originsOf(sector.id) : model.successorsOf(sector.id);
  const policies: LinkSection = { title: t('sector.policies'), items: model.policiesFor(sector).map((p) => ({ url: p.url, title: p.data.title })) };
  const sections: LinkSection[] = [
    { title: t('sector.clusters'), items: byIds(model.systems, d.clusters, titled), basis: basisOf(t, d.linkBasis?.clusters) },
    { title: t('sector.systems'), items: byIds(model.systems, d.systems, titled), basis: basisOf(t, d.linkBasis?.systems) },
    { title: t('sector.approaches'), items: byIds(model.approaches, d.approaches, titled) },
    { title: t('sector.crossCutting'), items: byIds(model.crossCutting, d.crossCutting, titled) },
    policies,
    { title: t('sector.guidance'), items: current ? model.guidanceFor(sector.id).map((g) => ({ url: g.url, title: g.data.title })) : [] },
    { title: t('sector.related'), items: sectorsOf(d.related) },
  ];
  const crosswalkLines = mappings.map((m) => ({
    change: changeName(t, m.data.change),
    note: m.data.note,
    reading: readingOf(m.data, t),
    url: model.at.entry('crosswalk', m.id),
    links: sectorsOf(current ? m.data.from : m.data.to),
  }));
  // The crosswalk lines link the other edition's sectors and the crosswalk itself: not repeated below.
  const listedAbove: LinkSection = { title: '', items: [...crosswalkLines.flatMap((l) => l.links), ...crosswalkLines.map((l) => ({ url: l.url, title: '' }))] };
  return {
    crosswalk: {
      id: current ? 'origins' : 'successors',
      title: current ? t('sector.origins') : t('sector.successors'),
      empty: current ? t('sector.noPredecessor') : t('sector.noSuccessor'),
      lines: crosswalkLines,
    },
    handoutUrl: current ? `${sector.url}handout/` : undefined,
    keyPolicies: keyPoliciesOf(policies),
    sections,
    referencedBy: referencedBy(model, sector.url, [...sections, listedAbove]),
  };
}

/** An operating approach or a cross-cutting issue: the 2021 sectors that link to it. */
export function frameworkElementView(model: Model, collection: 'approaches' | 'crossCutting', id: string) {
  const entry = model[collection].find((e) => e.id === id);
  if (!entry) throw new Error(`no ${collection} entry "${id}"`);
  const sectors = model.sectors2021.filter((s) => s.data[collection].includes(entry.id));
  const sections: LinkSection[] = [{ title: model.t('element.sectors'), items: sectors.map((s) => ({ url: s.url, title: s.data.title })) }];
  return {
    entry,
    label: model.t(collection === 'approaches' ? 'collection.approaches.noun' : 'collection.crossCutting.noun'),
    sectorTitles: sectors.map((s) => s.data.title),
    sections,
    referencedBy: referencedBy(model, entry.url, sections),
  };
}

export function policyView(model: Model, id: string) {
  const policy = model.policies.find((p) => p.id === id);
  if (!policy) throw new Error(`no policy "${id}"`);
  const d = policy.data;
  const t = model.t;
  const sectors = model.sectors
    .filter((s) => d.sectors.includes(s.id) || s.data.policies.includes(policy.id))
    .map((s) => ({ url: s.url, title: s.data.title, note: s.edition === 2012 ? t('common.edition2012Note') : undefined }));
  const sections: LinkSection[] = [
    { title: t('policy.sectors'), items: sectors },
    { title: t('policy.crossCutting'), items: byIds(model.crossCutting, d.crossCutting, titled) },
    { title: t('policy.guidance'), items: model.guidance.filter((g) => g.data.policies.includes(policy.id)).map((g) => ({ url: g.url, title: g.data.title })) },
  ];
  const facts = [
    d.acronym && [t('policy.acronym'), d.acronym],
    [t('policy.kind'), t(`policy.kind.${d.kind}` as InterfaceKey)],
    d.owner && [t('policy.issuedBy'), d.owner],
    d.year && [t('policy.year'), String(d.year)],
  ].filter(Boolean) as [string, string][];
  return { policy, facts, sectorTitles: sectors.map((s) => s.title), sections, referencedBy: referencedBy(model, policy.url, sections) };
}

export function guidanceView(model: Model, id: string) {
  const note = model.guidance.find((g) => g.id === id);
  if (!note) throw new Error(`no guidance note "${id}"`);
  const policies: LinkSection = { title: model.t('guidance.policies'), items: byIds(model.policies, note.data.policies, titled) };
  const sections: LinkSection[] = [
    { title: model.t('guidance.sectors'), items: byIds(model.sectors2021, note.data.sectors, titled) },
    { title: model.t('guidance.phases'), items: byIds(model.phases, note.data.phases as PhaseId[], titled) },
    policies,
  ];
  return { note, keyPolicies: keyPoliciesOf(policies), sections, referencedBy: referencedBy(model, note.url, sections) };
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

/** One row of /policies/: what it shows and what the filters read (`data-sectors`, `data-kind`). */
export interface PolicyRow {
  url: string;
  title: string;
  acronym?: string;
  kind: string;
  kindLabel: string;
  year?: number;
  /** The 2021 sectors it anchors, by the same rule as the sector pages' policies section. */
  sectors: string[];
}

/** A value of a /policies/ filter with how many policies carry it. */
export interface FacetValue {
  id: string;
  label: string;
  count: number;
}

/**
 * /policies/: every policy with its facets, and the filter values with their counts, each
 * counted from the model (a sector's count is the length of its own page's policies list).
 * Only values some policy carries are offered.
 */
export function policiesIndexView(model: Model): { rows: PolicyRow[]; sectors: FacetValue[]; kinds: FacetValue[] } {
  const t = model.t;
  const sectorsOf = new Map(model.policies.map((p) => [p.id, [] as string[]]));
  for (const sector of model.sectors2021) for (const p of model.policiesFor(sector)) sectorsOf.get(p.id)?.push(sector.id);
  const rows: PolicyRow[] = model.policies.map((p) => ({
    url: p.url,
    title: p.data.title,
    acronym: p.data.acronym,
    kind: p.data.kind,
    kindLabel: t(`policy.kind.${p.data.kind}` as InterfaceKey),
    year: p.data.year,
    sectors: sectorsOf.get(p.id) ?? [],
  }));
  const sectors = model.sectors2021
    .map((s) => ({ id: s.id, label: s.data.title, count: rows.filter((r) => r.sectors.includes(s.id)).length }))
    .filter((v) => v.count > 0);
  const kinds = policyKinds
    .map((kind) => ({ id: kind, label: t(`policy.kind.${kind}` as InterfaceKey), count: rows.filter((r) => r.kind === kind).length }))
    .filter((v) => v.count > 0);
  return { rows, sectors, kinds };
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

/** A count in words, from the `.one` or `.many` form of a key ("1 cited passage", "3 cited passages"). */
export const counted = (
  t: Translate,
  key: 'glance.citedPassages' | 'glance.passages' | 'glance.guidanceNotes' | 'glance.policiesLinked',
  count: number,
): string => t(`${key}.${count === 1 ? 'one' : 'many'}`, { count });

/**
 * The matrix at a glance: for each 2021 sector and phase, what the documents hold (described
 * or not, how many cited passages and guidance notes). A count of material, never a rating.
 */
export function matrixGlance(model: Model): { phases: { id: PhaseId; title: string; url: string }[]; rows: GlanceRow[] } {
  const t = model.t;
  const phases = model.phases.map((p) => ({ id: p.id, title: p.data.title, url: p.url }));
  const rows = model.sectors2021.map((sector) => ({
    sector: { id: sector.id, url: sector.url, title: sector.data.title },
    policies: model.policiesFor(sector).length,
    cells: phases.map((p) => {
      const cell = model.cellOf(sector.id, p.id)!;
      const passages = 'cite' in cell.role ? cell.role.cite.length : 0;
      const guidance = model.guidanceFor(sector.id, p.id).length;
      const held = cell.described ? t('glance.described', { passages: counted(t, 'glance.citedPassages', passages) }) : t('glance.notInSources');
      return {
        phase: p.id,
        url: cell.url,
        described: cell.described,
        passages,
        guidance,
        text: t('glance.cellText', { sector: sector.data.title, phase: p.title.toLowerCase(), held, guidance: counted(t, 'glance.guidanceNotes', guidance) }),
      };
    }),
  }));
  return { phases, rows };
}

/**
 * One column of the matrix at a glance, for the picture on a phase page: each 2021 sector in
 * order, and whether the sources describe it in this phase (the same cells, one home per fact).
 */
export function phaseGlance(model: Model, id: PhaseId): { marks: { sector: GlanceRow['sector']; cell: GlanceCell }[]; described: number } {
  const marks = matrixGlance(model).rows.map((row) => {
    const cell = row.cells.find((c) => c.phase === id);
    if (!cell) throw new Error(`no phase "${id}"`);
    return { sector: row.sector, cell };
  });
  return { marks, described: marks.filter((m) => m.cell.described).length };
}
