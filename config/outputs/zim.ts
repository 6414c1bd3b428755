/**
 * Writes the ZIM file for Kiwix (`download/mcof-atlas_<lang>_<yyyy-mm>.zim`) with Debian's
 * `zimwriterfs` (package zim-tools), from the offline bundle's copy of the site: its links
 * are already relative. The ZIM flavour drops Pagefind and the search links (Kiwix indexes
 * the pages itself and has its own search box) and carries no service worker. Where
 * zimwriterfs is not installed, `npm run build` says so in one line and goes on;
 * `npm run build:zim` (MCOF_REQUIRE_ZIM=1) fails instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { offlineSearchLinkClass } from '../../src/core/constants.ts';
import type { AtlasEdition } from '../../src/core/edition.ts';
import { translationLocales } from '../../src/core/locales.ts';
import { atlasIllustration } from '../../src/core/png.ts';
import { zimIllustration, zimMetadata, zimName } from '../../src/core/zim.ts';
import { listFiles } from '../../src/project/files.ts';
import { patchOrFail } from '../offline/bundle.ts';

export const zimInstallHint = 'ZIM for Kiwix not built: zimwriterfs is not installed (Debian/Ubuntu: sudo apt-get install zim-tools), then build again.';

export function hasZimwriterfs(): boolean {
  return spawnSync('zimwriterfs', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** The search page of the ZIM: Kiwix has the search box; this page says where it is. */
const kiwixSearchNote =
  '<p class="notice">In Kiwix, search with the reader’s own search box (at the top of the Kiwix window or app): it searches the full text of every page of this atlas. You can also browse from the sectors, the phases, the matrix, the glossary or the source documents.</p>';

/** Turns the offline copy (relative links, classic scripts) into the ZIM flavour, in place. */
export function zimFlavour(tree: string): void {
  rmSync(join(tree, 'pagefind'), { recursive: true, force: true });
  rmSync(join(tree, 'offline-pagefind.js'), { force: true });
  // One language a ZIM, as Kiwix files are: the English pages, without the language menu and
  // alternates that lead to the others (on the online site and in the offline ZIP).
  for (const { code } of translationLocales) rmSync(join(tree, code), { recursive: true, force: true });
  for (const file of listFiles(tree).filter((f) => f.endsWith('.html'))) {
    let html = readFileSync(file, 'utf8');
    html = html.replace(new RegExp(`<a class="${offlineSearchLinkClass}"[^>]*>[^<]*</a>`, 'g'), '');
    html = html
      .replace(/<details class="language-menu[^"]*"[\s\S]*?<\/details>/g, '')
      .replace(/<link rel="alternate" hreflang="[^"]*" href="[^"]*"\s*\/?>/g, '');
    if (file === join(tree, 'search', 'index.html')) {
      html = patchOrFail(
        html,
        html.match(/<form class="search-page"[\s\S]*?<\/form>/)?.[0] ?? '<form class="search-page"',
        kiwixSearchNote,
        'ZIM search page form',
      );
      // Its scripts drive the Pagefind search that the ZIM does not carry.
      html = html.replace(/<script\b[^>]*\bsrc="[^"]*(?:offline-pagefind|\.offline)\.js"[^>]*><\/script>/g, '');
    }
    writeFileSync(file, html);
  }
  writeFileSync(join(tree, zimIllustration), atlasIllustration(48));
}

export interface ZimOptions {
  /** The offline bundle's copy of the site (relative links), used up by this step. */
  tree: string;
  dist: string;
  edition: AtlasEdition;
  lang: string;
  site?: string;
  /** Fail instead of skipping when zimwriterfs is missing (`npm run build:zim`). */
  required: boolean;
}

/**
 * Writes the ZIM; zimwriterfs runs as a child process the build does not block on (the
 * online site's last steps run meanwhile, outputs.ts), and its stderr is kept for the message.
 */
export async function writeZim({ tree, dist, edition, lang, site, required }: ZimOptions): Promise<string> {
  // Written beside the output folder and moved in when complete: the steps that run
  // meanwhile list the site's files, and must not see a half-written ZIM or its temporaries.
  const partial = `${dist.replace(/[\\/]+$/, '')}.zim`;
  try {
    if (!hasZimwriterfs()) {
      if (required) throw new Error(zimInstallHint);
      return zimInstallHint;
    }
    if (!existsSync(join(tree, 'index.html'))) throw new Error(`ZIM: the offline copy of the site is missing (${tree}); the offline bundle step must keep it`);
    zimFlavour(tree);
    const meta = zimMetadata(edition, lang, site);
    const name = zimName(lang, edition.contentDate);
    mkdirSync(join(dist, 'download'), { recursive: true });
    const out = join(dist, 'download', name);
    rmSync(out, { force: true });
    rmSync(partial, { recursive: true, force: true });
    // Debian 12's zimwriterfs (zim-tools 3.1) has no flag for LongDescription; the Description carries the gist.
    const args = [
      `--welcome=index.html`,
      `--illustration=${zimIllustration}`,
      `--language=${meta.language}`,
      `--title=${meta.title}`,
      `--description=${meta.description}`,
      `--creator=${meta.creator}`,
      `--publisher=${meta.publisher}`,
      `--name=${meta.name}`,
      `--tags=${meta.tags}`,
      `--source=${meta.source}`,
      `--flavour=${meta.flavour}`,
      `--scraper=mcof-atlas ${edition.version}`,
      '--threads=2',
      tree,
      partial,
    ];
    const { status, output } = await new Promise<{ status: number | null; output: string }>((resolve, reject) => {
      const child = spawn('zimwriterfs', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.stderr.on('data', (c: Buffer) => chunks.push(c));
      child.on('error', reject);
      child.on('close', (code) => resolve({ status: code, output: Buffer.concat(chunks).toString('utf8') }));
    });
    if (status !== 0) throw new Error(`ZIM: zimwriterfs failed (exit ${status}):\n${output.slice(-2000)}`);
    renameSync(partial, out);
    return `${name}, ${(statSync(out).size / 1_000_000).toFixed(1)} MB`;
  } finally {
    rmSync(tree, { recursive: true, force: true });
    for (const leftover of [partial, `${partial}.tmp`]) rmSync(leftover, { recursive: true, force: true });
  }
}
