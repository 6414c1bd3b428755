/** Takes screenshots of built pages for a human to look at: node scripts/screenshot.ts /path/@width … (PNG files in /tmp/shots). */
import { chromium } from 'playwright-core';
import { serve } from './static-server.ts';

const server = await serve(new URL('../dist', import.meta.url).pathname);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const pages = process.argv.slice(2);
for (const p of pages) {
  const [path, w] = p.split('@');
  const page = await browser.newPage({ viewport: { width: Number(w ?? 1280), height: 900 } });
  await page.goto(server.url + path);
  // Let the page's scripts (search, matrix, planner) finish drawing.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const name = path.replace(/[^a-z0-9]+/gi, '_') + (w ?? '');
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
  console.log(`/tmp/shots/${name}.png`);
  await page.close();
}
await browser.close();
await server.close();
