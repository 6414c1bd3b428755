/** `astro build` alone makes the whole site: the steps that must run in order are wired in that order. */
import { describe, expect, it } from 'vitest';
import { postBuildSteps, runSteps } from '../../config/integrations/outputs.ts';

/** The real step list, for a site at the root. */
const exampleSteps = () =>
  postBuildSteps({ deploy: { base: '/' }, edition: { version: '0', contentDate: '2026-01-01', commit: 'abcdef0' }, root: '/', publishTo: () => '' });

describe('build pipeline', async () => {
  const { default: config } = await import('../../astro.config.ts');
  const names = (config.integrations ?? []).flat().map((i) => (i as { name: string }).name);

  it('stages first, checks content next, adds search synonyms before Starlight runs Pagefind, and writes outputs last', () => {
    expect(names.slice(0, 2)).toEqual(['mcof-atlas:staging', 'mcof-atlas:content-check']);
    expect(names.indexOf('mcof-atlas:search-synonyms')).toBeLessThan(names.indexOf('@astrojs/starlight'));
    expect(names.at(-1)).toBe('mcof-atlas:outputs');
  });

  it('prunes the CSS (renaming the stylesheets), then makes the offline ZIP (a copy of it all), the e-books and the ZIM (not in the ZIP; in the background from then on), then runs the link check, the headers (which hash the final pages), one script per online page (the ZIP bundles its own), the service worker (online only), the download sizes of the final files, then the precompressed siblings (which the ZIP must not carry), then publishes', () => {
    const steps = exampleSteps();
    expect(steps.map((s) => s.name)).toEqual([
      'prune CSS',
      'offline bundle',
      'epub',
      'pdf',
      'zim',
      'link check',
      'security headers',
      'page scripts',
      'service worker',
      'downloads',
      'precompress',
      'publish',
    ]);
  });

  it('has no separate post-build commands in package.json', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { scripts: Record<string, string> };
    expect(pkg.scripts.build).toBe('astro build --force');
  });
});

describe('post-build step runner', () => {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  /** A step that records when it runs, and what it logs. */
  const step = (name: string, events: string[], extra: { until?: string; ms?: number; fail?: string } = {}) => ({
    name,
    until: extra.until,
    run: async () => {
      events.push(`${name} starts`);
      if (extra.ms) await wait(extra.ms);
      if (extra.fail) throw new Error(extra.fail);
      events.push(`${name} ends`);
      return `${name} done`;
    },
  });

  it('lets a background step overlap the next steps and waits for it before the step that reads it', async () => {
    const events: string[] = [];
    const lines: string[] = [];
    await runSteps([step('zim', events, { until: 'downloads', ms: 50 }), step('page scripts', events), step('downloads', events)], '/dist', (line) =>
      lines.push(line),
    );
    expect(events).toEqual(['zim starts', 'page scripts starts', 'page scripts ends', 'zim ends', 'downloads starts', 'downloads ends']);
    expect(lines).toEqual(['2/3 page scripts: page scripts done', '1/3 zim: zim done', '3/3 downloads: downloads done']);
  });

  it('fails the build with a background step’s own error, and never runs the step that waits for it', async () => {
    const events: string[] = [];
    const fail = 'ZIM: zimwriterfs failed (exit 1):\nbad tree';
    await expect(
      runSteps([step('zim', events, { until: 'downloads', ms: 20, fail }), step('page scripts', events), step('downloads', events)], '/dist', () => {}),
    ).rejects.toThrow(fail);
    expect(events).toEqual(['zim starts', 'page scripts starts', 'page scripts ends']);
  });

  it('refuses a background step that waits for a step that does not come after it', async () => {
    await expect(runSteps([{ name: 'zim', until: 'downloads', run: () => '' }], '/dist', () => {})).rejects.toThrow(
      'post-build step "zim" waits until "downloads", which is not a later step',
    );
  });

  it('runs the ZIM in the background until the downloads step, which lists its size', () => {
    const steps = exampleSteps();
    expect(steps.filter((s) => s.until).map((s) => [s.name, s.until])).toEqual([['zim', 'downloads']]);
  });
});
