/**
 * Headless Debian Chromium driven by playwright-core, against the built site served on
 * 127.0.0.1. Every page opened through `open()` records console errors, failed requests
 * and any request to a host other than the site's own, so tests can assert none happened.
 */
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { serve } from '../../scripts/static-server.ts';
import { dist, requireBuild } from './dist.ts';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface Watched {
  page: Page;
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
}

export function watch(page: Page, ownOrigin: string): Watched {
  const w: Watched = { page, consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => w.consoleErrors.push(String(e)));
  // ERR_ABORTED is a load the browser cancelled because the page navigated on; not a failure.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') w.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) w.failedRequests.push(`${r.url()} (${r.status()})`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(ownOrigin) && !url.startsWith('data:') && !url.startsWith('blob:')) w.foreignRequests.push(url);
  });
  return w;
}

/** Starts the server and the browser for one test file. */
export async function site(options: { headers?: boolean; root?: string } = {}) {
  if (!options.root) requireBuild();
  const server = await serve(options.root ?? dist, { headers: options.headers });
  const browser = await launch();
  return {
    url: server.url,
    browser,
    async context(opts: BrowserContextOptions = {}): Promise<BrowserContext> {
      return browser.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
    },
    async open(path: string, opts: BrowserContextOptions = {}): Promise<Watched> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
      const page = await context.newPage();
      const w = watch(page, server.url);
      await page.goto(server.url + path);
      return w;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** One example address of every page type, for scans that visit each kind once. */
export const pageTypes: Record<string, string> = {
  home: '/',
  sectors: '/sectors/',
  sector: '/sectors/water-sanitation-and-hygiene/',
  'sector in phase': '/sectors/water-sanitation-and-hygiene/during/',
  'sector in a silent phase': '/sectors/livelihoods-and-economic-recovery/during/',
  phase: '/phases/during/',
  matrix: '/matrix/',
  'matrix 2012': '/matrix/2012/',
  planner: '/matrix/planner/',
  '2012 sector': '/sectors/2012/camp-management-and-displacement-tracking/',
  crosswalk: '/sectors/crosswalk/',
  approach: '/approaches/conflict-sensitivity/',
  'cross-cutting issue': '/cross-cutting/gender-equality/',
  policy: '/policies/sendai-framework/',
  guidance: '/guidance/displacement-tracking/',
  system: '/systems/cluster-system/',
  glossary: '/glossary/',
  source: '/sources/mcof-2021-addendum/',
  organization: '/organization/',
  region: '/regions/asia-pacific/',
  download: '/download/',
  search: '/search/?q=health',
  handout: '/sectors/health/handout/',
};
