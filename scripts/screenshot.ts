/**
 * Takes screenshots of built pages for a human to look at:
 * node scripts/screenshot.ts /path/@width[:dark] … (PNG files in $SHOTS_DIR, default /tmp/shots).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './static-server.ts';

const server = await serve(new URL('../dist', import.meta.url).pathname);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const outDir = process.env.SHOTS_DIR ?? '/tmp/shots';
mkdirSync(outDir, { recursive: true });
const pages = process.argv.slice(2);
for (const p of pages) {
  const [path, spec = ''] = p.split('@');
  const [w, theme] = spec.split(':');
  const page = await browser.newPage({
    viewport: { width: Number(w || 1280), height: 900 },
    colorScheme: theme === 'dark' ? 'dark' : 'light',
  });
  await page.goto(server.url + path);
  // Let the page's scripts (search, matrix, planner) finish drawing.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const name = path.replace(/[^a-z0-9]+/gi, '_') + (w || '') + (theme ? `_${theme}` : '');
  const file = `${outDir}/${name}.png`;
  await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === '1' });
  console.log(file);
  await page.close();
}
await browser.close();
await server.close();
