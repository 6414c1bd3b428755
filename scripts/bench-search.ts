/**
 * The search section of `npm run bench` (alone: `npm run bench:search`). Asserts nothing.
 *
 *  - Relevance: the queries of bench/search-relevance.json (English) and of
 *    bench/search-relevance.<code>.json (each other language), typed into that language's
 *    /search/ on the built site and in the unzipped offline bundle; top-1, top-3, mean
 *    reciprocal rank and the zero-result rate, each beside its goal, for all queries and for
 *    each class of query, then the queries that missed. `BENCH_LOCALES=en,fr` picks languages.
 *  - Bytes: a first search from a page where nothing of search has loaded (a sector page:
 *    open the header search, type a two-word query, wait for results with excerpts), then
 *    a second, different query; and the same two queries on /search/. Sizes are what a
 *    compressing server sends (gzip of text files; Pagefind's index files are gzip already),
 *    with the service worker blocked.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { type Browser, chromium, type Page } from 'playwright-core';
import { registeredLocales } from '../src/core/locales.ts';
import { serve } from './static-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

interface Query {
  class: string;
  q: string;
  accept: string[];
}
export interface Scores {
  top1: number;
  top3: number;
  mrr: number;
  zero: number;
  misses: { q: string; class: string; rank: number; first: string }[];
}

const goals = { top3: 0.9, mrr: 0.8, zero: 0 };

/** The 1-based rank of the first accepted result among `results` (site paths with anchors), or 0. */
export function rankOf(results: string[], accept: string[]): number {
  const i = results.findIndex((r) => accept.some((a) => (a.includes('#') ? r === a : r.replace(/#.*$/, '') === a)));
  return i + 1;
}

/** Whether scores meet every goal (a class "fails" when any one is missed). */
export function meetsGoals(s: Scores): boolean {
  return s.top3 >= goals.top3 && s.mrr >= goals.mrr && s.zero <= goals.zero;
}

/** The scores of each class of query, in the order the classes first appear. */
export function scoreByClass(runs: { query: Query; results: string[] }[]): [string, Scores][] {
  const classes = [...new Set(runs.map((r) => r.query.class))];
  return classes.map((c) => [c, score(runs.filter((r) => r.query.class === c))]);
}

export function score(runs: { query: Query; results: string[] }[]): Scores {
  const ranks = runs.map((r) => rankOf(r.results, r.query.accept));
  const n = runs.length || 1;
  return {
    top1: ranks.filter((r) => r === 1).length / n,
    top3: ranks.filter((r) => r >= 1 && r <= 3).length / n,
    mrr: ranks.reduce((sum, r) => sum + (r ? 1 / r : 0), 0) / n,
    zero: runs.filter((r) => !r.results.length).length / n,
    misses: runs.flatMap((r, i) => (ranks[i] === 1 ? [] : [{ q: r.query.q, class: r.query.class, rank: ranks[i], first: r.results[0] ?? '(none)' }])),
  };
}

/** The relevance file of a language: English's is bench/search-relevance.json, another's bench/search-relevance.<code>.json. */
export function relevanceFile(code: string): string {
  return join(root, code === 'en' ? 'bench/search-relevance.json' : `bench/search-relevance.${code}.json`);
}

/** A language's queries. Targets are site paths without the language's prefix (`/sectors/health/`, not `/fr/sectors/health/`). */
export function readQueries(code = 'en'): Query[] {
  return (JSON.parse(readFileSync(relevanceFile(code), 'utf8')) as { queries: Query[] }).queries;
}

/** A result's site path without the language's prefix: `/fr/sectors/health/#x` → `/sectors/health/#x`. */
export function withoutLocale(path: string, code: string): string {
  return code === 'en' ? path : path.replace(new RegExp(`^/${code}(?=/)`), '');
}

/** Runs every query on the search page at `searchUrl` (…/search/ or …/search/index.html); `sitePath` turns a result's absolute URL into a site path. */
async function runQueries(page: Page, searchUrl: string, sitePath: (href: string) => string, queries: Query[]) {
  const runs: { query: Query; results: string[] }[] = [];
  for (const query of queries) {
    await page.goto(`${searchUrl}?q=${encodeURIComponent(query.q)}`);
    // The count line, in any language, names the query and its count once the results are shown.
    await page.waitForFunction(
      (q) => {
        const line = document.querySelector('.search-status')?.textContent ?? '';
        return line.includes(q) && /\d/.test(line);
      },
      query.q.trim(),
      { timeout: 20_000 },
    );
    const hrefs = await page.locator('.search-results .result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    runs.push({ query, results: hrefs.slice(0, 10).map(sitePath) });
  }
  return runs;
}

function unzipBundle(): { parent: string; folder: string } {
  const dir = join(dist, 'download');
  // The ZIP with every language, as download/bundle.json names it (one-language ZIPs sit beside it).
  const zip = existsSync(join(dir, 'bundle.json')) ? (JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8')) as { name: string }).name : undefined;
  if (!zip) throw new Error('no offline bundle in dist/download/: run `npm run build`');
  const parent = mkdtempSync(join(tmpdir(), 'mcof-bench-offline-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(dir, zip))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(parent, name)), { recursive: true });
    writeFileSync(join(parent, name), bytes);
  }
  return { parent, folder: join(parent, 'mcof-atlas') };
}

/** The languages measured: `BENCH_LOCALES` (comma-separated), else every language with a relevance file that the build made. */
function benchLocales(): string[] {
  const asked = process.env.BENCH_LOCALES?.split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const all = [
    'en',
    ...registeredLocales
      .map((l) => l.code)
      .filter((c) => c !== 'en')
      .filter((c) => existsSync(relevanceFile(c)) && existsSync(join(dist, c, 'search/index.html'))),
  ];
  return asked?.length ? asked : all;
}

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

function scoreCells(s: Scores): string[] {
  return [
    pct(s.top1),
    `${pct(s.top3)} ${s.top3 >= goals.top3 ? 'met' : 'MISSED'}`,
    `${s.mrr.toFixed(2)} ${s.mrr >= goals.mrr ? 'met' : 'MISSED'}`,
    `${pct(s.zero)} ${s.zero <= goals.zero ? 'met' : 'MISSED'}`,
  ];
}

const scoreHead = ['top-1', 'top-3 (goal ≥ 90 %)', 'MRR (goal ≥ 0.80)', 'zero results (goal 0)'];

/** One language's tables: all queries (online and offline), each class of query, and the misses. */
function printScores(table: Table, language: string, rows: [string, { query: Query; results: string[] }[]][]): void {
  table(
    `Search relevance, ${language}`,
    ['site', 'queries', ...scoreHead],
    rows.map(([name, runs]) => [name, runs.length, ...scoreCells(score(runs))]),
  );
  table(
    `Search relevance by class of query, ${language}`,
    ['class', 'queries', ...rows.flatMap(([name]) => scoreHead.map((h) => `${h.replace(/ \(.*\)/, '')} ${name.split(' ')[0]}`)), 'all goals'],
    scoreByClass(rows[0][1]).map(([c, s], i) => {
      const others = rows.slice(1).map(([, runs]) => scoreByClass(runs)[i][1]);
      return [
        c,
        rows[0][1].filter((r) => r.query.class === c).length,
        ...[s, ...others].flatMap(scoreCells),
        [s, ...others].every(meetsGoals) ? 'met' : 'MISSED',
      ];
    }),
  );
  for (const [name, runs] of rows) {
    const misses = score(runs).misses;
    if (misses.length)
      table(
        `Queries whose first result is not accepted (${language}, ${name})`,
        ['class', 'query', 'rank of an accepted result', 'first result'],
        misses.map((m) => [m.class, m.q, m.rank || 'not in top 10', m.first]),
      );
  }
}

type Table = (title: string, head: string[], rows: (string | number)[][]) => void;

/** A Markdown table, like the rest of the bench's output. */
const markdownTable: Table = (title, head, rows) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n### ${title}\n`);
  console.log(line(head));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const r of rows) console.log(line(r));
};

/** Bytes a compressing server sends for a file of the site. */
function sentBytes(urlPath: string, bodyLength: number): number {
  const file = join(dist, decodeURIComponent(urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath));
  try {
    if (!statSync(file).isFile()) return bodyLength;
    const bytes = readFileSync(file);
    return /\.(js|css|html|json|svg|pf_meta)$/.test(file) ? Math.min(bytes.length, gzipSync(bytes).length) : bytes.length;
  } catch {
    return bodyLength;
  }
}

/** Counts what the page fetches while `act` runs and until the network is quiet. */
async function fetchedDuring(page: Page, origin: string, act: () => Promise<void>): Promise<{ bytes: number; requests: number }> {
  let bytes = 0;
  let requests = 0;
  const onResponse = async (r: import('playwright-core').Response) => {
    if (!r.url().startsWith(origin)) return;
    requests++;
    const body = await r.body().catch(() => Buffer.alloc(0));
    bytes += sentBytes(new URL(r.url()).pathname, body.length);
  };
  page.on('response', onResponse);
  await act();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  page.off('response', onResponse);
  return { bytes, requests };
}

async function searchBytes(browser: Browser, table: Table): Promise<void> {
  const server = await serve(dist);
  const rows: (string | number)[][] = [];
  const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
  try {
    // The service worker is blocked: on a first visit, once it takes over, it fetches again
    // whatever the page has loaded so far (src/client/sw-register.js), which would count
    // Pagefind's files twice or not depending on timing.
    const newPage = async () => (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    // Header search from a sector page.
    const page = await newPage();
    await page.goto(`${server.url}/sectors/health/`, { waitUntil: 'networkidle' });
    const input = page.locator('site-search dialog input[type=search]');
    const dialogResults = async (count: string) => {
      await page.waitForFunction(
        (c) =>
          document.querySelectorAll('site-search dialog .result-excerpt').length > 0 && document.querySelector('site-search dialog')?.textContent?.includes(c),
        count,
        { timeout: 20_000 },
      );
    };
    const first = await fetchedDuring(page, server.url, async () => {
      await page.locator('site-search button[data-open-modal]').click();
      await input.waitFor();
      await input.pressSequentially('camp management', { delay: 30 });
      await dialogResults('camp');
    });
    const second = await fetchedDuring(page, server.url, async () => {
      await input.fill('');
      await input.pressSequentially('durable solutions', { delay: 30 });
      await dialogResults('durable');
    });
    rows.push([
      'header search on a sector page: first query "camp management"',
      kb(first.bytes),
      first.requests,
      '≤ 100 kB',
      first.bytes <= 100 * 1024 ? 'met' : 'not met',
    ]);
    rows.push(['… then a second query "durable solutions"', kb(second.bytes), second.requests, '≤ 30 kB', second.bytes <= 30 * 1024 ? 'met' : 'not met']);
    await page.context().close();

    // The /search/ page: everything of search it fetches for a first and a second query.
    const sp = await newPage();
    await sp.goto(`${server.url}/search/`, { waitUntil: 'domcontentloaded' });
    const waitResults = (q: string) =>
      sp.waitForFunction((w) => new RegExp(`\\d+ results? for “${w}”`).test(document.querySelector('.search-status')?.textContent ?? ''), q, {
        timeout: 20_000,
      });
    const pageFirst = await fetchedDuring(sp, `${server.url}/pagefind/`, async () => {
      await sp.locator('#search-q').pressSequentially('camp management', { delay: 30 });
      await waitResults('camp management');
    });
    const pageSecond = await fetchedDuring(sp, `${server.url}/pagefind/`, async () => {
      await sp.locator('#search-q').fill('durable solutions');
      await waitResults('durable solutions');
    });
    rows.push(['/search/: Pagefind files for "camp management"', kb(pageFirst.bytes), pageFirst.requests, '', '']);
    rows.push(['/search/: … then "durable solutions"', kb(pageSecond.bytes), pageSecond.requests, '', '']);
    await sp.context().close();
  } finally {
    await server.close();
  }
  table('Search bytes (what a compressing server sends)', ['measure', 'bytes', 'requests', 'budget', ''], rows);
}

export async function searchBench(table: Table = markdownTable): Promise<void> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--allow-file-access-from-files'],
  });
  const server = await serve(dist);
  const { parent, folder } = unzipBundle();
  try {
    const page = await browser.newPage();
    const folderUrl = `${pathToFileURL(folder).href}/`;
    for (const code of benchLocales()) {
      const queries = readQueries(code);
      const prefix = code === 'en' ? '' : `${code}/`;
      const online = await runQueries(
        page,
        `${server.url}/${prefix}search/`,
        (href) => withoutLocale(href.slice(server.url.length).replace(/\?[^#]*/, ''), code),
        queries,
      );
      const offline = await runQueries(
        page,
        `${folderUrl}${prefix}search/index.html`,
        (href) =>
          withoutLocale(
            `/${href
              .slice(folderUrl.length)
              .replace(/\?[^#]*/, '')
              .replace(/index\.html(#|$)/, '$1')}`,
            code,
          ),
        queries,
      );
      printScores(table, code, [
        ['online (built site)', online],
        ['offline bundle', offline],
      ]);
    }
    await searchBytes(browser, table);
  } finally {
    await browser.close();
    await server.close();
    rmSync(parent, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await searchBench();
