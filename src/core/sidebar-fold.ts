/**
 * The sidebar a page gets: the sections the page is in stay open with all their links; every
 * other section folds to one link to its overview page. Starlight renders the whole sidebar
 * into every page, and 89 links were a quarter of a sector page's HTML on a rationed line;
 * the folded sidebar keeps every section one tap away (the overview lists its pages).
 * Pure, over the shape of Starlight's route data, so it is unit-tested.
 */

export interface FoldLink {
  type: 'link';
  label: string;
  href: string;
  isCurrent: boolean;
  badge: unknown;
  attrs: Record<string, unknown>;
}
export interface FoldGroup<L extends FoldLink = FoldLink> {
  type: 'group';
  label: string;
  entries: (L | FoldGroup<L>)[];
  collapsed: boolean;
  badge: unknown;
}
type Entry<L extends FoldLink> = L | FoldGroup<L>;

/** Whether the page at `current` (a path with the base) is in the section a group lists. */
function holds<L extends FoldLink>(group: FoldGroup<L>, current: string): boolean {
  return group.entries.some((entry, i) => {
    if (entry.type === 'group') return holds(entry, current);
    // The overview (first link) holds only itself: /sectors/ is not the whole site below it.
    return entry.href === current || (i > 0 && entry.href !== '/' && current.startsWith(entry.href));
  });
}

/**
 * Folds the groups the page is not in. A group whose first entry is a link (its overview)
 * becomes that link, labelled with the group's name; a group of groups folds its members;
 * `keep` names groups that always stay open (the framework's own pages: home, search, matrix…).
 */
export function foldSidebar<L extends FoldLink>(entries: Entry<L>[], current: string, keep: (group: FoldGroup<L>) => boolean): Entry<L>[] {
  return entries.map((entry) => {
    if (entry.type !== 'group' || keep(entry)) return entry;
    if (holds(entry, current)) return { ...entry, collapsed: false, entries: foldSidebar(entry.entries, current, keep) };
    const [first] = entry.entries;
    if (first?.type !== 'link') return { ...entry, entries: foldSidebar(entry.entries, current, keep) };
    return { ...first, label: entry.label, isCurrent: false };
  });
}
