/**
 * Internal link check over the built pages: every root-absolute or relative link and
 * asset must point at a file of the site, and every #fragment at an id on the target
 * page. Covers generated routes as well as Markdown content, so it runs on the build's
 * output. Pages are read with an HTML parser (htmlparser2), not patterns.
 */
import { posix } from 'node:path';
import { Parser } from 'htmlparser2';
import { withoutBase } from './deploy.ts';

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

const linkAttributes: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', source: 'src', iframe: 'src', form: 'action' };

/** The links and the ids of one page, in one pass of the parser. */
export function scanPage(html: string): { links: string[]; ids: Set<string> } {
  const links: string[] = [];
  const ids = new Set<string>();
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id) ids.add(attrs.id);
        if (name === 'a' && attrs.name) ids.add(attrs.name);
        const attr = linkAttributes[name];
        if (attr && attrs[attr] !== undefined) links.push(attrs[attr]);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { links, ids };
}

export function idsIn(html: string): Set<string> {
  return scanPage(html).ids;
}

/**
 * The file a link resolves to from `fromFile`, or undefined for links this check ignores.
 * Root-absolute links must sit under `base`; one that does not is reported as outside the site.
 */
export function targetFile(link: string, fromFile: string, base = '/'): { file: string; fragment?: string } | { outside: true } | undefined {
  if (!link || /^(https?:|mailto:|tel:|data:|javascript:|blob:)/i.test(link) || link.startsWith('//')) return undefined;
  const [pathAndQuery, fragment] = link.split('#');
  const path = pathAndQuery.split('?')[0];
  let resolved: string;
  if (path === '') resolved = fromFile;
  else if (path.startsWith('/')) {
    const sitePath = withoutBase(base, path);
    if (sitePath === undefined) return { outside: true };
    resolved = sitePath.slice(1);
  } else resolved = posix.normalize(posix.join(posix.dirname(fromFile), path));
  if (resolved === '' || resolved.endsWith('/')) resolved += 'index.html';
  return { file: decodeURIComponent(resolved), fragment: fragment ? decodeURIComponent(fragment) : undefined };
}

export function findBrokenLinks(pages: BuiltPage[], otherFiles: Set<string>, base = '/'): BrokenLink[] {
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idCache.get(file);
    if (!set) {
      set = idsIn(byFile.get(file)?.html ?? '');
      idCache.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const scan = scanPage(page.html);
    if (!idCache.has(page.file)) idCache.set(page.file, scan.ids);
    for (const link of scan.links) {
      const target = targetFile(link, page.file, base);
      if (!target) continue;
      if ('outside' in target) {
        broken.push({ page: page.file, link, reason: `outside the base path ${base}` });
        continue;
      }
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
