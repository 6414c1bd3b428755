/**
 * The single typed model of the framework that every page reads: sectors of both
 * editions, phases, the sector × phase cells, the crosswalk seen from both sides,
 * citations resolved to labels, links and text, and "referenced by" backlinks.
 * Built from plain entries (ids, not Astro references), so it is pure and unit-tested;
 * `load-model.ts` feeds it from Astro's collections.
 */
import type { z } from 'zod';
import { type Addresses, addresses } from './addresses.ts';
import { presentCitation, type ResolvedCitation, sourceCatalogue } from './citations.ts';
import { type CollectionName, compareEntries } from './collections.ts';
import { interfaceText, type Translate } from './interface.ts';
import type { InterfaceKey } from './interface-strings.ts';
import { sourceLocale } from './locales.ts';
import type { approachSchema } from './schemas/approaches.ts';
import type { makeCrosswalkSchema } from './schemas/crosswalk.ts';
import type { makeGlossarySchema } from './schemas/glossary.ts';
import { type makeGuidanceSchema, notePhasesFor } from './schemas/guidance.ts';
import type { makeOrganizationSchema } from './schemas/organization.ts';
import type { phaseSchema } from './schemas/phases.ts';
import type { makePolicySchema } from './schemas/policies.ts';
import type { regionSchema } from './schemas/regions.ts';
import type { makeSectorSchema, sectorPhase } from './schemas/sectors.ts';
import type { Citation, PlainRef } from './schemas/shared.ts';
import type { SourceMeta } from './schemas/sources.ts';
import type { systemSchema } from './schemas/systems.ts';
import { namedCollections, namedPages, type PageNames, pageNames } from './search-ranking.ts';

/** Entry data as the model sees it: references are plain ids (see src/project/model.ts). */
export type SectorData = z.output<ReturnType<typeof makeSectorSchema<PlainRef>>>;
export type SectorPhase = z.output<typeof sectorPhase>;
export type PhaseId = 'before' | 'during' | 'after';
export const phaseIds: PhaseId[] = ['before', 'during', 'after'];

export interface Entry<T> {
  id: string;
  data: T;
  body?: string;
}
export interface Sector extends Entry<SectorData> {
  url: string;
  edition: 2012 | 2021;
}
export interface Cell {
  sector: Sector;
  phase: PhaseId;
  url: string;
  role: SectorPhase;
  described: boolean;
  /** One line for the matrix: the summary, or a plain "not specified" statement. */
  oneLine: string;
}
export type { ResolvedCitation } from './citations.ts';
export interface Backlink {
  url: string;
  title: string;
  kind: string;
}

/** Input: every entry of every collection, references as plain ids. */
export type ModelInput = Partial<Record<CollectionName, Entry<unknown>[]>>;

export interface ModelOptions {
  /** The base path the site is served under (`/` or `/mcof/`); every URL the model hands out carries it. */
  base?: string;
  /** How addresses are made instead of the site's (the book's anchors: `bookAddresses()`). */
  at?: Addresses;
  /** The interface strings of the model's language (English by default): views write headings with it. */
  text?: Translate;
}

const englishText: Translate = (key, values) => interfaceText(sourceLocale, key, values);

