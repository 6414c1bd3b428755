/**
 * One-language offline bundles, cut from the four-language offline copy: a French reader on a
 * costly line downloads the French pages and the French search index only (about a quarter of
 * the ZIP). Pure functions over tree-relative paths and page HTML, so the rules are unit-tested;
 * config/offline/bundle.ts applies them while zipping.
 *
 * What a one-language copy keeps: that language's pages, every shared asset (styles, scripts,
 * data files, images) and that language's Pagefind index. What it changes: links to pages it
 * does not hold (the language menu, alternates, "read the current English") go to the online
 * site when its address is known, or become plain text; the language menu says the other
 * languages are online; a root index.html opens the language's home.
 */
import { posix } from 'node:path';
import { localizedPath } from '../../src/core/addresses.ts';
import { type LocaleCode, locales, sourceLocale, translationLocales } from '../../src/core/locales.ts';

const translationPrefixes = new Set<string>(translationLocales.map((l) => l.code));

/** The language a tree path's page belongs to (`fr/sectors/x/index.html` → fr), or undefined for a shared asset. */
export function pageLanguage(path: string): LocaleCode | undefined {
  if (!path.endsWith('.html')) return undefined;
  const first = path.split('/')[0];
  return (translationPrefixes.has(first) ? first : sourceLocale) as LocaleCode;
}

/** Pagefind's per-language files: `index/fr_1a2b.pf_index.js`, `pagefind.fr_1a2b.pf_meta.js`, `wasm.fr.pagefind.js`. */
function pagefindLanguage(path: string): string | undefined {
  if (!path.startsWith('pagefind/')) return undefined;
  const name = posix.basename(path);
  return /^(?:pagefind\.)?([a-z]{2,3}(?:-[a-z0-9]+)?)_[0-9a-f]+\.pf_/i.exec(name)?.[1] ?? /^wasm\.([a-z-]+)\.pagefind/i.exec(name)?.[1];
}

/** Whether a file of the four-language copy goes into the `locale` copy. */
export function belongsToLanguage(path: string, locale: LocaleCode): boolean {
  const folder = path.split('/')[0];
  // Everything under another language's folder (its pages and their handouts, data and images).
  if (translationPrefixes.has(folder) && folder !== locale) return false;
  const page = pageLanguage(path);
  if (page) return page === locale;
  const index = pagefindLanguage(path);
  if (index) return index === localeOfCode(locale).lang || index === 'unknown';
  return true;
}

const localeOfCode = (code: LocaleCode) => locales.find((l) => l.code === code)!;

/** Pagefind's entry file with only the copy's language: Pagefind then never asks for another index. */
export function pagefindEntryFor(entry: string, locale: LocaleCode): string {
  const parsed = JSON.parse(entry) as { languages: Record<string, unknown> };
  const lang = localeOfCode(locale).lang;
  parsed.languages = Object.fromEntries(Object.entries(parsed.languages).filter(([key]) => key === lang));
  return JSON.stringify(parsed);
}

/** The site path of a tree file (`fr/sectors/health/index.html` → `/fr/sectors/health/`). */
export function sitePathOf(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

export interface OneLanguageContext {
  /** The page's path in the tree (`fr/sectors/health/index.html`). */
  file: string;
  /** Whether a tree path is in this copy. */
  holds: (path: string) => boolean;
  /** The online site's origin and base (`https://atlas.example.net/mcof/`), when known. */
  online?: string;
  /** The line the language menu shows, in the copy's language. */
  otherLanguagesLine: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Resolves a relative href of `file` to a tree path, or undefined for anything else (anchors, absolute, data). */
function treeTarget(file: string, href: string): string | undefined {
  if (!href || /^(?:[a-z][a-z0-9+.-]*:|#|\/)/i.test(href)) return undefined;
  const path = href.replace(/[?#].*$/, '');
  if (!path) return undefined;
  return posix.normalize(posix.join(posix.dirname(file), decodeURI(path)));
}

/**
 * Rewrites one page for a one-language copy. Links to pages the copy does not hold go online
 * (or lose their link, keeping their words); alternates to them are dropped; the language menu
 * gets its line saying the other languages are online.
 */
export function oneLanguageHtml(html: string, { file, holds, online, otherLanguagesLine }: OneLanguageContext): string {
  const outside = (href: string) => {
    const target = treeTarget(file, href);
    return target !== undefined && !holds(target) ? target : undefined;
  };
  const onlineUrl = (target: string, href: string) => `${online!.replace(/\/$/, '')}${sitePathOf(target)}${/#.*$/.exec(href)?.[0] ?? ''}`;
  let out = html.replace(/<link rel="alternate" hreflang="[^"]*" href="([^"]*)"\s*\/?>/g, (tag, href: string) => (outside(href) ? '' : tag));
  out = out.replace(/<a\b([^>]*?)\shref="([^"]*)"([^>]*)>([\s\S]*?)<\/a>/g, (tag, before: string, href: string, after: string, inner: string) => {
    const target = outside(href);
    if (!target) return tag;
    if (online) return `<a${before} href="${onlineUrl(target, href)}"${after}>${inner}</a>`;
    // Words without a link: the language name keeps its lang, dir and class (the menu's look).
    const kept = [...`${before}${after}`.matchAll(/ (?:lang|dir|class)="[^"]*"/g)].join('');
    const menuItem = /\bdata-language-link\b/.test(`${before}${after}`) ? ' style="display:block;padding:0.4rem 0.6rem"' : '';
    return `<span${kept}${menuItem}>${inner}</span>`;
  });
  // The language menu: the last line of its list says where the other languages are.
  out = out.replace(
    /(<details class="language-menu[^"]*"[^>]*>[\s\S]*?)<\/ul>/,
    `$1<li class="language-menu-note" style="max-width:15rem;padding:0.4rem 0.6rem;font-size:var(--sl-text-xs)">${escapeHtml(otherLanguagesLine)}</li></ul>`,
  );
  return out;
}

/** The copy's root index.html for a translated language: it opens that language's home. */
export function languageRedirect(locale: LocaleCode, label: string): string {
  const home = `${localizedPath('/', locale).slice(1)}index.html`;
  const { lang, dir } = localeOfCode(locale);
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${home}"><title>MCOF Atlas</title></head><body><p><a href="${home}">${escapeHtml(label)}</a></p></body></html>\n`;
}
