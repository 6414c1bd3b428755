/**
 * Everything the build writes after Astro and Pagefind, inside `astro build`, in this
 * order: 1. pruning Starlight's CSS to the rules the pages use (it renames the stylesheets,
 * so it comes before anything checks or copies the pages), 2. the offline ZIP (a copy of the
 * site, which also fills in the download page), 3. the EPUB and 4. the PDF book (after the
 * ZIP, which does not carry them; laid out from the content in a child process that starts
 * with the build, books.ts), 5. the ZIM for Kiwix (made from the offline ZIP's copy of the
 * site, by zimwriterfs in the background until the downloads step, which lists its size: it
 * is the longest step, so it starts as early as it can and the next ones run meanwhile),
 * 6. the internal link check over the pages (Pagefind's files included), 7. the security
 * headers (`_headers`, whose script hashes must see the final pages), 8. one script file per
 * page, written with the service worker's registration (online site only: the copies above
 * bundle their own), 9. the web app manifest and service worker (online site only: none of
 * the copies above carries it), 10. the sizes, dates and checksums of all of these on the
 * download page (and the size after each link to a file, measured on the final pages),
 * 11. precompressed `.gz` and `.br` siblings of the text files, for hosts that serve them
 * (after the ZIP, which must not carry them, and after the last page edit), 12. publishing:
 * the build was written into a staging folder beside dist/, which replaces dist/ only now,
 * when every step has succeeded. A failed build leaves dist/ exactly as it was (the folder
 * a deploy job uploads) and says so. Listed after Starlight, whose own build:done hook runs Pagefind.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { DeployConfig } from '../../src/core/deploy.ts';
import { downloadLanguages, formatSize } from '../../src/core/downloads.ts';
import type { AtlasEdition } from '../../src/core/edition.ts';
import { buildOfflineBundle } from '../offline/bundle.ts';
import { booksInChild } from '../outputs/books.ts';
import { writeDownloads } from '../outputs/downloads.ts';
import { mergePageScripts } from '../outputs/page-scripts.ts';
import { precompress } from '../outputs/precompress.ts';
import { pruneCss } from '../outputs/prune-css.ts';
import { writeSecurityHeaders } from '../outputs/security-headers.ts';
import { serviceWorkerHead, writeServiceWorker } from '../outputs/service-worker.ts';
import { writeZim } from '../outputs/zim.ts';
import { checkBuiltLinks } from './link-check.ts';

/**
 * One step after the pages: its name, and what it does to the finished site (`dist`),
 * returning its log line. A step that needs only the content may `start` its work in a
 * child process when the build starts, and finish it in `run`.
 */
export interface PostBuildStep {
  name: string;
  start?: () => void;
  run: (dist: string) => string | Promise<string>;
  /**
   * Runs in the background from its place in the list, and the steps after it go on
   * meanwhile, until the step named here, which waits for it (a step that reads its output).
   */
  until?: string;
}

/**
 * Runs the steps in order, logging each one's line as it finishes; a step with `until`
 * overlaps the steps before that one. Fails with the first failure, background ones included.
 */
export async function runSteps(steps: PostBuildStep[], dist: string, log: (line: string) => void): Promise<void> {
  for (const [i, step] of steps.entries())
    if (step.until !== undefined && !steps.slice(i + 1).some((s) => s.name === step.until))
      throw new Error(`post-build step "${step.name}" waits until "${step.until}", which is not a later step`);
  const background: { until: string; done: Promise<void> }[] = [];
  for (const [i, step] of steps.entries()) {
    for (const b of background.filter((b) => b.until === step.name)) await b.done;
    const finished = Promise.resolve()
      .then(() => step.run(dist))
      .then((line) => log(`${i + 1}/${steps.length} ${step.name}: ${line}`));
    if (step.until === undefined) await finished;
    else {
      // Caught here so a failure is not "unhandled" while the next steps run; awaited (and thrown) at its step.
      finished.catch(() => {});
      background.push({ until: step.until, done: finished });
    }
  }
}

/**
 * The post-build steps, in the order they run. The build runs exactly this list, and the
 * order test reads it, so the order cannot drift from what is tested.
 */
