/**
 * The sidebar, generated from the content so that a new sector, policy or guidance
 * note appears without a code change. Long lists are not expanded into every page:
 * Starlight renders the full sidebar into each page, so a group with more than
 * `maxLinksPerGroup` entries gets only its index page (keeps builds linear and pages small).
 */
import type { RawEntry } from '../lib/content-files.ts';
import { titleOf } from '../lib/model.ts';
import { projectEntries } from '../plugins/project-content.ts';

type SidebarItem = { label: string; link: string } | { label: string; collapsed?: boolean; items: SidebarItem[] };

const maxLinksPerGroup = 40;

function orderOf(entry: RawEntry): number {
  const data = entry.data as Record<string, unknown>;
  return Number(data.number ?? data.order ?? 0);
}

function group(label: string, indexLink: string, entries: RawEntry[], link: (e: RawEntry) => string, collapsed = true): SidebarItem {
  const sorted = [...entries].sort((a, b) => orderOf(a) - orderOf(b) || titleOf(a.data, a.id).localeCompare(titleOf(b.data, b.id)));
  const items: SidebarItem[] = [{ label: 'Overview', link: indexLink }];
  if (sorted.length <= maxLinksPerGroup) items.push(...sorted.map((e) => ({ label: titleOf(e.data, e.id), link: link(e) })));
  return { label, collapsed, items };
}

export function buildSidebar(): SidebarItem[] {
  const entries = projectEntries();
  const of = (collection: RawEntry['collection'], filter: (e: RawEntry) => boolean = () => true) =>
    entries.filter((e) => e.collection === collection && filter(e));
  const edition = (year: number) => (e: RawEntry) => (e.data as { edition?: number }).edition === year;
  return [
    {
      label: 'Framework',
      items: [
        { label: 'Home', link: '/' },
        { label: 'Search with filters', link: '/search/' },
        { label: 'Sector × phase matrix', link: '/matrix/' },
        { label: 'Context planner', link: '/matrix/planner/' },
        { label: 'Glossary', link: '/glossary/' },
        { label: 'Response systems', link: '/systems/' },
        { label: 'Download & print', link: '/download/' },
      ],
    },
    group('Sectors (2021)', '/sectors/', of('sectors', edition(2021)), (e) => `/sectors/${e.id}/`, false),
    group('Phases', '/phases/', of('phases'), (e) => `/phases/${e.id}/`),
    {
      label: 'Approaches & cross-cutting',
      collapsed: true,
      items: [
        group('Operating approaches', '/approaches/', of('approaches'), (e) => `/approaches/${e.id}/`),
        group('Cross-cutting issues', '/cross-cutting/', of('crossCutting'), (e) => `/cross-cutting/${e.id}/`),
      ],
    },
    group('Policies', '/policies/', of('policies'), (e) => `/policies/${e.id}/`),
    group('Guidance', '/guidance/', of('guidance'), (e) => `/guidance/${e.id}/`),
    group('Sources', '/sources/', of('sources'), (e) => `/sources/${e.id}/`),
    {
      label: '2012 edition',
      collapsed: true,
      items: [
        { label: 'Crosswalk 2012 ↔ 2021', link: '/sectors/crosswalk/' },
        ...(group('2012 sectors', '/sectors/2012/', of('sectors', edition(2012)), (e) => `/sectors/2012/${e.id}/`) as { items: SidebarItem[] }).items,
      ],
    },
  ];
}
