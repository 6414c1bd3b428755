/**
 * `npm run bench`: speed and size of MCOF Atlas, printed as tables. Asserts nothing.
 *
 *  - build: wall time and peak memory of the real site; then synthetic sites (the real
 *    content plus N generated guidance notes, N from BENCH_SIZES, default "1000,5000"),
 *    each built side by side with a bare Starlight site of the same N pages;
 *  - page weight per page type (HTML, CSS, JS; gzip as sent with the build's .gz siblings,
 *    and Brotli; requests) with each type's budget and pass/fail, bare Starlight's pages from
 *    the same run beside them, and the same pages inside the offline ZIP;
 *  - Pagefind bytes fetched by a typical query, and the offline bundle's size;
 *  - each download's size (ZIP, ZIM, EPUB, PDF per language) against its budget;
 *  - Lighthouse (the pinned dev dependency) mobile scores for home, a sector, the matrix and
 *    the search page, against Debian Chromium, over a server that compresses like a host;
 *  - search relevance and search bytes (scripts/bench-search.ts; alone: `npm run bench:search`).
 * Budget columns say pass or FAIL; the bench still asserts nothing (it never fails a build).
 * Set BENCH_SKIP=weights,lighthouse,search,build to leave parts out. BENCH_NODE_FLAGS (e.g.
 * "--max-old-space-size=1200") runs both sides' builds with the same Node flags, to compare
 * them under the same heap policy.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { type Browser, chromium } from 'playwright-core';
import { type DownloadFormat, downloadKinds, formatSize } from '../src/core/downloads.ts';
import { listFiles } from '../src/project/files.ts';
import { searchBench } from './bench-search.ts';
import { serve } from './static-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const sizes = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number).filter(Boolean);
const node = process.execPath;
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const nodeFlags = (process.env.BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);

function table(title: string, head: string[], rows: (string | number)[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n### ${title}\n`);
  console.log(line(head));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const r of rows) console.log(line(r));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Runs a build under GNU time: wall seconds and peak resident memory (MB). */
function timedBuild(cwd: string, env: Record<string, string>, args: string[]): { seconds: number; peakMb: number } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', node, ...nodeFlags, astroBin, 'build', '--force', ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const last = result.stderr.trim().split('\n').pop() ?? '';
  const [seconds, kbytes] = last.split(' ').map(Number);
  if (result.status !== 0 || Number.isNaN(seconds)) throw new Error(`build failed in ${cwd}:\n${result.stderr.slice(-2000)}`);
  return { seconds, peakMb: Math.round(kbytes / 1024) };
}

/**
 * A note's number written in letters (0 → "a", 27 → "bb"): the content check holds every
 * figure in a note's title and description to the passage it cites, as it should.
 */
const letters = (i: number): string => (i < 26 ? '' : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));

function syntheticNote(i: number): string {
  const topics = ['preparedness', 'coordination', 'shelter', 'health', 'protection', 'data', 'recovery'];
  const t = topics[i % topics.length];
  const id = letters(i);
  return `---
title: Synthetic note ${id} on ${t}
description: A generated page for the build benchmark, note ${id}.
sectors: [health]
phases: [during]
cite:
  - { source: mcof-2021-addendum, paragraph: 42 }
---
## About ${t}

Synthetic paragraph ${id} about ${t} in crisis response, for measuring build time.
It cites [MCOF 2021 ¶42](cite:mcof-2021-addendum#p42) like a real note.

## More

${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(8)}
`;
}

function barePlain(i: number): string {
  return syntheticNote(i)
    .replace(/^sectors:.*\n|^phases:.*\n|^cite:\n|^ {2}- \{.*\n/gm, '')
    .replace(/\(cite:[^)]+\)/g, '(/)');
}

