/**
 * Starlight route middleware: hero action links in a page's front matter are site paths
 * (`/sectors/`), which Starlight does not prefix; they get the base path here, the same
 * way Markdown links do (config/markdown/remark-site-links.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { normalizeBase, withBase } from './core/deploy.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const hero = (route.entry.data as { hero?: { actions: { link: string }[] } }).hero;
  if (!hero?.actions.length) return;
  const base = normalizeBase(import.meta.env.BASE_URL);
  // A copy, not an edit: the entry's data is shared by every render of the page.
  const actions = hero.actions.map((action) => ({ ...action, link: withBase(base, action.link) }));
  route.entry = { ...route.entry, data: { ...route.entry.data, hero: { ...hero, actions } } };
});