export function buildModel(input: ModelInput, options: ModelOptions = {}) {
  const at: Addresses = options.at ?? addresses(options.base);
  const t: Translate = options.text ?? englishText;
  const urlOf = at.entry;
  /** A collection's entries in reading order (the registry says which). */
  const list = <T>(c: CollectionName) => [...((input[c] ?? []) as Entry<T>[])].sort((a, b) => compareEntries(c, a, b));

  const sourceEntries = list<SourceMeta>('sources');
  const catalogue = sourceCatalogue(sourceEntries);
  const sources = sourceEntries.map((e) => ({ ...e, structure: catalogue.structures.get(e.id)!, url: urlOf('sources', e.id) }));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const sectors: Sector[] = list<SectorData>('sectors').map((e) => ({ ...e, edition: e.data.edition, url: urlOf('sectors', e.id, e.data) }));
  const sectorById = new Map(sectors.map((s) => [s.id, s]));
  const sectors2021 = sectors.filter((s) => s.edition === 2021);
  const sectors2012 = sectors.filter((s) => s.edition === 2012);
  const phases = list<z.output<typeof phaseSchema>>('phases').map((e) => ({ ...e, id: e.id as PhaseId, url: urlOf('phases', e.id) }));
  const phaseById = new Map(phases.map((p) => [p.id, p]));
  const withUrl = <T>(c: CollectionName) => list<T>(c).map((e) => ({ ...e, url: urlOf(c, e.id, e.data) }));
  const approaches = withUrl<z.output<typeof approachSchema>>('approaches');
  const crossCutting = withUrl<z.output<typeof approachSchema>>('crossCutting');
  const systems = withUrl<z.output<typeof systemSchema>>('systems');
  const policies = withUrl<z.output<ReturnType<typeof makePolicySchema<PlainRef>>>>('policies');
  const guidance = withUrl<z.output<ReturnType<typeof makeGuidanceSchema<PlainRef>>>>('guidance');
  const glossary = withUrl<z.output<ReturnType<typeof makeGlossarySchema<PlainRef>>>>('glossary');
  const organization = withUrl<z.output<ReturnType<typeof makeOrganizationSchema<PlainRef>>>>('organization');
  const regions = withUrl<z.output<typeof regionSchema>>('regions');
  const crosswalk = list<z.output<ReturnType<typeof makeCrosswalkSchema<PlainRef>>>>('crosswalk');

  const cellUrl = (sector: Sector, phase: PhaseId) => `${sector.url}${phase}/`;
  const cells: Cell[] = sectors.flatMap((sector) =>
    phaseIds.map((phase) => {
      const role = sector.data.phases[phase];
      const described = !('notInSource' in role);
      return {
        sector,
        phase,
        role,
        described,
        url: cellUrl(sector, phase),
        oneLine: 'summary' in role ? role.summary : t('cell.silentOneLine'),
      };
    }),
  );
  const cellOf = (sectorId: string, phase: PhaseId) => cells.find((c) => c.sector.id === sectorId && c.phase === phase);

  const resolve = (cite: Citation): ResolvedCitation => presentCitation(catalogue, cite, at, undefined, t);

  // Crosswalk from both sides.
  const successorsOf = (id2012: string) => crosswalk.filter((m) => m.data.from.includes(id2012));
  const originsOf = (id2021: string) => crosswalk.filter((m) => m.data.to.includes(id2021));

  // Backlinks: every reference, seen from its target.
  const backlinks = new Map<string, Backlink[]>();
  const addBacklink = (targetUrl: string, from: Backlink) => {
    const listFor = backlinks.get(targetUrl) ?? [];
    if (!listFor.some((b) => b.url === from.url)) listFor.push(from);
    backlinks.set(targetUrl, listFor);
  };
  const sectorUrl = (id: string) => sectorById.get(id)?.url ?? urlOf('sectors', id);
  for (const s of sectors) {
    const from = { url: s.url, title: s.data.title, kind: t('backlink.sector', { edition: s.edition }) };
    for (const id of [...s.data.clusters, ...s.data.systems]) addBacklink(urlOf('systems', id), from);
    for (const id of s.data.approaches) addBacklink(urlOf('approaches', id), from);
    for (const id of s.data.crossCutting) addBacklink(urlOf('crossCutting', id), from);
    for (const id of s.data.policies) addBacklink(urlOf('policies', id), from);
    for (const id of s.data.related) addBacklink(sectorUrl(id), from);
  }
  for (const p of policies) {
    const from = { url: p.url, title: p.data.title, kind: t('collection.policies.noun') };
    for (const id of p.data.sectors) addBacklink(sectorUrl(id), from);
    for (const id of p.data.crossCutting) addBacklink(urlOf('crossCutting', id), from);
  }
  for (const g of guidance) {
    const from = { url: g.url, title: g.data.title, kind: t('collection.guidance.noun') };
    for (const id of g.data.sectors) addBacklink(sectorUrl(id), from);
    for (const id of g.data.policies) addBacklink(urlOf('policies', id), from);
    for (const phase of g.data.phases) addBacklink(urlOf('phases', phase), from);
    for (const match of (g.body ?? '').matchAll(/\]\((\/[a-z0-9/#-]+)\)/g)) addBacklink(at.page(match[1].replace(/#.*$/, '')), from);
  }
  for (const m of crosswalk) {
    const change = t(`crosswalk.change.${m.data.change}` as InterfaceKey);
    const from = { url: urlOf('crosswalk', m.id), title: t('backlink.crosswalk', { change }), kind: t('collection.crosswalk.noun') };
    for (const id of [...m.data.from, ...m.data.to]) addBacklink(sectorUrl(id), from);
  }
  for (const term of glossary) {
    if (term.data.sector) addBacklink(sectorUrl(term.data.sector), { url: term.url, title: term.data.term, kind: t('collection.glossary.noun') });
  }
  // Search: the names each own page answers to first, and the 2012 names a 2021 sector took over.
  const ownPages = [
    ...namedPages(
      [
        ...sectors2021.map((e) => ({ ...e, collection: 'sectors' })),
        ...[approaches, crossCutting, policies, systems].flatMap((list, i) => list.map((e) => ({ ...e, collection: namedCollections[i + 1] }))),
      ],
      (collection, id, data) => urlOf(collection, id, data),
    ),
    // A phase is also known by its 2021 framing ("Invest in anticipatory action").
    ...phases.map((p) => ({ url: p.url, id: p.id, title: p.data.title, aliases: [p.data.framing2021.heading] })),
  ];
  const searchNames = pageNames(
    ownPages,
    glossary.map((t) => ({ term: t.data.term, expansion: t.data.expansion, aliases: t.data.aliases, sector: t.data.sector })),
    (page) =>
      (sectorById.get(page.id)?.url !== page.url ? [] : originsOf(page.id)).flatMap((m) => m.data.from.map((id) => sectorById.get(id)?.data.title ?? id)),
  );
  /** Search metadata of a page: its names and former names (empty for pages that are no thing's own page). */
  const searchNamesOf = (url: string): PageNames => searchNames.get(url) ?? { names: [], formerly: [] };
  const backlinksOf = (url: string) => (backlinks.get(url) ?? []).sort((a, b) => a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title));

  /** Guidance notes and policies that point at a 2021 sector. */
  const guidanceFor = (sectorId: string, phase?: PhaseId) =>
    guidance.filter((g) => g.data.sectors.includes(sectorId) && (!phase || notePhasesFor(g.data, sectorId).includes(phase)));
  const policiesFor = (sector: Sector) => policies.filter((p) => sector.data.policies.includes(p.id) || p.data.sectors.includes(sector.id));

  return {
    /** How this build makes addresses (base path included); pages use it for fixed pages too. */
    at,
    /** The interface strings in the model's language (`model.t('common.referencedBy')`). */
    t,
    catalogue,
    sources,
    sourceById,
    sectors,
    sectorById,
    sectors2021,
    sectors2012,
    phases,
    phaseById,
    approaches,
    crossCutting,
    systems,
    policies,
    guidance,
    glossary,
    organization,
    regions,
    crosswalk,
    cells,
    cellOf,
    resolve,
    successorsOf,
    originsOf,
    backlinksOf,
    searchNamesOf,
    guidanceFor,
    policiesFor,
  };
}

export type Model = ReturnType<typeof buildModel>;
