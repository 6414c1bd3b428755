/**
 * Live feedback while editing: `astro dev` over a copy of the content; a saved mistake
 * shows in the terminal and as Astro's error overlay in the browser, with the fix; fixing
 * the file clears the overlay and the page is back.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { astroEnv } from '../helpers/build-env.ts';
import { root } from '../helpers/content.ts';
import { freePort } from '../helpers/ports.ts';

const work = mkdtempSync(join(tmpdir(), 'mcof-dev-'));
const content = join(work, 'content');
const sectorFile = join(content, 'sectors/2021/health.yaml');
let dev: ChildProcess;
let output = '';
let origin = '';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  cpSync(join(root, 'content'), content, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: astroEnv({ MCOF_CONTENT_DIR: content }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout?.on('data', (d) => {
    output += String(d);
  });
  dev.stderr?.on('data', (d) => {
    output += String(d);
  });
  for (
    let i = 0;
    i < 600 &&
    !(await fetch(`${origin}/sectors/health/`)
      .then((r) => r.ok)
      .catch(() => false));
    i++
  )
    await new Promise((r) => setTimeout(r, 200));
  browser = await launch();
  page = await (await browser.newContext()).newPage();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  dev?.kill();
  rmSync(work, { recursive: true, force: true });
});

const overlayText = () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');

describe('astro dev while an editor works', () => {
  it('serves the sector page', async () => {
    await page.goto(`${origin}/sectors/health/`, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 60_000 }).toContain('Health');
    expect(await overlayText()).toBe('');
  }, 120_000);

  it('shows a saved mistake in the terminal and over the page, with the fix', async () => {
    writeFileSync(sectorFile, readFileSync(sectorFile, 'utf8').replace('paragraph: 42 }', 'paragraph: 420 }'));
    await expect.poll(() => output, { timeout: 30_000 }).toContain('paragraph 420 does not exist in "mcof-2021-addendum" (it has ¶1–63)');
    await expect.poll(overlayText, { timeout: 30_000 }).toContain('paragraph 420 does not exist in "mcof-2021-addendum"');
    expect(await overlayText()).toContain('content/sectors/2021/health.yaml');
  }, 90_000);

  it('clears the overlay when the file is fixed', async () => {
    writeFileSync(sectorFile, readFileSync(sectorFile, 'utf8').replace('paragraph: 420 }', 'paragraph: 42 }'));
    await expect.poll(overlayText, { timeout: 30_000 }).toBe('');
    await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 30_000 }).toContain('Health');
    expect(output).toContain('content check: content/sectors/2021/health.yaml changed, no problems');
  }, 90_000);
});
