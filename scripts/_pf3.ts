import { chromium } from 'playwright-core';
import { serve } from './static-server.ts';
const server = await serve('/work/main/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(server.url + '/');
const qs = process.argv.slice(2);
console.log(JSON.stringify(await page.evaluate(async ([qs, PL]) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ ranking: { pageLength: PL, termFrequency: 1, termSaturation: 1.4, termSimilarity: 1 } });
  await pf.init();
  const out: any = {};
  for (const q of qs) {
    const r = await pf.search(q);
    out[q] = await Promise.all(r.results.slice(0, 6).map(async (x: any) => { const d = await x.data(); return `${x.score.toFixed(2)} ${d.url} ${d.word_count}`; }));
  }
  return out;
}, [qs, Number(process.env.PL ?? 0.3)] as const), null, 1));
await browser.close(); await server.close();
