/**
 * The deploy recipes in the README, tried as far as this machine allows: the nginx server
 * block runs for real (Debian's nginx, installed by .ci/run) over the built site, and the
 * GitHub Pages workflow is read for the steps that matter (npm ci, the Pages address as
 * SITE_URL and BASE_PATH, dist/ uploaded).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/project/files.ts';
import { root } from '../helpers/content.ts';
import { dist, requireBuild } from '../helpers/dist.ts';
import { freePort } from '../helpers/ports.ts';

const nginxBinary = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

describe('the nginx recipe (deploy/nginx.conf)', () => {
  const work = mkdtempSync(join(tmpdir(), 'mcof-nginx-'));
  let origin = '';
  let nginx: ReturnType<typeof spawn> | undefined;

  beforeAll(async () => {
    requireBuild();
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    // The recipe as shipped, pointed at this build and a free port.
    const server = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8').replaceAll('/srv/mcof-atlas', dist).replace('listen 80;', `listen 127.0.0.1:${port};`);
    writeFileSync(join(work, 'site.conf'), server);
    writeFileSync(
      join(work, 'nginx.conf'),
      `daemon off;\npid ${work}/nginx.pid;\nerror_log ${work}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n  client_body_temp_path ${work};\n  proxy_temp_path ${work};\n  fastcgi_temp_path ${work};\n  uwsgi_temp_path ${work};\n  scgi_temp_path ${work};\n  include ${work}/site.conf;\n}\n`,
    );
    execFileSync(nginxBinary, ['-t', '-p', work, '-c', join(work, 'nginx.conf')], { stdio: 'pipe' });
    const child = spawn(nginxBinary, ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: 'ignore' });
    nginx = child;
    // Wait until nginx answers (it starts in well under a second).
    for (let tries = 0; tries < 100; tries++) {
      if (
        (await fetch(`${origin}/`)
          .then((r) => r.status)
          .catch(() => 0)) === 200
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  afterAll(() => {
    nginx?.kill();
    rmSync(work, { recursive: true, force: true });
  });

  it('serves pages with the build’s Content-Security-Policy and the other security headers', async () => {
    const csp = /Content-Security-Policy: (.+)/.exec(readFileSync(join(dist, '_headers'), 'utf8'))?.[1];
    const response = await fetch(`${origin}/sectors/health/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<h1');
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('caches hashed assets for a year, compresses them, and keeps the headers there too', async () => {
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
    const response = await fetch(`${origin}${css}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
  });

  it('sends the build’s precompressed .gz sibling of a page as it is, not a fresh compression', async () => {
    // node's fetch() would decode the body; the raw bytes show which file nginx sent.
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      get(`${origin}/sectors/health/`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    expect(raw.encoding).toBe('gzip');
    expect(raw.body.equals(readFileSync(join(dist, 'sectors/health/index.html.gz')))).toBe(true);
  });

  it('answers a missing page with the site’s 404 page and hides the header files', async () => {
    const missing = await fetch(`${origin}/sectors/no-such-sector/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('MCOF Atlas');
    expect((await fetch(`${origin}/_headers.nginx`)).status).toBe(404);
    expect((await fetch(`${origin}/_headers`)).status).toBe(404);
  });

  it('serves Pagefind’s runtime and index files, cached for an hour, for search', async () => {
    const files = listFiles(join(dist, 'pagefind')).map((f) => relative(join(dist, 'pagefind'), f));
    for (const file of ['pagefind.js', files.find((f) => /^wasm\..+\.pagefind$/.test(f)), files.find((f) => f.endsWith('.pf_meta'))]) {
      const response = await fetch(`${origin}/pagefind/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe('public, max-age=3600');
    }
  });
});

describe('the GitHub Pages workflow (.github/workflows/pages.yml)', () => {
  const workflow = yaml.load(readFileSync(join(root, '.github/workflows/pages.yml'), 'utf8')) as {
    jobs: { build: { steps: { run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, unknown> }[] } };
  };
  const steps = workflow.jobs.build.steps;

  it('installs with npm ci on Node 20 and builds with the Pages address and path', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(20);
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
    const build = steps.find((s) => s.run === 'npm run build');
    // GitHub Actions expressions, compared as the text written in the workflow.
    const expression = (name: string) => `\${{ steps.pages.outputs.${name} }}`;
    expect(build?.env).toEqual({ SITE_URL: expression('origin'), BASE_PATH: expression('base_path') });
  });

  it('uploads dist/ as the Pages artifact', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
  });
});
