import { chromium } from 'playwright-core';
import { serve } from './static-server.ts';
const server = await serve('/work/main/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(server.url + '/');
console.log(JSON.stringify(await page.evaluate(async (q) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const r = await pf.search(q);
  const all = await Promise.all(r.results.map((x: any) => x.data())); const d = all.find((x: any) => x.url.includes('addendum'));
  return d.sub_results.map((s: any) => [s.url, s.title, s.locations.length, s.weighted_locations?.length, (s.weighted_locations||[]).map((w:any)=>w.weight).join(',')]).slice(0, 30);
}, process.argv[2])));
await browser.close(); await server.close();
