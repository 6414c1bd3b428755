/**
 * The sidebar, generated from the content so that a new sector, policy or guidance
 * note appears without a code change. Entry links and group labels come from the
 * collection registry; links are site paths, because Starlight adds the base itself.
 * Long lists are not expanded into every page: Starlight renders the full sidebar into
 * each page, so a group with more than `maxLinksPerGroup` entries gets only its index
 * page (keeps builds linear and pages small).
 */
import { addresses } from '../src/core/addresses.ts';
import { type CollectionName, type CollectionSpec, collections, compareEntries } from '../src/core/collections.ts';
import type { RawEntry } from '../src/core/entries.ts';

type SidebarItem = { label: string; link: string } | { label: string; collapsed?: boolean; items: SidebarItem[] };

const maxLinksPerGroup = 40;
// Starlight adds the base path to sidebar links itself, so the sidebar holds site paths.
const sitePaths = addresses('/');

function group(collection: CollectionName, entries: RawEntry[], options: { label?: string; index?: string; collapsed?: boolean } = {}): SidebarItem {
  const spec: CollectionSpec = collections[collection];
  const of = entries.filter((e) => e.collection === collection);
  const sorted = [...of].sort((a, b) => compareEntries(collection, a, b));
  const items: SidebarItem[] = [{ label: 'Overview', link: options.index ?? spec.index ?? '/' }];
  if (sorted.length <= maxLinksPerGroup)
    items.push(...sorted.map((e) => ({ label: spec.title(e.data, e.id), link: sitePaths.entry(collection, e.id, e.data) })));
  return { label: options.label ?? spec.label ?? collection, collapsed: options.collapsed ?? true, items };
}

const edition = (entries: RawEntry[], year: number) => entries.filter((e) => e.collection !== 'sectors' || (e.data as { edition?: number }).edition === year);

export function buildSidebar(entries: RawEntry[]): SidebarItem[] {
  return [
    {
      label: 'Framework',
      items: [
        { label: 'Home', link: '/' },
        { label: 'About the framework', link: '/about/' },
        { label: 'Search with filters', link: '/search/' },
        { label: 'Sector × phase matrix', link: '/matrix/' },
        { label: 'Context planner', link: '/matrix/planner/' },
        { label: 'Glossary', link: collections.glossary.index },
        { label: 'Response systems', link: collections.systems.index },
        { label: 'Download & print', link: '/download/' },
      ],
    },
    group('sectors', edition(entries, 2021), { collapsed: false }),
    group('phases', entries),
    {
      label: 'Approaches & cross-cutting',
      collapsed: true,
      items: [group('approaches', entries), group('crossCutting', entries)],
    },
    group('policies', entries),
    group('guidance', entries),
    group('sources', entries),
    {
      label: '2012 edition',
      collapsed: true,
      items: [
        { label: 'Crosswalk 2012 ↔ 2021', link: '/sectors/crosswalk/' },
        ...(group('sectors', edition(entries, 2012), { index: '/sectors/2012/' }) as { items: SidebarItem[] }).items,
      ],
    },
  ];
}
