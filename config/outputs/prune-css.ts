/**
 * Starlight ships one stylesheet for everything a Starlight site might show (asides, badges,
 * banners, tabs, CJK typography, code frames…). This step removes the rules of Starlight's
 * own layers (`@layer starlight.*`) whose selectors match nothing in any built page or
 * script, with PurgeCSS, so a reader on a rationed link downloads only what MCOF pages use.
 * The project's own styles (outside Starlight's layers: src/styles, component styles) are
 * never pruned: they are written for these pages. Starlight's print stylesheet is pruned
 * whole and joins the screen stylesheet: browsers fetch a `media="print"` sheet on every
 * visit anyway, and one file compresses better than two. Each pruned file gets a new hashed name
 * (the old one is cached for a year as immutable) and the pages are pointed at it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import postcss, { type ChildNode, type Root } from 'postcss';
import { PurgeCSS } from 'purgecss';
import { listFiles } from '../../src/project/files.ts';

/**
 * Starlight's cascade layers whose rules may be pruned. Not `starlight.content`: the
 * Markdown rhythm is written with `:is()`/`:has()`/`:not()` chains PurgeCSS misjudges,
 * and every page uses it.
 */
const prunableLayer = /^starlight\.(base|reset|core|components|utils)$/;

/**
 * Attributes that scripts set on elements after load, often through `dataset` or
 * `toggleAttribute`, so their names never appear in the built text. Selectors on them stay.
 */
export const dynamicAttributes = [
  'data-theme',
  'data-mobile-menu-expanded',
  'data-search-modal-open',
  'aria-expanded',
  'aria-current',
  'aria-selected',
  'aria-hidden',
  'aria-pressed',
  'open',
  'hidden',
  'popover',
];

const ignoreStart = '/* purgecss start ignore */';
const ignoreEnd = '/* purgecss end ignore */';

/** Whether a top-level part of the stylesheet is one of Starlight's prunable layers. */
function inPrunableLayer(node: ChildNode): boolean {
  return node.type === 'atrule' && node.name === 'layer' && prunableLayer.test(node.params);
}

/** Wraps every top-level part of the stylesheet outside Starlight's layers in PurgeCSS's ignore comments. */
export function protectProjectRules(css: string): string {
  const root: Root = postcss.parse(css);
  for (const node of [...root.nodes]) {
    if (inPrunableLayer(node) || node.type === 'comment') continue;
    // A layer order statement (`@layer a, b;`) and project rules are kept as they are.
    node.before(postcss.comment({ text: 'purgecss start ignore' }));
    node.after(postcss.comment({ text: 'purgecss end ignore' }));
  }
  return root.toString();
}

/** Removes the comments protectProjectRules added. */
const unmark = (css: string) => css.replaceAll(ignoreStart, '').replaceAll(ignoreEnd, '');

/**
 * The words of a page or script a selector could match: class names with a colon
 * (`md:sl-flex`), and their parts (`dark` in `data-theme="dark"`).
 */
export function pageWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.match(/[\w:-]+/g) ?? []) {
    words.add(word);
    if (word.includes(':')) for (const part of word.split(':')) if (part) words.add(part);
  }
  return words;
}

/**
 * Prunes `css` against the text of the pages and scripts; returns the smaller stylesheet.
 * `whole`: the stylesheet is all Starlight's (its print sheet), so every rule may go.
 */
export async function pruneStylesheet(css: string, words: Iterable<string>, { whole = false } = {}): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    content: [{ raw: [...words].join(' '), extension: 'txt' }],
    css: [{ raw: whole ? css : protectProjectRules(css) }],
    // The content is pageWords() joined by spaces.
    defaultExtractor: (text) => text.split(' '),
    dynamicAttributes,
    // Starlight writes "content, except inside .not-content" as `:not(:where(.not-content *))`;
    // PurgeCSS looks inside `:where()`, finds no .not-content and would drop the whole rule.
    safelist: ['not-content'],
    // Custom properties, keyframes and fonts stay: PurgeCSS does not see their use inside the
    // project's rules it was told to ignore (Starlight's --sl-main-pad, used by its <main>).
  });
  return unmark(result.css);
}

