/**
 * `npm run bench`: speed and size of MCOF Atlas, printed as tables. Asserts nothing.
 *
 *  - build: wall time and peak memory of the real site; then synthetic sites (the real
 *    content plus N generated guidance notes, N from BENCH_SIZES, default "1000,5000"),
 *    each built side by side with a bare Starlight site of the same N pages;
 *  - page weight per page type (HTML, CSS, JS; raw and gzip; requests);
 *  - Pagefind bytes fetched by a typical query, and the offline bundle's size;
 *  - each download's size (ZIP, ZIM, EPUB, PDF per language) against its budget;
 *  - Lighthouse scores for home, a sector and the matrix (npx lighthouse, Debian Chromium);
 *  - search relevance and search bytes (scripts/bench-search.ts; alone: `npm run bench:search`).
 * Set BENCH_SKIP=build,lighthouse,search to leave parts out. BENCH_NODE_FLAGS (e.g.
 * "--max-old-space-size=1200") runs both sides' builds with the same Node flags, to compare
 * them under the same heap policy.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
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

function syntheticNote(i: number): string {
  const topics = ['preparedness', 'coordination', 'shelter', 'health', 'protection', 'data', 'recovery'];
  const t = topics[i % topics.length];
  return `---
title: Synthetic note ${i} on ${t}
description: A generated page for the build benchmark, number ${i}.
sectors: [health]
phases: [during]
cite:
  - { source: mcof-2021-addendum, paragraph: 42 }
---
## About ${t}

Synthetic paragraph ${i} about ${t} in crisis response, for measuring build time.
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
  rows.push([
    'MCOF Atlas, real content',
    readdirSync(join(root, 'content/guidance')).length,
    `${real.seconds.toFixed(1)} s`,
    `${real.peakMb} MB`,
    '',
    '',
    '',
    '',
  ]);
  for (const n of sizes) {
    const work = mkdtempSync(join(tmpdir(), `mcof-bench-${n}-`));
    // MCOF Atlas with N extra guidance notes.
    const content = join(work, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    // Plain Markdown, like the bare site's pages: the same pages on both sides. (MDX notes
    // cost more in both: each becomes a module of the server bundle.)
    for (let i = 0; i < n; i++) writeFileSync(join(content, 'guidance', `synthetic-note-${i}.md`), syntheticNote(i));
    const mcof = timedBuild(root, { MCOF_CONTENT_DIR: content, MCOF_OUT_DIR: join(work, 'mcof-dist') }, []);
    // Bare Starlight with the same N pages and its default autogenerated sidebar.
    // Inside the project (git-ignored .bench/) so it resolves the same node_modules without links.
    const bare = join(root, '.bench', `bare-${n}`);
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
    try {
      const starlight = timedBuild(bare, {}, []);
      rows.push([
        `+${n} synthetic notes`,
        n,
        `${mcof.seconds.toFixed(1)} s`,
        `${mcof.peakMb} MB`,
        `${starlight.seconds.toFixed(1)} s`,
        `${starlight.peakMb} MB`,
        (mcof.seconds / starlight.seconds).toFixed(2),
        (mcof.peakMb / starlight.peakMb).toFixed(2),
      ]);
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split('\n').find((l) => /ERROR|Error/.test(l)) ?? error.message.split('\n')[0]) : String(error);
      rows.push([`+${n} synthetic notes`, n, `${mcof.seconds.toFixed(1)} s`, `${mcof.peakMb} MB`, 'failed', reason.slice(0, 80), 'n/a', 'n/a']);
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
    ],
    rows,
  );
}

async function pageWeights(): Promise<void> {
  const types: [string, string][] = [
    ['home', '/'],
    ['sector', '/sectors/health/'],
    ['sector in phase', '/sectors/health/during/'],
    ['matrix', '/matrix/'],
    ['source document', '/sources/mcof-2021-addendum/'],
    ['search', '/search/'],
  ];
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const rows: (string | number)[][] = [];
  for (const [name, path] of types) {
    const page = await browser.newPage();
    const loaded = new Set<string>();
    let thirdParty = 0;
    page.on('response', (r) => {
      if (r.url().startsWith(server.url)) loaded.add(new URL(r.url()).pathname);
      else thirdParty++;
    });
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    await page.close();
    // Sizes of everything the first visit loaded, raw and gzip (what a compressing server sends).
    const size = { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0] };
    for (const url of loaded) {
      const file = join(dist, url.endsWith('/') ? `${url}index.html` : url);
      if (!existsSync(file) || statSync(file).isDirectory()) continue;
      const bytes = readFileSync(file);
      const kind = file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : file.endsWith('.js') ? 'js' : 'other';
      size[kind][0] += bytes.length;
      size[kind][1] += gzipSync(bytes).length;
    }
    const totalGz = size.html[1] + size.css[1] + size.js[1] + size.other[1];
    rows.push([
      name,
      kb(size.html[0]),
      kb(size.html[1]),
      kb(size.css[0]),
      kb(size.css[1]),
      kb(size.js[0]),
      kb(size.js[1]),
      kb(totalGz),
      loaded.size,
      thirdParty,
    ]);
  }
  table(
    'Page weight, first visit (gzip is what a server with compression sends)',
    ['page type', 'HTML', 'HTML gzip', 'CSS', 'CSS gzip', 'JS', 'JS gzip', 'total gzip', 'requests', 'third-party requests'],
    rows,
  );

  // Pagefind: bytes fetched by a typical query on the search page.
  const page = await browser.newPage();
  const fetched: number[] = [];
  page.on('response', async (r) => {
    if (r.url().includes('/pagefind/')) fetched.push((await r.body().catch(() => Buffer.alloc(0))).length);
  });
  await page.goto(`${server.url}/search/?q=camp%20management`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelectorAll('.result-link').length > 0);
  const indexBytes = walkSize(join(dist, 'pagefind'));
  const bundle = JSON.parse(readFileSync(join(dist, 'download/bundle.json'), 'utf8')) as { name: string; bytes: number; files: number };
  table(
    'Search and offline',
    ['measure', 'value'],
    [
      ['Pagefind index on disk (all files)', kb(indexBytes)],
      ['bytes fetched for the query "camp management" (search page)', `${kb(fetched.reduce((a, b) => a + b, 0))} in ${fetched.length} requests`],
      ['offline bundle (ZIP)', `${(bundle.bytes / 1_000_000).toFixed(2)} MB, ${bundle.files} files`],
    ],
  );
  await browser.close();
  await server.close();
}

const walkSize = (dir: string) => listFiles(dir).reduce((sum, file) => sum + statSync(file).size, 0);

async function lighthouse(): Promise<void> {
  const server = await serve(dist, { headers: true, port: 4488 });
  const rows: (string | number)[][] = [];
  try {
    for (const [name, path] of [
      ['home', '/'],
      ['sector', '/sectors/health/'],
      ['matrix', '/matrix/'],
    ]) {
      // Asynchronous: the static server runs in this process and must keep answering.
      const output = join(tmpdir(), `mcof-lighthouse-${name}.json`);
      await promisify(execFile)(
        'npx',
        [
          '--yes',
          'lighthouse@13',
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
      rows.push([name, score('performance'), score('accessibility'), score('best-practices'), score('seo')]);
    }
  } catch (error) {
    rows.push(['(lighthouse could not run)', String(error instanceof Error ? error.message.split('\n')[0] : error), '', '', '']);
  } finally {
    await server.close();
  }
  table(
    'Lighthouse (served on 127.0.0.1 with the deployment headers, no compression)',
    ['page', 'performance', 'accessibility', 'best practices', 'SEO'],
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
    return [f.name, f.lang, formatSize(f.bytes), verdict];
  });
  table('Downloads (dist/download/)', ['file', 'language', 'size', 'budget'], rows);
}

if (!existsSync(join(dist, 'index.html'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
downloadSizes();
await pageWeights();
if (!skip.has('search')) await searchBench(table);
if (!skip.has('lighthouse')) await lighthouse();
if (!skip.has('build')) await buildBench();
