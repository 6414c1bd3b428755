/**
 * URL rewriting for the offline bundle, where pages are opened from disk (file://):
 * every root-absolute or directory-style URL becomes a relative path to a real file
 * (`/sectors/health/#p3` seen from `sectors/index.html` → `health/index.html#p3`).
 * Only URLs in markup attributes and CSS `url()` are touched; text (including code
 * samples, which HTML escapes) is left as it is.
 */
import { posix } from 'node:path';
import { withoutBase } from '../../src/core/deploy.ts';

/** External, protocol, fragment-only and data URLs stay as they are. */
function isLocalRootUrl(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/**
 * Maps a site URL to the file it is served from: directories get `index.html`,
 * paths without an extension are treated as directories.
 */
export function fileForPath(pathname: string): string {
  let p = pathname.replace(/^\/+/, '');
  if (p === '' || p.endsWith('/')) return `${p}index.html`;
  if (!/\.[a-z0-9]+$/i.test(p.split('/').pop() ?? '')) p = `${p}/index.html`;
  return p;
}

/**
 * Rewrites one URL as seen from the file `fromFile` (a path relative to the site root).
 * Online addresses carry the base path (`/mcof/sectors/`); the offline copy has none.
 */
export function offlineUrl(url: string, fromFile: string, base = '/'): string {
  const trimmed = url.trim();
  if (!isLocalRootUrl(trimmed)) return url;
  const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(trimmed)!;
  const [, online, query = '', hash = ''] = match;
  const pathname = withoutBase(base, online);
  if (pathname === undefined) return url;
  const target = fileForPath(decodeURI(pathname));
  const fromDir = posix.dirname(fromFile);
  let relative = posix.relative(fromDir === '.' ? '' : fromDir, target);
  if (relative === '') relative = posix.basename(target);
  return encodeURI(relative) + query + hash;
}

const urlAttributes = ['href', 'src', 'action', 'poster', 'data', 'cite'];

/** Rewrites `srcset` candidates ("url 1x, url 2x"). */
export function offlineSrcset(value: string, fromFile: string, base = '/'): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url, ...rest] = candidate.trim().split(/\s+/);
      return [offlineUrl(url, fromFile, base), ...rest].join(' ');
    })
    .join(', ');
}

/** Rewrites CSS `url(...)` references. */
export function offlineCss(css: string, fromFile: string, base = '/'): string {
  return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (_m, quote: string, url: string) => `url(${quote}${offlineUrl(url, fromFile, base)}${quote})`);
}

/**
 * Rewrites the URL attributes of every tag, and inline `style` attributes and <style>
 * blocks. Script and style contents are not attributes and stay as they are, except CSS.
 */
export function offlineHtml(html: string, fromFile: string, base = '/'): string {
  const withTags = html.replace(/<([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*?)?(\/?)>/g, (tag, name: string, attrs: string | undefined, selfClose: string) => {
    if (!attrs) return tag;
    const rewritten = attrs.replace(
      /(\s)([a-zA-Z:-]+)(\s*=\s*)("([^"]*)"|'([^']*)')/g,
      (all, space: string, attr: string, eq: string, _q: string, dq?: string, sq?: string) => {
        const value = dq ?? sq ?? '';
        const quote = dq !== undefined ? '"' : "'";
        const lower = attr.toLowerCase();
        let next = value;
        if (urlAttributes.includes(lower)) next = offlineUrl(value, fromFile, base);
        else if (lower === 'srcset') next = offlineSrcset(value, fromFile, base);
        else if (lower === 'style') next = offlineCss(value, fromFile, base);
        else return all;
        return `${space}${attr}${eq}${quote}${next}${quote}`;
      },
    );
    return `<${name}${rewritten}${selfClose}>`;
  });
  return withTags.replace(
    /(<style[^>]*>)([\s\S]*?)(<\/style>)/g,
    (_m, open: string, css: string, close: string) => `${open}${offlineCss(css, fromFile, base)}${close}`,
  );
}

/** The relative path from a page to the site root, e.g. `../../` for `sectors/health/index.html`. */
export function rootFrom(fromFile: string): string {
  const depth = fromFile.split('/').length - 1;
  return depth ? '../'.repeat(depth) : './';
}
