/**
 * The one place addresses are made. Every entry's address comes from its collection's
 * `path` in the registry; every address a page, component, plugin or script hands to a
 * browser goes through `withBase`, so the whole site can live under `BASE_PATH`.
 */
import { type CollectionName, collections } from './collections.ts';
import { type DeployConfig, publicUrl, withBase, withoutBase } from './deploy.ts';
import { isLocaleCode, type LocaleCode, locales, sourceLocale } from './locales.ts';
import type { Citation } from './schemas/shared.ts';

/** The anchor of a cited place: `p34` for ¶34, the heading slug for a section. */
export function citationAnchor(cite: Citation): string {
  return cite.paragraph !== undefined ? `p${cite.paragraph}` : (cite.section ?? '');
}

/** An entry's address inside the site, without the base: `/sectors/health/`. */
export function entryPath(collection: CollectionName, id: string, data?: unknown): string {
  return collections[collection].path(id, data);
}

/** Site path of a cited place: `/sources/mcof-2021-addendum/#p34`. */
export function citationPath(cite: Citation): string {
  return `${entryPath('sources', cite.source)}#${citationAnchor(cite)}`;
}

/** A file (`/data/mcof.json`, a ZIP) rather than a page: one copy serves every language. */
const isFilePath = (sitePath: string) => /\.[a-z0-9]+$/i.test(sitePath.split(/[?#]/)[0]);

/**
 * A page's address in a language: English at the root, every other language under its
 * code with the same slugs (`/fr/sectors/health/during/`), so a trainer's link differs
 * only by the prefix. Files are shared and keep their address.
 */
export function localizedPath(sitePath: string, locale: LocaleCode = sourceLocale): string {
  if (locale === sourceLocale || isFilePath(sitePath) || !sitePath.startsWith('/')) return sitePath;
  return `/${locale}${sitePath}`;
}

/** The inverse of `localizedPath`: which language a site path is in, and its English address. */
export function splitLocalePath(sitePath: string): { locale: LocaleCode; path: string } {
  const match = /^\/([a-z]{2,3})(\/.*|$)/.exec(sitePath);
  if (match && isLocaleCode(match[1]) && match[1] !== sourceLocale) return { locale: match[1], path: match[2] || '/' };
  return { locale: sourceLocale, path: sitePath };
}

/**
 * An address as a page hands it to a browser (base included), in another language: a page
 * of the site gets the language's prefix; files, anchors, other sites and addresses
 * already in a language are left as they are.
 */
export function localizedAddress(base: string, address: string, locale: LocaleCode): string {
  const sitePath = withoutBase(base, address);
  if (locale === sourceLocale || sitePath === undefined || address.startsWith('//')) return address;
  if (splitLocalePath(sitePath).locale !== sourceLocale) return address;
  return withBase(base, localizedPath(sitePath, locale));
}

/**
 * Every link to a page of the site in a rendered page body, in the page's language: the
 * English text of an untranslated entry (Markdown bodies, source documents) then still
 * leads to pages in the reader's language. A link that names its language (`hreflang`, as
 * "read the current English" does) is left as it is.
 */
export function localizeLinks(html: string, base: string, locale: LocaleCode): string {
  if (locale === sourceLocale) return html;
  return html.replace(/<a\b[^>]*>/g, (tag) =>
    /\shreflang=/.test(tag)
      ? tag
      : tag.replace(/(\shref=")([^"]*)"/, (_whole, start: string, href: string) => `${start}${localizedAddress(base, href, locale)}"`),
  );
}

export interface Addresses {
  /** The language these addresses are in. */
  locale: LocaleCode;
  /** An entry's address as a browser follows it (base included). */
  entry(collection: CollectionName, id: string, data?: unknown): string;
  /** A fixed page of the site (`/matrix/`) or a file (`/data/mcof.json`), base included. */
  page(sitePath: string): string;
  /** A citation's target, base included. */
  cite(cite: Citation): string;
}

/** Addresses as pages in one language hand them out: base and language prefix included. */
export function addresses(base = '/', locale: LocaleCode = sourceLocale): Addresses {
  const at = (sitePath: string) => withBase(base, localizedPath(sitePath, locale));
  return {
    locale,
    entry: (collection, id, data) => at(entryPath(collection, id, data)),
    page: (sitePath) => at(sitePath),
    cite: (cite) => at(citationPath(cite)),
  };
}

/**
 * The same addresses inside a book (the EPUB and the PDF), where every place is an anchor
 * in one document: the site path with its slashes and `#` turned into hyphens, so
 * `/sources/mcof-2021-addendum/#p34` becomes `sources-mcof-2021-addendum-p34` and
 * `/sectors/health/` becomes `sectors-health`. Derived from the site path, so the two
 * cannot disagree on what a citation points at.
 */
export function bookAnchor(sitePath: string): string {
  return sitePath.replace(/^\/+|\/+$/g, '').replace(/[/#]+/g, '-') || 'home';
}

/** Addresses as a book hands them out: `#<bookAnchor>` (a renderer maps the anchor to its chapter file or PDF label). */
export function bookAddresses(locale: LocaleCode = sourceLocale): Addresses {
  return {
    locale,
    entry: (collection, id, data) => `#${bookAnchor(entryPath(collection, id, data))}`,
    page: (sitePath) => `#${bookAnchor(sitePath)}`,
    cite: (cite) => `#${bookAnchor(citationPath(cite))}`,
  };
}

/**
 * The `hreflang` alternates of the page at `sitePath` (any language's): the same page in
 * every built language, and `x-default` the English. Absolute, so none without the site's
 * address (search engines and Lighthouse refuse relative ones; the language menu links the
 * languages either way).
 */
export function alternateLinks(sitePath: string, config: DeployConfig): { hreflang: string; href: string }[] {
  if (!config.site) return [];
  const { path } = splitLocalePath(sitePath);
  const href = (locale: LocaleCode) => publicUrl(config, localizedPath(path, locale))!;
  return [...locales.map((l) => ({ hreflang: l.lang, href: href(l.code) })), { hreflang: 'x-default', href: href(sourceLocale) }];
}