/** Starlight's print stylesheet, as its pages link it (fetched by every browser, printing or not). */
const printLink = /<link rel="stylesheet" href="[^"]*_astro\/(print\.[\w-]+\.css)" media="print">/;
/** A page's first screen stylesheet. */
const screenLink = /<link rel="stylesheet" href="[^"]*_astro\/([\w.-]+\.css)">/;

/** The print sheet and the first screen sheet a page links (file names under `_astro/`). */
export function pageStylesheets(html: string): { print?: string; screen?: string } {
  return { print: html.match(printLink)?.[1], screen: html.match(screenLink)?.[1] };
}

/**
 * Prunes every stylesheet under `_astro/`, joins Starlight's print sheet (pruned too, it
 * already sits in `@media print`) to the screen sheet of the pages that link both, so a
 * first visit fetches one stylesheet, and points the pages at the renamed files.
 */
export async function pruneCss(dist: string): Promise<{ files: number; before: number; after: number }> {
  const assets = join(dist, '_astro');
  const pages = listFiles(dist).filter((f) => f.endsWith('.html'));
  const scripts = listFiles(assets).filter((f) => f.endsWith('.js'));
  // Each page's words once: thousands of pages share most of them. The same read notes the
  // stylesheets each page links (a print and a screen sheet), so the pages are read twice in all.
  const words = new Set<string>();
  const linked: { print?: string; screen?: string }[] = [];
  for (const file of [...pages, ...scripts]) {
    const text = readFileSync(file, 'utf8');
    for (const word of pageWords(text)) words.add(word);
    if (file.endsWith('.html')) linked.push(pageStylesheets(text));
  }

  const original = new Map<string, string>();
  const pruned = new Map<string, string>();
  for (const file of listFiles(assets).filter((f) => f.endsWith('.css'))) {
    const css = readFileSync(file, 'utf8');
    original.set(basename(file), css);
    pruned.set(basename(file), await pruneStylesheet(css, words, { whole: basename(file).startsWith('print.') }));
  }
  // Which screen sheets take which print sheet.
  const joins = new Map<string, string>();
  for (const { print, screen } of linked) {
    if (print && screen && pruned.has(print) && pruned.has(screen) && !joins.has(screen)) joins.set(screen, print);
  }
  for (const [screen, print] of joins) pruned.set(screen, `${pruned.get(screen)}\n${pruned.get(print)}`);

  const renamed = new Map<string, string>();
  let before = 0;
  let after = 0;
  for (const [name, css] of pruned) {
    const old = original.get(name)!;
    before += old.length;
    after += css.length;
    if (css === old) continue;
    const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8);
    const next = name.replace(/\.[\w-]+\.css$/, `.${hash}.css`);
    writeFileSync(join(assets, next), css);
    rmSync(join(assets, name));
    renamed.set(name, next);
  }
  const pattern = renamed.size ? new RegExp(`(_astro/)(${[...renamed.keys()].map((n) => n.replace(/[.]/g, '\\.')).join('|')})`, 'g') : undefined;
  const printStillLinked = new Set<string>();
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const { print, screen } = pageStylesheets(html);
    // The print rules now come with the page's screen sheet.
    let updated = print && screen && joins.get(screen) === print ? html.replace(printLink, '') : html;
    if (pageStylesheets(updated).print) printStillLinked.add(print!);
    if (pattern) updated = updated.replace(pattern, (_, dir: string, old: string) => dir + renamed.get(old));
    if (updated !== html) writeFileSync(page, updated);
  }
  for (const print of new Set(joins.values())) {
    if (!printStillLinked.has(print)) rmSync(join(assets, renamed.get(print) ?? print), { force: true });
  }
  return { files: renamed.size, before, after };
}
