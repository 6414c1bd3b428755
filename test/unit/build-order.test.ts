/** `astro build` alone makes the whole site: the steps that must run in order are wired in that order. */
import { describe, expect, it } from 'vitest';
import { postBuildSteps } from '../../config/integrations/outputs.ts';

describe('build pipeline', async () => {
  const { default: config } = await import('../../astro.config.ts');
  const names = (config.integrations ?? []).flat().map((i) => (i as { name: string }).name);

  it('stages first, checks content next, adds search synonyms before Starlight runs Pagefind, and writes outputs last', () => {
    expect(names.slice(0, 2)).toEqual(['mcof-atlas:staging', 'mcof-atlas:content-check']);
    expect(names.indexOf('mcof-atlas:search-synonyms')).toBeLessThan(names.indexOf('@astrojs/starlight'));
    expect(names.at(-1)).toBe('mcof-atlas:outputs');
  });

  it('prunes the CSS (renaming the stylesheets), then runs the link check, then the headers (which hash the final pages), then the offline ZIP (a copy of it all), then the e-books and the ZIM (not in the ZIP), one script per online page (the ZIP bundles its own), the service worker (online only), the download sizes of the final files, then the precompressed siblings (which the ZIP must not carry), then publishes', () => {
    const steps = postBuildSteps({
      deploy: { base: '/' },
      edition: { version: '0', contentDate: '2026-01-01', commit: 'abcdef0' },
      root: '/',
      publishTo: () => '',
    });
    expect(steps.map((s) => s.name)).toEqual([
      'prune CSS',
      'link check',
      'security headers',
      'offline bundle',
      'epub',
      'pdf',
      'zim',
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