async function buildBench(): Promise<void> {
  const rows: (string | number)[][] = [];
  const real = timedBuild(root, { MCOF_OUT_DIR: join(tmpdir(), 'mcof-bench-real') }, []);
  const realPages = listFiles(join(tmpdir(), 'mcof-bench-real')).filter((f) => f.endsWith('.html')).length;
  rows.push([
    'MCOF Atlas, real content (four languages)',
    readdirSync(join(root, 'content/guidance')).length,
    `${real.seconds.toFixed(1)} s`,
    `${real.peakMb} MB`,
    '',
    '',
    '',
    '',
    `${((real.seconds * 1000) / realPages).toFixed(1)} ms`,
    '',
  ]);
  // The same site in English only (MCOF_LOCALES=en): what the three translations cost.
  const englishOnly = timedBuild(root, { MCOF_OUT_DIR: join(tmpdir(), 'mcof-bench-en'), MCOF_LOCALES: 'en' }, []);
  const englishPages = listFiles(join(tmpdir(), 'mcof-bench-en')).filter((f) => f.endsWith('.html')).length;
  rows.push([
    'MCOF Atlas, English only (MCOF_LOCALES=en)',
    readdirSync(join(root, 'content/guidance')).length,
    `${englishOnly.seconds.toFixed(1)} s`,
    `${englishOnly.peakMb} MB`,
    '',
    '',
    '',
    '',
    `${((englishOnly.seconds * 1000) / englishPages).toFixed(1)} ms`,
    `four languages: ${(real.seconds / englishOnly.seconds).toFixed(2)}× the time, ${(real.peakMb / englishOnly.peakMb).toFixed(2)}× the memory, ${(realPages / englishPages).toFixed(1)}× the pages`,
  ]);
  rmSync(join(tmpdir(), 'mcof-bench-en'), { recursive: true, force: true });
  const perPage: number[] = [];
  for (const n of sizes) {
    const work = mkdtempSync(join(tmpdir(), `mcof-bench-${n}-`));
    // MCOF Atlas with N extra guidance notes.
    const content = join(work, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    // Plain Markdown, like the bare site's pages: the same pages on both sides. (MDX notes
    // cost more in both: each becomes a module of the server bundle.)
    for (let i = 0; i < n; i++) writeFileSync(join(content, 'guidance', `synthetic-note-${i}.md`), syntheticNote(i));
    // English only, so both sides build the same pages (the four-language cost is the row above).
    const mcof = timedBuild(root, { MCOF_CONTENT_DIR: content, MCOF_OUT_DIR: join(work, 'mcof-dist'), MCOF_LOCALES: 'en' }, []);
    // Bare Starlight with the same N pages and its default autogenerated sidebar.
    const bare = bareStarlightSite(`bare-${n}`, n);
    try {
      const starlight = timedBuild(bare, {}, []);
      rows.push([
        `+${n} synthetic notes (English only)`,
        n,
        `${mcof.seconds.toFixed(1)} s`,
        `${mcof.peakMb} MB`,
        `${starlight.seconds.toFixed(1)} s`,
        `${starlight.peakMb} MB`,
        (mcof.seconds / starlight.seconds).toFixed(2),
        (mcof.peakMb / starlight.peakMb).toFixed(2),
        `${((mcof.seconds * 1000) / (englishPages + n)).toFixed(1)} ms`,
        mcof.seconds / starlight.seconds <= 0.25 && mcof.peakMb < starlight.peakMb ? 'pass' : 'FAIL',
      ]);
      perPage.push((mcof.seconds * 1000) / (englishPages + n));
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split('\n').find((l) => /ERROR|Error/.test(l)) ?? error.message.split('\n')[0]) : String(error);
      rows.push([`+${n} synthetic notes`, n, `${mcof.seconds.toFixed(1)} s`, `${mcof.peakMb} MB`, 'failed', reason.slice(0, 80), 'n/a', 'n/a', '', 'n/a']);
    }
    rmSync(work, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
  }
  table(
    `Build (2 cores${nodeFlags.length ? `; both sides with node ${nodeFlags.join(' ')}` : ''})`,
    [
      'site',
      'guidance notes',
      'MCOF wall',
      'MCOF peak RSS',
      'bare Starlight wall',
      'bare Starlight peak RSS',
      'time ratio MCOF/Starlight',
      'memory ratio MCOF/Starlight',
      'MCOF wall per page',
      'budget: time ≤ 0.25×, memory < 1×',
    ],
    rows,
  );
  if (perPage.length > 1) {
    const growth = perPage[perPage.length - 1] / perPage[0];
    console.log(
      `\nCost per page from ${sizes[0]} to ${sizes[sizes.length - 1]} notes: ${growth.toFixed(2)}× (budget: flat, ≤ 1.10×): ${growth <= 1.1 ? 'pass' : 'FAIL'}`,
    );
  }
}

/** A page type, the page measured, and its budget (kB gzip): total, HTML, or everything beside the HTML. */
interface PageType {
  name: string;
  path: string;
  budget?: { total?: number; html?: number; besideHtml?: number };
}

const sectorBudget = { total: 25, html: 10 };
const pageTypes: PageType[] = [
  { name: 'home', path: '/', budget: { total: 30 } },
  { name: 'sector', path: '/sectors/health/', budget: sectorBudget },
  { name: 'sector in phase', path: '/sectors/health/during/', budget: sectorBudget },
  { name: 'phase', path: '/phases/during/', budget: sectorBudget },
  { name: 'policy', path: '/policies/agenda-2030/', budget: sectorBudget },
  { name: 'guidance', path: '/guidance/health-in-emergencies/', budget: sectorBudget },
  // The same sector in French and in Arabic (right to left): the same budget as the English.
  { name: 'sector (fr)', path: '/fr/sectors/health/', budget: sectorBudget },
  { name: 'sector (ar)', path: '/ar/sectors/health/', budget: sectorBudget },
  { name: 'matrix', path: '/matrix/', budget: { total: 30 } },
  { name: 'matrix 2012', path: '/matrix/2012/', budget: { total: 30 } },
  { name: 'glossary', path: '/glossary/', budget: { besideHtml: 15 } },
  { name: 'source document', path: '/sources/mcof-2021-addendum/', budget: { besideHtml: 15 } },
  // The search page fetches Pagefind to answer ?q= at once: its budget is the first search's.
  { name: 'search', path: '/search/' },
];

interface Weight {
  html: [number, number];
  css: [number, number];
  js: [number, number];
  other: [number, number];
  brotli: number;
  requests: number;
  thirdParty: number;
}

/**
 * Everything a first visit fetches, until the network has been quiet for 2 s with no
 * interaction: raw bytes and gzip as a host with the build's .gz siblings sends them
 * (gzip -9 of the file where it has none), plus the Brotli total.
 */
async function firstVisit(browser: Browser, url: string, folder: string): Promise<Weight> {
  const origin = new URL(url).origin;
  const page = await browser.newPage();
  const loaded = new Set<string>();
  let thirdParty = 0;
  page.on('request', (r) => {
    if (r.url().startsWith(origin)) loaded.add(decodeURIComponent(new URL(r.url()).pathname));
    else if (!r.url().startsWith('data:')) thirdParty++;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(2000);
  await page.close();
  const weight: Weight = { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0], brotli: 0, requests: loaded.size, thirdParty };
  for (const path of loaded) {
    const file = join(folder, path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file) || statSync(file).isDirectory()) continue;
    const bytes = readFileSync(file);
    const gz = existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(bytes, { level: 9 }).length;
    const kind = file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : file.endsWith('.js') ? 'js' : 'other';
    weight[kind][0] += bytes.length;
    weight[kind][1] += gz;
    weight.brotli += existsSync(`${file}.br`) ? statSync(`${file}.br`).size : brotliCompressSync(bytes).length;
  }
  return weight;
}

const totalGzip = (w: Weight) => w.html[1] + w.css[1] + w.js[1] + w.other[1];

/** "25 kB", "HTML 10 kB" … and whether the weight keeps to it. */
function verdict(w: Weight, budget: PageType['budget']): [string, string] {
  if (!budget) return ['(first search)', ''];
  const checks: [string, number, number][] = [];
  if (budget.total) checks.push([`≤ ${budget.total} kB`, totalGzip(w), budget.total]);
  if (budget.html) checks.push([`HTML ≤ ${budget.html} kB`, w.html[1], budget.html]);
  if (budget.besideHtml) checks.push([`beside HTML ≤ ${budget.besideHtml} kB`, totalGzip(w) - w.html[1], budget.besideHtml]);
  const failed = checks.filter(([, bytes, limit]) => bytes > limit * 1024);
  return [checks.map(([label]) => label).join(', '), failed.length ? `FAIL (${failed.map(([l]) => l).join(', ')})` : 'pass'];
}

function weightRow(name: string, w: Weight, budget: PageType['budget'] | null): (string | number)[] {
  const [limit, result] = budget === null ? ['', ''] : verdict(w, budget);
  return [
    name,
    kb(w.html[0]),
    kb(w.html[1]),
    kb(w.css[1]),
    kb(w.js[1]),
    kb(totalGzip(w) - w.html[1]),
    kb(totalGzip(w)),
    kb(w.brotli),
    w.requests,
    w.thirdParty,
    limit,
    result,
  ];
}

const weightHead = [
  'page type',
  'HTML',
  'HTML gzip',
  'CSS gzip',
  'JS gzip',
  'beside HTML gzip',
  'total gzip',
  'total brotli',
  'requests',
  'third-party',
  'budget (gzip)',
  'result',
];

/** A bare Starlight site of `n` notes in .bench/ (inside the project, so it resolves the same node_modules). */
function bareStarlightSite(name: string, n: number): string {
  const bare = join(root, '.bench', name);
  rmSync(bare, { recursive: true, force: true });
  mkdirSync(join(bare, 'src/content/docs/notes'), { recursive: true });
  // Astro bundles only the packages a project declares; without them Starlight's virtual
  // `astro:` imports are left to Node at render time and the build fails.
  writeFileSync(join(bare, 'package.json'), JSON.stringify({ type: 'module', dependencies: { astro: '*', '@astrojs/starlight': '*' } }));
  writeFileSync(
    join(bare, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [starlight({ title: 'Bare', sidebar: [{ label: 'Notes', items: [{ autogenerate: { directory: 'notes' } }] }] })] });\n`,
  );
  writeFileSync(
    join(bare, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(join(bare, 'src/content/docs/index.md'), '---\ntitle: Bare\n---\nHome.\n');
  for (let i = 0; i < n; i++) writeFileSync(join(bare, 'src/content/docs/notes', `synthetic-note-${i}.md`), barePlain(i));
  return bare;
}

/** Unzips the offline bundle into a scratch folder; returns the site's folder inside it. */
function unzipOffline(): { folder: string; entries: string[] } {
  // The ZIP with every language, as download/bundle.json names it (one-language ZIPs sit beside it).
  const zip = existsSync(join(dist, 'download/bundle.json'))
    ? (JSON.parse(readFileSync(join(dist, 'download/bundle.json'), 'utf8')) as { name: string }).name
    : undefined;
  if (!zip) throw new Error('no offline bundle in dist/download/');
  const parent = mkdtempSync(join(tmpdir(), 'mcof-bench-offline-'));
  const files = unzipSync(readFileSync(join(dist, 'download', zip)));
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(parent, name)), { recursive: true });
    writeFileSync(join(parent, name), bytes);
  }
  return { folder: join(parent, 'mcof-atlas'), entries: Object.keys(files) };
}

async function pageWeights(): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const server = await serve(dist, { compress: true });
  const rows: (string | number)[][] = [];
  for (const t of pageTypes) rows.push(weightRow(t.name, await firstVisit(browser, server.url + t.path, dist), t.budget));
  await server.close();

  // Bare Starlight from the same run: the page it is built on, for comparison (no budget).
  const bare = bareStarlightSite('bare-weight', 20);
  try {
    timedBuild(bare, {}, []);
    const bareServer = await serve(join(bare, 'dist'), { compress: true });
    rows.push(weightRow('bare Starlight: a note', await firstVisit(browser, `${bareServer.url}/notes/synthetic-note-1/`, join(bare, 'dist')), null));
    rows.push(weightRow('bare Starlight: home', await firstVisit(browser, `${bareServer.url}/`, join(bare, 'dist')), null));
    await bareServer.close();
  } catch (error) {
    rows.push(['bare Starlight (could not build)', String(error).slice(0, 80), '', '', '', '', '', '', '', '', '', '']);
  } finally {
    rmSync(bare, { recursive: true, force: true });
  }
  table('Page weight, first visit (gzip as a host with the build’s .gz siblings sends it)', weightHead, rows);

  // The same pages inside the offline ZIP (served from the unzipped folder).
  const offline = unzipOffline();
  const offlineServer = await serve(offline.folder);
  const offlineRows: (string | number)[][] = [];
  for (const t of pageTypes) {
    const path = `${t.path}index.html`;
    if (!existsSync(join(offline.folder, path))) continue;
    offlineRows.push(weightRow(t.name, await firstVisit(browser, offlineServer.url + path, offline.folder), t.budget));
  }
  await offlineServer.close();
  table('Page weight inside the offline ZIP (the same budgets)', weightHead, offlineRows);

  // Pagefind: bytes fetched by a typical query on the search page.
  const searchServer = await serve(dist, { compress: true });
  const page = await browser.newPage();
  const fetched: number[] = [];
  page.on('requestfinished', async (r) => {
    if (r.url().includes('/pagefind/')) fetched.push((await r.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize);
  });
  await page.goto(`${searchServer.url}/search/?q=camp%20management`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelectorAll('.result-link').length > 0);
  const indexBytes = walkSize(join(dist, 'pagefind'));
  const bundle = JSON.parse(readFileSync(join(dist, 'download/bundle.json'), 'utf8')) as { name: string; bytes: number; files: number };
  const siblings = offline.entries.filter((e) => /\.(gz|br)$/.test(e)).length;
  table(
    'Search and offline',
    ['measure', 'value', 'result'],
    [
      ['Pagefind index on disk (all files)', kb(indexBytes), ''],
      ['bytes fetched for the query "camp management" (search page)', `${kb(fetched.reduce((a, b) => a + b, 0))} in ${fetched.length} requests`, ''],
      ['offline bundle (ZIP)', `${(bundle.bytes / 1_000_000).toFixed(2)} MB, ${bundle.files} files`, ''],
      ['precompressed siblings inside the ZIP (must be none)', siblings, siblings === 0 ? 'pass' : 'FAIL'],
    ],
  );
  await browser.close();
  await searchServer.close();
  rmSync(dirname(offline.folder), { recursive: true, force: true });
}

const walkSize = (dir: string) => listFiles(dir).reduce((sum, file) => sum + statSync(file).size, 0);

/** Lighthouse (the pinned dev dependency) against Debian Chromium, mobile, over a compressing server. */
async function lighthouse(): Promise<void> {
  const server = await serve(dist, { headers: true, compress: true, port: 4488 });
  const cli = join(root, 'node_modules/lighthouse/cli/index.js');
  const rows: (string | number)[][] = [];
  try {
    for (const [name, path] of [
      ['home', '/'],
      ['sector', '/sectors/health/'],
      ['matrix', '/matrix/'],
      ['search', '/search/'],
    ]) {
      // Asynchronous: the static server runs in this process and must keep answering.
      const output = join(tmpdir(), `mcof-lighthouse-${name}.json`);
      await promisify(execFile)(
        node,
        [
          cli,
          `${server.url}${path}`,
          '--quiet',
          '--output=json',
          `--output-path=${output}`,
          '--only-categories=performance,accessibility,best-practices,seo',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        ],
        { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 1 << 26 },
      );
      const report = JSON.parse(readFileSync(output, 'utf8')) as { categories: Record<string, { score: number }> };
      const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
      const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map(score);
      rows.push([name, ...scores, scores.every((x) => x === 100) ? 'pass' : 'FAIL (budget: 100 each)']);
    }
  } catch (error) {
    rows.push(['(lighthouse could not run)', String(error instanceof Error ? error.message.split('\n')[0] : error), '', '', '', '']);
  } finally {
    await server.close();
  }
  table(
    `Lighthouse ${lighthouseVersion()} mobile (served on 127.0.0.1 with the deployment headers and compression)`,
    ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'result'],
    rows,
  );
}

/** The downloads (ZIP, ZIM, EPUB, PDF per language) as the build listed them, against the 5 MB budget for each one-language book. */
function downloadSizes(): void {
  const listing = join(dist, 'download', 'downloads.json');
  if (!existsSync(listing)) {
    table('Downloads', ['file', 'size', 'budget'], [['(no dist/download/downloads.json: run npm run build)', '', '']]);
    return;
  }
  const { files } = JSON.parse(readFileSync(listing, 'utf8')) as { files: { format: DownloadFormat; lang: string; name: string; bytes: number }[] };
  const rows = files.map((f) => {
    const budget = downloadKinds.find((k) => k.format === f.format)?.budget;
    const verdict = budget === undefined ? 'no budget (whole site with search)' : `${formatSize(budget)}: ${f.bytes <= budget ? 'within' : 'OVER'}`;
    return [f.name, f.format === 'zip' ? 'all' : f.lang, formatSize(f.bytes), verdict];
  });
  // The one-language offline ZIPs, as the offline bundle step listed them.
  const bundle = join(dist, 'download', 'bundle.json');
  const languages = existsSync(bundle)
    ? ((JSON.parse(readFileSync(bundle, 'utf8')) as { languages?: { locale: string; name: string; bytes: number }[] }).languages ?? [])
    : [];
  rows.splice(1, 0, ...languages.map((l) => [l.name, l.locale, formatSize(l.bytes), 'no budget (one language with its search)']));
  table('Downloads (dist/download/)', ['file', 'language', 'size', 'budget'], rows);
}

const lighthouseVersion = () => (JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;

if (!existsSync(join(dist, 'index.html'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
downloadSizes();
if (!skip.has('weights')) await pageWeights();
if (!skip.has('search')) await searchBench(table);
if (!skip.has('lighthouse')) await lighthouse();
if (!skip.has('build')) await buildBench();
