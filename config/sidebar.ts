/**
 * The sidebar, generated from the content so that a new sector, policy or guidance
 * note appears without a code change. Entry links and group labels come from the
 * collection registry; links are site paths, because Starlight adds the base itself.
 * Long lists are not expanded into every page: Starlight renders the full sidebar into
 * each page, so a group with more than `maxLinksPerGroup` entries gets only its index
 * page (keeps builds linear and pages small).
 * Every label carries its translations (Starlight picks the page's language): interface
 * strings from each language's dictionary, entry titles from the editors' translations.
 * Links stay English site paths; src/route-data.ts puts them in the page's language.
 */
import { addresses } from '../src/core/addresses.ts';
import { type CollectionName, type CollectionSpec, collections, compareEntries } from '../src/core/collections.ts';
import type { RawContent, RawEntry } from '../src/core/entries.ts';
import { interfaceDictionaries, interfaceText } from '../src/core/interface.ts';
import type { InterfaceKey } from '../src/core/interface-strings.ts';
import { sourceLocale, translationLocales } from '../src/core/locales.ts';
import { translateEntries } from '../src/core/translations.ts';

type Label = { label: string; translations: Record<string, string> };
type SidebarItem = (Label & { link: string }) | (Label & { collapsed?: boolean; items: SidebarItem[] });

const maxLinksPerGroup = 40;
// Starlight adds the base path to sidebar links itself, so the sidebar holds site paths.
const sitePaths = addresses('/');

const edition = (entries: RawEntry[], year: number) => entries.filter((e) => e.collection !== 'sectors' || (e.data as { edition?: number }).edition === year);

export function buildSidebar(content: Pick<RawContent, 'entries' | 'translations' | 'interfaces'>): SidebarItem[] {
  const { entries } = content;
  const dictionaries = interfaceDictionaries(content.interfaces ?? []);
  const translatedData = new Map<string, unknown>();
  for (const { code, lang } of translationLocales) {
    for (const e of translateEntries(entries, content.translations ?? [], code)) translatedData.set(`${lang}/${e.collection}/${e.id}`, e.data);
  }
  /** A label in every language: `key` is an interface string, or `title` gives an entry's title in a language. */
  const label = (key: InterfaceKey): Label => ({
    label: interfaceText(sourceLocale, key),
    translations: Object.fromEntries(translationLocales.map((l) => [l.lang, interfaceText(l.code, key, {}, dictionaries)])),
  });
  const entryLabel = (collection: CollectionName, e: RawEntry): Label => {
    const spec: CollectionSpec = collections[collection];
    return {
      label: spec.title(e.data, e.id),
      translations: Object.fromEntries(
        translationLocales.map((l) => [l.lang, spec.title(translatedData.get(`${l.lang}/${collection}/${e.id}`) ?? e.data, e.id)]),
      ),
    };
  };
  const link = (key: InterfaceKey, path: string): SidebarItem => ({ ...label(key), link: path });

  function group(
    collection: CollectionName,
    of: RawEntry[],
    options: { label?: InterfaceKey; index?: string; collapsed?: boolean } = {},
  ): SidebarItem & { items: SidebarItem[] } {
    const spec: CollectionSpec = collections[collection];
    const sorted = of.filter((e) => e.collection === collection).sort((a, b) => compareEntries(collection, a, b));
    const items: SidebarItem[] = [link('nav.overview', options.index ?? spec.index ?? '/')];
    if (sorted.length <= maxLinksPerGroup)
      items.push(...sorted.map((e) => ({ ...entryLabel(collection, e), link: sitePaths.entry(collection, e.id, e.data) })));
    return { ...label(options.label ?? (`collection.${collection}.label` as InterfaceKey)), collapsed: options.collapsed ?? true, items };
  }

  return [
    {
      ...label('nav.framework'),
      items: [
        link('nav.home', '/'),
        link('nav.about', '/about/'),
        link('nav.search', '/search/'),
        link('nav.matrix', '/matrix/'),
        link('nav.planner', '/matrix/planner/'),
        link('nav.glossary', collections.glossary.index ?? '/glossary/'),
        link('nav.systems', collections.systems.index ?? '/systems/'),
        link('nav.download', '/download/'),
        link('nav.translations', '/translations/'),
      ],
    },
    group('sectors', edition(entries, 2021), { collapsed: false }),
    group('phases', entries),
    { ...label('nav.approachesAndCrossCutting'), collapsed: true, items: [group('approaches', entries), group('crossCutting', entries)] },
    group('policies', entries),
    group('guidance', entries),
    group('sources', entries),
    {
      ...label('nav.edition2012'),
      collapsed: true,
      items: [
        link('nav.crosswalk', '/sectors/crosswalk/'),
        link('nav.matrix2012', '/matrix/2012/'),
        ...group('sectors', edition(entries, 2012), { index: '/sectors/2012/' }).items,
      ],
    },
  ];
}
