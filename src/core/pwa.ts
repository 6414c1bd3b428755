/**
 * The installable, offline-capable online site: its web app manifest, which files "Save
 * the whole atlas on this device" stores, and the markup the build adds to pages. Pure:
 * config/outputs/service-worker.ts writes the files and runs Workbox.
 */
import { splitLocalePath } from './addresses.ts';
import { withBase } from './deploy.ts';
import { formatSize } from './downloads.ts';
import { interfaceText, type Translate } from './interface.ts';
import { type LocaleCode, sourceLocale } from './locales.ts';

const english: Translate = (key, values) => interfaceText(sourceLocale, key, values);

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
 * The files the whole atlas needs offline in one language: every page of that language (by
 * its directory address), the search index, styles, scripts, data and images. Left out:
 * the other languages' pages (a reader on a rationed line saves what they read), the big
 * downloads (ZIP, ZIM, EPUB, PDF), the server's header files, the sitemap and the service
 * worker's own files.
 */
export function offlineFileList(files: string[], base: string, locale: LocaleCode = sourceLocale): { file: string; url: string }[] {
  const skip =
    /^(download\/.+\.(zip|zim|epub|pdf|sha256|json)|_headers(\.nginx)?|robots\.txt|sitemap.*\.xml|sw\.js|sw-lifecycle\.js|offline-files(-\w+)?\.json)$/;
  const otherLanguage = (file: string) => file.endsWith('.html') && splitLocalePath(`/${file}`).locale !== locale;
  return files
    .filter((f) => !skip.test(f) && !otherLanguage(f))
    .map((file) => ({ file, url: withBase(base, `/${file.replace(/(^|\/)index\.html$/, '$1')}`) }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** Added to every page's head: the manifest, and the registration script (deferred, about 1 kB). */
export function pwaHead(base: string, withSave: boolean, t: Translate = english): string {
  return `<link rel="manifest" href="${withBase(base, '/manifest.webmanifest')}"><meta name="theme-color" content="#0b3d6b"><script src="${withBase(base, '/sw-register.js')}" data-strings="${updateStrings(t)}" defer></script>${withSave ? `<script src="${withBase(base, '/sw-save.js')}" defer></script>` : ''}`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The words sw-save.js writes while it saves, in the page's language (`data-strings`). */
const saveScriptKeys = ['save.unsupported', 'save.progress', 'save.done', 'save.failed'] as const;

/** The save button, with the size it will download said before it starts, in the page's language. */
export function saveButtonHtml(offline: OfflineFiles, listUrl: string, t: Translate = english): string {
  const size = formatSize(offline.bytes);
  const strings = JSON.stringify(Object.fromEntries(saveScriptKeys.map((key) => [key, t(key)])));
  return `<div class="save-atlas" data-files="${listUrl}" data-bytes="${offline.bytes}" data-strings="${attr(strings)}"><p><button type="button" class="save-atlas-button" hidden>${t('save.button', { size })}</button></p><p class="save-atlas-size">${t('save.size', { files: offline.urls.length, size })}</p><progress class="save-atlas-progress" max="${offline.urls.length}" value="0" hidden></progress><p class="save-atlas-status" role="status" aria-live="polite"></p><noscript><p>${t('save.noscript')}</p></noscript></div>`;
}

/** The words sw-register.js shows when a new version is ready, in the page's language. */
export function updateStrings(t: Translate = english): string {
  return attr(JSON.stringify({ 'update.available': t('update.available'), 'update.reload': t('update.reload') }));
}
