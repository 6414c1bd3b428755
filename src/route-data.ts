/**
 * Starlight route middleware. Hero action links in a page's front matter are site paths
 * (`/sectors/`), which Starlight does not prefix; they get the base path here, the same
 * way Markdown links do (config/markdown/remark-site-links.ts). On a page in another
 * language, those links and the sidebar's lead to the pages in that language (the
 * sidebar's labels are already translated: config/sidebar.ts), and the sidebar folds the
 * sections the page is not in (src/core/sidebar-fold.ts).
 */
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { alternateLinks, localizedAddress, localizedPath } from './core/addresses.ts';
import { normalizeBase, withBase, withoutBase } from './core/deploy.ts';
import type { InterfaceKey } from './core/interface-strings.ts';
import { type LocaleCode, sourceLocale } from './core/locales.ts';
import { type FoldGroup, foldSidebar } from './core/sidebar-fold.ts';
import { textIn } from './project/interface-text.ts';
import { localeOfUrl } from './project/locale-routes.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];

function localizeSidebar(entries: SidebarEntry[], base: string, locale: LocaleCode, current: string): SidebarEntry[] {
  return entries.map((entry) => {
    if (entry.type === 'group') return { ...entry, entries: localizeSidebar(entry.entries, base, locale, current) };
    const href = localizedAddress(base, entry.href, locale);
    return { ...entry, href, isCurrent: href === current };
  });
}

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const base = normalizeBase(import.meta.env.BASE_URL);
  const locale = localeOfUrl(context.url);
  if (locale !== sourceLocale) route.sidebar = localizeSidebar(route.sidebar, base, locale, context.url.pathname);
  // The page's own section open, the others one link each; the framework's group (home, search, matrix…) always open.
  const home = withBase(base, localizedPath('/', locale));
  const isFrameworkGroup = (group: FoldGroup) => group.entries[0]?.type === 'link' && group.entries[0].href === home;
  route.sidebar = foldSidebar(route.sidebar as FoldGroup['entries'], context.url.pathname, isFrameworkGroup) as SidebarEntry[];
  // The not-found page is one file for every language: it has no alternates.
  const sitePath = withoutBase(base, context.url.pathname) ?? '/';
  const alternatesOfPage =
    route.id === '404'
      ? []
      : alternateLinks(sitePath, { site: context.site?.origin, base }).map((attrs) => ({
          tag: 'link' as const,
          attrs: { rel: 'alternate', ...attrs },
          content: '',
        }));
  route.head = [...route.head.filter((tag) => !(tag.tag === 'link' && tag.attrs?.hreflang)), ...alternatesOfPage];
  const hero = (route.entry.data as { hero?: { tagline?: string; actions: { text: string; link: string }[] } }).hero;
  if (!hero?.actions.length) return;
  // The home page's hero in the page's language: its words are interface strings (the
  // front matter keeps the English for Starlight's schema).
  const t = textIn(locale);
  const isHome = route.entry.id === 'index' || route.entry.id === `${locale}/index`;
  const heroText: Record<string, InterfaceKey> = { '/sectors/': 'home.hero.browse', '/matrix/': 'home.hero.matrix' };
  // A copy, not an edit: the entry's data is shared by every render of the page.
  const actions = hero.actions.map((action) => ({
    ...action,
    text: isHome && heroText[action.link] ? t(heroText[action.link]) : action.text,
    link: localizedAddress(base, withBase(base, action.link), locale),
  }));
  const tagline = isHome ? t('home.hero.tagline') : hero.tagline;
  if (isHome && locale !== sourceLocale) {
    const description = t('site.description');
    route.head = route.head.map((tag) =>
      tag.tag === 'meta' && (tag.attrs?.name === 'description' || tag.attrs?.property === 'og:description')
        ? { ...tag, attrs: { ...tag.attrs, content: description } }
        : tag,
    );
  }
  route.entry = { ...route.entry, data: { ...route.entry.data, hero: { ...hero, tagline, actions } } as typeof route.entry.data };
});
