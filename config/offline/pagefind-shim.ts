/**
 * Offline bundle only (a classic script; file:// refuses module scripts, fetch and
 * workers): lets Pagefind run from disk. Pagefind's data files ship as `<file>.js`
 * twins that register their bytes through `__mcofPagefindData`; `__mcofFetch` (patched
 * into Pagefind in place of `fetch`) loads a twin with a <script> tag and answers with
 * a Response. Pagefind itself is a classic-script build (`pagefind.offline.js`) and runs
 * without a worker.
 */
import { offlineRootMeta } from '../../src/core/constants.ts';

type Global = typeof globalThis & {
  __mcofPagefindData: (path: string, base64: string) => void;
  __mcofFetch: (input: RequestInfo | URL) => Promise<Response>;
  __mcofPagefindOptions: Record<string, unknown>;
  __mcofPagefind: () => Promise<unknown>;
  MCOFPagefind?: unknown;
};
const g = globalThis as Global;
const rootMeta = document.querySelector<HTMLMetaElement>(`meta[name="${offlineRootMeta}"]`);
const base = new URL(`${rootMeta?.content ?? './'}pagefind/`, window.location.href).href;
const store = new Map<string, Uint8Array>();
const loading = new Map<string, Promise<void>>();

g.__mcofPagefindData = (path, base64) => {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  store.set(path, bytes);
};

function loadScript(src: string): Promise<void> {
  let promise = loading.get(src);
  if (!promise) {
    promise = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`MCOF Atlas offline search could not load ${src}`));
      document.head.append(script);
    });
    loading.set(src, promise);
  }
  return promise;
}

g.__mcofFetch = async (input) => {
  const url = new URL(String(input), window.location.href).href.replace(/[?#].*$/, '');
  const path = url.startsWith(base) ? decodeURIComponent(url.slice(base.length)) : url;
  if (!store.has(path)) await loadScript(`${base}${path}.js`);
  const bytes = store.get(path);
  if (!bytes) throw new Error(`MCOF Atlas offline search has no data for ${path}`);
  return new Response(bytes.slice().buffer, { status: 200 });
};

g.__mcofPagefindOptions = { basePath: base, baseUrl: '/', noWorker: true };
g.__mcofPagefind = async () => {
  await loadScript(`${base}pagefind.offline.js`);
  return g.MCOFPagefind;
};
