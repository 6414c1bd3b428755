/**
 * Internal link check over the built pages: every root-absolute or relative link and
 * asset must point at a file of the site, and every #fragment at an id on the target
 * page. Covers generated routes as well as Markdown content, so it runs on dist/.
 */
import { posix } from 'node:path';

export interface BuiltPage {
  /** Path of the HTML file relative to the site root, e.g. `sectors/health/index.html`. */
  file: string;
  /** The page's HTML; may be a getter that reads the file, so thousands of pages never sit in memory at once. */
  readonly html: string;
}

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

const attrPattern = /<(a|link|script|img|source|iframe|form)\b[^>]*?\s(href|src|action)="([^"]*)"/g;

export function idsIn(html: string): Set<string> {
  const ids = [...html.matchAll(/\sid="([^"]+)"/g), ...html.matchAll(/<a\s[^>]*name="([^"]+)"/g)].map((m) => m[1]);
  // Matches are slices that keep the whole page alive; re-splitting one joined string
  // gives small strings of their own, so a cached id set costs only its ids.
  return new Set(ids.join('\u0000').split('\u0000').filter(Boolean));
}

/** The file a link resolves to from `fromFile`, or undefined for links this check ignores. */
export function targetFile(link: string, fromFile: string): { file: string; fragment?: string } | undefined {
  if (!link || /^(https?:|mailto:|tel:|data:|javascript:|blob:)/i.test(link) || link.startsWith('//')) return undefined;
  const [pathAndQuery, fragment] = link.split('#');
  const path = pathAndQuery.split('?')[0];
  let resolved: string;
  if (path === '') resolved = fromFile;
  else if (path.startsWith('/')) resolved = path.slice(1);
  else resolved = posix.normalize(posix.join(posix.dirname(fromFile), path));
  if (resolved === '' || resolved.endsWith('/')) resolved += 'index.html';
  return { file: decodeURIComponent(resolved), fragment: fragment ? decodeURIComponent(fragment) : undefined };
}

export function findBrokenLinks(pages: BuiltPage[], otherFiles: Set<string>): BrokenLink[] {
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idCache.get(file);
    if (!set) idCache.set(file, (set = idsIn(byFile.get(file)?.html ?? '')));
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const html = page.html;
    if (!idCache.has(page.file)) idCache.set(page.file, idsIn(html));
    for (const m of html.matchAll(attrPattern)) {
      const link = m[3].replace(/&amp;/g, '&');
      const target = targetFile(link, page.file);
      if (!target) continue;
      const exists = byFile.has(target.file) || otherFiles.has(target.file) || (!posix.extname(target.file) && byFile.has(`${target.file}/index.html`));
      if (!exists) {
        broken.push({ page: page.file, link, reason: 'no such page or file' });
        continue;
      }
      const file = byFile.has(target.file) ? target.file : `${target.file}/index.html`;
      if (target.fragment && target.fragment !== '_top' && byFile.has(file) && !ids(file).has(target.fragment)) {
        broken.push({ page: page.file, link, reason: `no element with id "${target.fragment}" on ${file}` });
      }
    }
  }
  return broken;
}