export function postBuildSteps({
  deploy,
  edition,
  root,
  publishTo,
}: {
  deploy: DeployConfig;
  edition: AtlasEdition;
  root: string;
  publishTo: () => string;
}): PostBuildStep[] {
  // The offline copy stays here from the offline bundle step until the ZIM step has used it.
  const offlineWork = join(root, '.offline');
  // The e-books are laid out beside the output folder while the pages render (books.ts).
  const books = booksInChild({ edition, work: () => `${publishTo()}.books` });
  const booksLine = (files: { name: string; bytes: number }[]) => files.map((f) => `${f.name}, ${formatSize(f.bytes)}`).join('; ');
  return [
    {
      name: 'prune CSS',
      run: async (dist) => {
        const { files, before, after } = await pruneCss(dist);
        return `${files} stylesheets pruned to the rules the pages use, ${(before / 1000).toFixed(1)} kB to ${(after / 1000).toFixed(1)} kB`;
      },
    },
    {
      name: 'offline bundle',
      run: async (dist) => {
        const online = deploy.site ? `${deploy.site}${deploy.base}` : undefined;
        const bundle = await buildOfflineBundle({ dist, work: offlineWork, base: deploy.base, edition, keepTree: true, online });
        const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
        const oneLanguage = bundle.languages.map((l) => `${l.locale} ${mb(l.bytes)}`).join(', ');
        return `${bundle.name}, ${mb(bundle.bytes)}, ${bundle.files} files; one language: ${oneLanguage}`;
      },
    },
    { name: 'epub', start: books.start, run: async (dist) => booksLine(await books.take('epub', dist)) },
    { name: 'pdf', run: async (dist) => booksLine(await books.take('pdf', dist)) },
    {
      name: 'zim',
      // zimwriterfs takes a core for about ten seconds: the online site's page scripts and
      // service worker, which do not touch the offline copy, are written meanwhile.
      until: 'downloads',
      run: async (dist) => {
        try {
          return await writeZim({
            tree: join(offlineWork, 'mcof-atlas'),
            dist,
            edition,
            // The English ZIM, from the offline copy with its other languages left out (zimFlavour).
            lang: downloadLanguages[0].code,
            site: deploy.site ? `${deploy.site}${deploy.base}` : undefined,
            required: process.env.MCOF_REQUIRE_ZIM === '1',
          });
        } finally {
          // Asynchronous: deleting ten thousand files on the main thread held up the steps running meanwhile.
          await rm(offlineWork, { recursive: true, force: true });
        }
      },
    },
    { name: 'link check', run: (dist) => `${checkBuiltLinks(dist, deploy.base).pages} pages, no broken internal links or anchors` },
    { name: 'security headers', run: (dist) => `CSP with ${writeSecurityHeaders(dist, deploy.base).hashes} inline script hashes written to _headers` },
    {
      name: 'page scripts',
      run: async (dist) => {
        // The service worker's registration goes into every page in the same write.
        const { pages, bundles, removed } = await mergePageScripts(dist, deploy.base, serviceWorkerHead(deploy.base));
        return `${pages} pages load one script each: ${bundles} bundles replace ${removed} module files; every page registers the service worker`;
      },
    },
    { name: 'service worker', run: (dist) => writeServiceWorker({ dist, base: deploy.base, edition }) },
    {
      name: 'downloads',
      run: (dist) => {
        const files = writeDownloads({ dist, base: deploy.base, edition, langs: downloadLanguages.map((l) => l.code) });
        return `${files.length} files listed on the download page with size, date and SHA-256`;
      },
    },
    {
      name: 'precompress',
      run: async (dist) => {
        const { files, bytes, gzipBytes, brotliBytes } = await precompress(dist);
        const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
        return `.gz and .br beside ${files} files (${mb(bytes)}: ${mb(gzipBytes)} gzip, ${mb(brotliBytes)} brotli)`;
      },
    },
    {
      name: 'publish',
      run: (dist) => {
        publish(dist, publishTo());
        return publishTo();
      },
    },
  ];
}

/** The staging folder a build writes into: a sibling of the output folder, so the swap is a rename. */
export function stagingFolder(outDir: string): string {
  return `${outDir}.staging`;
}

/** What the last line of a failed build says about the output folder. */
export function untouchedMessage(outDir: string, name = 'dist/'): string {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return `${name} not written: there is no earlier good build.`;
  return `${name} left as it was: the last good build from ${statSync(index).mtime.toISOString().replace('T', ' ').slice(0, 19)} UTC.`;
}

/** Replaces the output folder by the finished staging folder. */
export function publish(staging: string, outDir: string): void {
  const old = `${outDir}.previous`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
}

/**
 * Two integrations that share one build: `staging` comes first in the list (it points
 * the build at the staging folder and, before the content check can fail, promises the
 * "left as it was" line), `outputs` comes last (the post-build steps, then publishing).
 */
export function atlasOutputs({ deploy, edition, root }: { deploy: DeployConfig; edition: AtlasEdition; root: string }): {
  staging: AstroIntegration;
  outputs: AstroIntegration;
} {
  /** The output folder, without a trailing slash. */
  let outDir = '';
  let published = false;
  const steps = postBuildSteps({ deploy, edition, root, publishTo: () => outDir });
  const staging: AstroIntegration = {
    name: 'mcof-atlas:staging',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command === 'build') {
          outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
          const folder = stagingFolder(outDir);
          rmSync(folder, { recursive: true, force: true });
          updateConfig({ outDir: pathToFileURL(`${folder}/`) });
          // Any failure, in any step of any integration, ends the process before publish().
          process.once('exit', (code) => {
            if (published) return;
            rmSync(folder, { recursive: true, force: true });
            if (code !== 0) console.error(untouchedMessage(outDir, `${basename(outDir)}/`));
          });
        }
        if (!deploy.site) {
          logger.warn(
            'SITE_URL is not set: no canonical links, sitemap or handout QR codes. Set it to the public origin, e.g. SITE_URL=https://atlas.example.net npm run build (see the README, "Deploy").',
          );
        }
      },
    },
  };
  const outputs: AstroIntegration = {
    name: 'mcof-atlas:outputs',
    hooks: {
      'astro:build:start': () => {
        for (const step of steps) step.start?.();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        await runSteps(steps, dist, (line) => logger.info(line));
        published = true;
      },
    },
  };
  return { staging, outputs };
}
