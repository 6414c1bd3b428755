/**
 * The installable, offline-capable online site: its web app manifest, which files "Save
 * the whole atlas on this device" stores, and the markup the build adds to pages. Pure:
 * config/outputs/service-worker.ts writes the files and runs Workbox.
 */
import { withBase } from './deploy.ts';
import { formatSize } from './downloads.ts';

export function webManifest(base: string) {
  return {
    name: 'MCOF Atlas',
    short_name: 'MCOF Atlas',
    description: "IOM's Migration Crisis Operational Framework: sectors, phases, policies and sources, cited to the paragraph.",
    lang: 'en',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b3d6b',
    icons: [
      { src: withBase(base, '/icons/atlas-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: withBase(base, '/icons/atlas-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
    ],
  };
}

/** What the save button stores, written to `offline-files.json` by the build. */
export interface OfflineFiles {
  /** This build's identity; its caches carry it. */
  version: string;
  edition: string;
  caches: { pages: string; assets: string };
  urls: string[];
  bytes: number;
}

/**
 * The files the whole atlas needs offline: every page (by its directory address), the
 * search index, styles, scripts, data and images. Left out: the big downloads (ZIP, ZIM,
 * EPUB, PDF), the server's header files, the sitemap and the service worker's own files.
 */
export function offlineFileList(files: string[], base: string): { file: string; url: string }[] {
  const skip = /^(download\/.+\.(zip|zim|epub|pdf|sha256|json)|_headers(\.nginx)?|robots\.txt|sitemap.*\.xml|sw\.js|sw-lifecycle\.js|offline-files\.json)$/;
  return files
    .filter((f) => !skip.test(f))
    .map((file) => ({ file, url: withBase(base, `/${file.replace(/(^|\/)index\.html$/, '$1')}`) }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** Added to every page's head: the manifest, and the registration script (deferred, about 1 kB). */
export function pwaHead(base: string, withSave: boolean): string {
  return `<link rel="manifest" href="${withBase(base, '/manifest.webmanifest')}"><meta name="theme-color" content="#0b3d6b"><script src="${withBase(base, '/sw-register.js')}" defer></script>${withSave ? `<script src="${withBase(base, '/sw-save.js')}" defer></script>` : ''}`;
}

/** The save button, with the size it will download said before it starts. */
export function saveButtonHtml(offline: OfflineFiles, listUrl: string): string {
  return `<div class="save-atlas" data-files="${listUrl}" data-bytes="${offline.bytes}"><p><button type="button" class="save-atlas-button" hidden>Save the whole atlas on this device (${formatSize(offline.bytes)})</button></p><p class="save-atlas-size">Saving downloads ${offline.urls.length} files, ${formatSize(offline.bytes)} (less where the server compresses them), once.</p><progress class="save-atlas-progress" max="${offline.urls.length}" value="0" hidden></progress><p class="save-atlas-status" role="status" aria-live="polite"></p><noscript><p>Saving the atlas on this device needs JavaScript; the ZIP above works without it.</p></noscript></div>`;
}
