/**
 * One script file per page on the online site. Astro writes every component's script as a
 * module of its own: a sector page loaded twelve small files (search button, theme and
 * language menus, mobile menu, sidebar, "On this page", copy link…), each compressed alone.
 * Bundled into one minified module they weigh about a quarter less, in one request. Pages
 * with the same scripts share one file, named after its content, so a reader's second page
 * costs nothing. Runs after the offline bundle and the ZIM, which bundle their own copy's
 * scripts as classic scripts (and leave the search dialog out).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { listFiles } from '../../src/project/files.ts';

/** A module script tag Astro wrote for a page's own files (under `<base>_astro/`). */
const moduleScriptTag = (base: string) => new RegExp(`<script type="module" src="(${escapeRegExp(base)}_astro/[^"]+\\.js)"></script>`, 'g');

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The module script files a page loads, in document order (the order they run in). */
export function pageModuleScripts(html: string, base: string): string[] {
  return [...html.matchAll(moduleScriptTag(base))].map((m) => m[1]);
}

/**
 * The page with its module script tags replaced by one, where the first of them stood (so
 * the merged code runs when the first would have: module scripts are deferred alike).
 */
export function withMergedScript(html: string, base: string, merged: string): string {
  let first = true;
  return html.replace(moduleScriptTag(base), () => {
    if (!first) return '';
    first = false;
    return `<script type="module" src="${merged}"></script>`;
  });
}

/** Resolves the site's own `<base>_astro/…` URLs to the built files; leaves Pagefind (loaded at run time) alone. */
function siteFiles(dist: string, base: string): Plugin {
  return {
    name: 'site-files',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${escapeRegExp(base)}_astro/`) }, (args) => ({ path: join(dist, args.path.slice(base.length)) }));
      b.onResolve({ filter: new RegExp(`^${escapeRegExp(base)}pagefind/`) }, (args) => ({ path: args.path, external: true }));
    },
  };
}

/** Bundles a page's scripts into one minified module; returns its code. */
async function bundle(dist: string, base: string, scripts: string[]): Promise<string> {
  const result = await build({
    stdin: { contents: scripts.map((s) => `import ${JSON.stringify(s)};`).join('\n'), resolveDir: dist, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    logLevel: 'error',
    plugins: [siteFiles(dist, base)],
  });
  return result.outputFiles[0].text;
}

/** The `./x.js` chunks a module imports (statically or not), as `_astro/` file names. */
function importedChunks(code: string): string[] {
  return [...code.matchAll(/(?:from|import)\s*\(?\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]);
}

/**
 * Merges every page's module scripts into one file per distinct set, and deletes the files
 * no page loads any longer. Returns how many pages and bundles, and how many files went.
 */
export async function mergePageScripts(
  dist: string,
  base: string,
  /** Any other edit every page gets in the same write (`file` relative to `dist`, with `/`). */
  alsoEdit: (html: string, file: string) => string = (html) => html,
): Promise<{ pages: number; bundles: number; removed: number }> {
  const astroDir = join(dist, '_astro');
  const bundles = new Map<string, string>(); // the page's script list → its bundle's URL
  const merged = new Set<string>();
  const loaded = new Set<string>(); // what the pages load once merged
  let pages = 0;
  for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const edit = (page: string) => alsoEdit(page, relative(dist, file).split(sep).join('/'));
    const scripts = pageModuleScripts(html, base);
    if (scripts.length < 2) {
      for (const s of scripts) loaded.add(s);
      const edited = edit(html);
      if (edited !== html) writeFileSync(file, edited);
      continue;
    }
    const key = scripts.join('\n');
    let url = bundles.get(key);
    if (!url) {
      const code = await bundle(dist, base, scripts);
      const name = `page.${createHash('sha256').update(code).digest('base64url').slice(0, 10)}.js`;
      writeFileSync(join(astroDir, name), code);
      url = `${base}_astro/${name}`;
      bundles.set(key, url);
      for (const s of scripts) merged.add(s.slice(`${base}_astro/`.length));
    }
    writeFileSync(file, edit(withMergedScript(html, base, url)));
    loaded.add(url);
    pages++;
  }

  // What pages still load (a page with one script keeps it, with the chunks it imports).
  const stillLoaded = new Set<string>();
  const visit = (name: string) => {
    if (stillLoaded.has(name) || !existsSync(join(astroDir, name))) return;
    stillLoaded.add(name);
    for (const chunk of importedChunks(readFileSync(join(astroDir, name), 'utf8'))) visit(chunk);
  };
  for (const url of loaded) visit(url.slice(`${base}_astro/`.length));
  let removed = 0;
  const drop = (name: string) => {
    if (stillLoaded.has(name) || !existsSync(join(astroDir, name))) return;
    const code = readFileSync(join(astroDir, name), 'utf8');
    rmSync(join(astroDir, name));
    removed++;
    for (const chunk of importedChunks(code)) drop(chunk);
  };
  for (const name of merged) drop(name);
  return { pages, bundles: bundles.size, removed };
}
