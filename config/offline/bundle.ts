/**
 * Builds the offline bundle from dist/: a copy of the site that works opened from disk
 * (file://) with no server and no network, zipped into dist/download/.
 *
 * file:// refuses root-absolute links, directory URLs, module scripts, fetch(), import()
 * and workers, so this pass:
 *  1. rewrites every root-absolute or directory URL in HTML and CSS to a relative file path;
 *  2. turns module scripts (external and inline) into deferred classic scripts, bundled
 *     with esbuild (already shipped with Astro);
 *  3. gives Pagefind's data files classic-script twins and builds a classic Pagefind whose
 *     fetch() goes through a <script>-tag loader, running without a worker;
 *  4. replaces Starlight's search dialog (which imports Pagefind UI) by a link to the
 *     search page, and drops what the offline tree never uses.
 * Where Pagefind or Starlight internals are patched, the pattern must be found or the
 * build fails, so an upgrade cannot silently break offline search.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { ZipFile } from 'yazl';
import { localizedPath, splitLocalePath } from '../../src/core/addresses.ts';
import { bundleInfoClass, offlineRootMeta, offlineSearchLinkClass } from '../../src/core/constants.ts';
import { withBase } from '../../src/core/deploy.ts';
import { bundleName } from '../../src/core/downloads.ts';
import type { AtlasEdition } from '../../src/core/edition.ts';
import { interfaceDictionaries, interfaceText, type Translate } from '../../src/core/interface.ts';
import { type LocaleCode, localeOf, locales, sourceLocale } from '../../src/core/locales.ts';
import { escapeRegExp } from '../../src/core/text.ts';
import { projectContent } from '../../src/project/content.ts';
import { listFiles } from '../../src/project/files.ts';
import { offlineCss, offlineHtml, rootFrom } from './offline-urls.ts';
import { belongsToLanguage, languageRedirect, oneLanguageHtml, pagefindEntryFor } from './one-language.ts';

const folder = 'mcof-atlas';
const shim = fileURLToPath(new URL('./pagefind-shim.ts', import.meta.url));

export interface OfflineBundleOptions {
  /** The build's output folder. */
  dist: string;
  /** A scratch folder for the copy that is zipped. */
  work: string;
  /** The base path the online site is served under; the offline copy has none. */
  base: string;
  /** Which edition of the atlas this is: version, content date, commit. */
  edition: AtlasEdition;
  /** Leave the unzipped copy in `work` for a later step (the ZIM is made from it). */
  keepTree?: boolean;
  /** The online site's origin and base (`https://atlas.example.net/mcof/`): one-language copies link their other languages there. */
  online?: string;
  /** The interface strings of a language (what the bundle writes into pages and its README); the project's dictionaries by default. */
  text?: (locale: LocaleCode) => Translate;
}

/** The project's interface strings, read from content/translations/<locale>/interface.yaml. */
function projectText(): (locale: LocaleCode) => Translate {
  const dictionaries = interfaceDictionaries(projectContent().raw.interfaces ?? []);
  return (locale) => (key, values) => interfaceText(locale, key, values, dictionaries);
}

class OfflinePatchError extends Error {}

/** One ZIP as the download page and bundle.json describe it. */
export interface BundleFile {
  name: string;
  bytes: number;
  sha256: string;
  files: number;
}

/** A placeholder that survives HTML escaping, replaced by markup afterwards (a link inside a translated sentence). */
const slot = (name: string) => `\u0000${name}\u0000`;
const fillSlots = (escaped: string, markup: Record<string, string>) =>
  escaped
    .split('\u0000')
    .map((piece, j) => (j % 2 === 0 ? piece : (markup[piece] ?? piece)))
    .join('');

/** Interface text put into a page's HTML (French quotes, apostrophes, an & in a name). */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The module script of Starlight's search dialog (Search.astro), as Astro names it. */
const searchDialogScript = /\/_astro\/Search\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;

/** Replaces `pattern` exactly `expected` times or fails the build, naming what changed. */
export function patchOrFail(text: string, pattern: string, replacement: string, what: string, expected = 1): string {
  const count = text.split(pattern).length - 1;
  if (count !== expected) {
    throw new OfflinePatchError(
      `offline bundle: ${what}: expected ${expected} occurrence(s) of ${JSON.stringify(pattern)}, found ${count}. An upgrade changed this internal; update config/offline/bundle.ts before shipping.`,
    );
  }
  return text.split(pattern).join(replacement);
}

/**
 * Resolves `<base>_astro/x.js` style imports: to the offline tree where this step wrote the
 * file (a page's inline module), else to the build's own file, which the tree never copies.
 */
function treeResolver(tree: string, dist: string, base: string): Plugin {
  return {
    name: 'offline-tree',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${escapeRegExp(base)}_astro/`) }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const inTree = join(tree, args.path.slice(base.length));
        return { path: existsSync(inTree) ? inTree : join(dist, args.path.slice(base.length)) };
      });
      // Online code imports Pagefind as a module; offline the shim provides it, so leave the import unresolved.
      b.onResolve({ filter: new RegExp(`^${escapeRegExp(base)}pagefind/`) }, (args) => ({ path: args.path, external: true }));
    },
  };
}

async function bundleClassic(
  { tree, dist, base }: { tree: string; dist: string; base: string },
  options: { entry?: string; contents?: string; outfile: string; globalName?: string },
): Promise<void> {
  await build({
    ...(options.entry ? { entryPoints: [options.entry] } : { stdin: { contents: options.contents!, resolveDir: tree, loader: 'js' } }),
    outfile: options.outfile,
    globalName: options.globalName,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    logLevel: 'error',
    plugins: [treeResolver(tree, dist, base)],
    // import.meta is meaningless in a classic script; the code paths using it are not taken offline.
    define: { 'import.meta.url': 'undefined', 'import.meta.env': '{}' },
  });
}

/** A ZIP's files: path inside the ZIP → how to get its bytes, called when yazl reaches it. */
type ZipEntries = Map<string, () => Uint8Array>;

/**
 * Writes the ZIP of `files` to `out` and returns its size and SHA-256. Deflated at the best
 * level by Node's own zlib (yazl): faster than deflating in JavaScript and a few per cent
 * smaller (30.5 MB against 33.1 MB for a 5,000-note site). Each file is read and deflated
 * only when its turn comes, and the ZIP goes straight to disk: given buffers, yazl starts
 * every deflate at once, and ten thousand zlib states (about 0.25 MB each) took a
 * 5,000-note build to 4 GB; one at a time is also faster.
 */
function writeZipFile(files: ZipEntries, out: string): Promise<{ bytes: number; sha256: string }> {
  const zip = new ZipFile();
  for (const [path, bytesOf] of files)
    zip.addReadStreamLazy(path, { compressionLevel: 9 }, (open) => {
      let bytes: Uint8Array;
      try {
        bytes = bytesOf();
      } catch (error) {
        return open(error as Error, undefined as never); // yazl emits it: the step fails with this message
      }
      open(null, Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)], { objectMode: false }));
    });
  zip.end();
  const hash = createHash('sha256');
  let bytes = 0;
  zip.outputStream.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  return new Promise((resolve, reject) => {
    zip.on('error', reject);
    pipeline(zip.outputStream, createWriteStream(out)).then(() => resolve({ bytes, sha256: hash.digest('hex') }), reject);
  });
}

/** Builds the offline ZIP into `<dist>/download/` and fills in the download page; returns what it wrote. */
export async function buildOfflineBundle({
  dist,
  work,
  base,
  edition,
  keepTree = false,
  online,
  text = projectText(),
}: OfflineBundleOptions): Promise<BundleFile & { languages: (BundleFile & { locale: LocaleCode })[]; tree: string }> {
  const tree = join(work, folder);
  const rel = (path: string) => relative(tree, path).split(sep).join('/');
  const { version, contentDate: date } = edition;
  const site = (sitePath: string) => withBase(base, sitePath);
  /** A page of the tree ("fr/download/index.html") in every language, with that language's strings. */
  const inEachLanguage = (sitePath: string) => locales.map((l) => ({ file: `${localizedPath(sitePath, l.code).slice(1)}index.html`, t: text(l.code) }));
  const editionValues = { version, date, commit: edition.commit };
  if (!existsSync(join(dist, 'index.html'))) throw new OfflinePatchError('offline bundle: the build output has no index.html');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const where = { tree, dist, base };
  const inDist = (file: string) => join(dist, relative(tree, file));
  // The tree is written, not copied: its pages, stylesheets and Pagefind's data are all
  // rewritten below, and its module scripts replaced, so they are read from dist/ and only
  // the other files (images, fonts, data) are copied.
  const madeDirs = new Set<string>();
  const folderFor = (file: string) => {
    const dir = dirname(file);
    if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
    return file;
  };
  const writeTreeFile = (file: string, data: string | Uint8Array) => writeFileSync(folderFor(file), data);
  const sitePages: string[] = [];
  const stylesheets: string[] = [];
  const pagefindFiles: string[] = [];
  const skipped = (path: string) => /^download\/.+\.(zip|sha256)$/.test(path) || /^(sitemap.*\.xml|_headers(\.nginx)?|robots\.txt)$/.test(basename(path));
  for (const file of listFiles(dist)) {
    const path = relative(dist, file).split(sep).join('/');
    if (skipped(path)) continue;
    const target = join(tree, path);
    if (path.endsWith('.html')) sitePages.push(target);
    else if (path.startsWith('pagefind/')) pagefindFiles.push(target);
    else if (path.startsWith('_astro/') && path.endsWith('.css')) stylesheets.push(target);
    // Module scripts are not copied: each page's are bundled into one classic script.
    else if (!(path.startsWith('_astro/') && /\.m?js$/.test(path))) copyFileSync(file, folderFor(target));
  }

  // 3. Pagefind: twins for data files, a classic build of the runtime, unused UIs left out.
  const pagefindDir = join(tree, 'pagefind');
  for (const file of pagefindFiles) {
    const name = basename(file);
    // The UIs are left out; the runtime (pagefind.js) is patched and bundled below.
    if (/^pagefind(-ui|-component-ui|-modular-ui|-highlight|-worker)?\.(js|css)$/.test(name)) continue;
    const path = relative(pagefindDir, file).split(sep).join('/');
    const data = readFileSync(inDist(file)).toString('base64');
    writeTreeFile(`${file}.js`, `__mcofPagefindData(${JSON.stringify(path)},"${data}");\n`);
  }
  let pagefind = readFileSync(inDist(join(pagefindDir, 'pagefind.js')), 'utf8');
  pagefind = patchOrFail(pagefind, 'await fetch(queued.input)', 'await (self.__mcofFetch||fetch)(queued.input)', 'Pagefind data loading');
  pagefind = patchOrFail(pagefind, 'module_or_path=fetch(module_or_path)', 'module_or_path=(self.__mcofFetch||fetch)(module_or_path)', 'Pagefind wasm loading');
  writeTreeFile(join(pagefindDir, 'pagefind.module.js'), pagefind);
  await bundleClassic(where, {
    entry: join(pagefindDir, 'pagefind.module.js'),
    outfile: join(pagefindDir, 'pagefind.offline.js'),
    globalName: 'MCOFPagefind',
  });
  rmSync(join(pagefindDir, 'pagefind.module.js'));
  await bundleClassic(where, { entry: shim, outfile: join(tree, 'offline-pagefind.js') });

  // 2 + 4. Pages: classic scripts, no search dialog, relative URLs.
  const converted = new Map<string, string>(); // a page's list of module scripts → its classic bundle (tree-relative)
  const inlineModules = new Set<string>(); // written for the bundler, removed once bundled
  let searchDialogs = 0;
  let dialogScripts = 0;
  let starlightPages = 0;
  for (const file of sitePages) {
    const from = rel(file);
    const locale = splitLocalePath(`/${from}`).locale;
    let html = readFileSync(inDist(file), 'utf8');
    const back = rootFrom(from);

    // Starlight's search dialog needs Pagefind UI as an ES module: link to the search page instead.
    const starlightPage = html.includes('<starlight-theme-select');
    let dialogRemoved = false;
    html = html.replace(/<site-search\b[\s\S]*?<\/site-search>/, () => {
      searchDialogs++;
      dialogRemoved = true;
      return `<a class="${offlineSearchLinkClass}" href="${site(localizedPath('/search/', locale))}">${text(locale)('offline.searchLink')}</a>`;
    });
    if (starlightPage) starlightPages++;

    // All module scripts of a page become ONE classic bundle: modules that share a chunk
    // (a custom element, say) must run it once, as ES modules would.
    const modules: string[] = [];
    html = html.replace(/<script type="module"(?: src="([^"]+)")?>([\s\S]*?)<\/script>/g, (_tag, src: string | undefined, code: string) => {
      // The dialog's script has nothing left to drive, and bundled into one classic file it
      // would carry the whole Pagefind UI (about 30 kB gzip) into every offline page.
      if (src && dialogRemoved && searchDialogScript.test(src)) {
        dialogScripts++;
        return '';
      }
      if (src) modules.push(src);
      else {
        const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
        const inlineFile = `_astro/_inline-${hash}.mjs`;
        if (!inlineModules.has(inlineFile)) writeTreeFile(join(tree, inlineFile), code);
        inlineModules.add(inlineFile);
        modules.push(site(`/${inlineFile}`));
      }
      return modules.length === 1 ? '<!--offline-scripts-->' : '';
    });
    if (modules.length) {
      const key = createHash('sha256').update(modules.join('\n')).digest('hex').slice(0, 10);
      let out = converted.get(key);
      if (!out) {
        out = `_astro/page-${key}.offline.js`;
        await bundleClassic(where, { contents: modules.map((m) => `import ${JSON.stringify(m)};`).join('\n'), outfile: join(tree, out) });
        converted.set(key, out);
      }
      html = html.replace('<!--offline-scripts-->', `<script defer src="${site(`/${out}`)}"></script>`);
    }

    const head = `<meta name="${offlineRootMeta}" content="${back}">${from === `${localizedPath('/search/', locale).slice(1)}index.html` ? `<script src="${site('/offline-pagefind.js')}"></script>` : ''}`;
    html = patchOrFail(html, '<head>', `<head>${head}`, `page head of ${from}`);
    writeTreeFile(file, offlineHtml(html, from, base));
  }
  if (dialogScripts !== searchDialogs) {
    throw new OfflinePatchError(
      `offline bundle: Starlight's search dialog script (${searchDialogScript}) was found on ${dialogScripts} of the ${searchDialogs} pages whose dialog was replaced; its file name changed. Update searchDialogScript in config/offline/bundle.ts.`,
    );
  }
  if (searchDialogs !== starlightPages || !starlightPages) {
    throw new OfflinePatchError(
      `offline bundle: Starlight's <site-search> was found on ${searchDialogs} of ${starlightPages} Starlight pages; its markup changed.`,
    );
  }

  // The pages' inline modules are bundled into the classic scripts now; stylesheets get relative URLs.
  for (const file of inlineModules) rmSync(join(tree, file));
  for (const file of stylesheets) writeTreeFile(file, offlineCss(readFileSync(inDist(file), 'utf8'), rel(file), base));

  // The offline copy's download pages say what it is rather than offering itself again.
  for (const { file, t } of inEachLanguage('/download/')) {
    const downloadPage = join(tree, file);
    if (!existsSync(downloadPage)) continue;
    const html = readFileSync(downloadPage, 'utf8');
    writeFileSync(
      downloadPage,
      html.replace(
        new RegExp(`<div class="${bundleInfoClass}"[^>]*>[\\s\\S]*?</div>`),
        `<p class="notice">${escapeHtml(t('download.offlineCopy', editionValues))}</p>`,
      ),
    );
  }

  // Zip with a top-level folder, so unzipping makes one tidy folder: the copy with every
  // language, then one per language (its pages and search index only).
  // Read from disk when zipped, not held: 113 MB for a 5,000-note site.
  const treeFiles = new Map(listFiles(tree).map((file) => [rel(file), () => readFileSync(file)]));
  const downloadDir = join(dist, 'download');
  mkdirSync(downloadDir, { recursive: true });
  for (const old of readdirSync(downloadDir)) if (/\.(zip|sha256)$/.test(old)) rmSync(join(downloadDir, old));
  const writeZip = async (name: string, files: ZipEntries): Promise<BundleFile> => {
    const { bytes, sha256 } = await writeZipFile(files, join(downloadDir, name));
    writeFileSync(join(downloadDir, `${name}.sha256`), `${sha256}  ${name}\n`);
    return { name, bytes, sha256, files: files.size };
  };
  const readme = (codes: readonly LocaleCode[]) => new TextEncoder().encode(codes.map((code) => text(code)('offline.readme', editionValues)).join('\n'));
  const all: ZipEntries = new Map();
  for (const [path, bytes] of treeFiles) all.set(`${folder}/${path}`, bytes);
  // One README for the whole copy, in every language it holds, English first.
  all.set(`${folder}/README.txt`, () => readme(locales.map((l) => l.code)));
  const everyLanguage = await writeZip(bundleName(edition), all);
  // A build of one language (MCOF_LOCALES=en) has nothing to split.
  const languages: (BundleFile & { locale: LocaleCode })[] = [];
  if (locales.length > 1)
    for (const l of locales) languages.push({ locale: l.code, ...(await writeZip(bundleName(edition, l.code), oneLanguageFiles(l.code))) });
  const info = { ...everyLanguage, version, date, languages };
  writeFileSync(join(downloadDir, 'bundle.json'), JSON.stringify(info, null, 1));

  /** The files of the `locale` copy: its pages rewritten (links it cannot follow go online), its search index only. */
  function oneLanguageFiles(locale: LocaleCode): ZipEntries {
    const t = text(locale);
    const held = new Set([...treeFiles.keys()].filter((path) => belongsToLanguage(path, locale)));
    if (locale !== sourceLocale) held.add('index.html');
    // A translated copy's root index.html only opens its home: the English home is not in it.
    const holds = (path: string) => held.has(path) && !(path === 'index.html' && locale !== sourceLocale);
    const files: ZipEntries = new Map();
    const bytesOf = (path: string): Uint8Array => {
      const original = treeFiles.get(path)!;
      if (path === 'index.html' && locale !== sourceLocale) return Buffer.from(languageRedirect(locale, t('offline.openAtlas')));
      if (path.endsWith('.html'))
        return Buffer.from(
          oneLanguageHtml(original().toString('utf8'), { file: path, holds, online, otherLanguagesLine: t('translation.otherLanguagesOnline') }),
        );
      if (path === 'pagefind/pagefind-entry.json.js') {
        const data = /"([A-Za-z0-9+/=]+)"\);\s*$/.exec(original().toString('utf8'))?.[1];
        if (!data) throw new OfflinePatchError('offline bundle: pagefind/pagefind-entry.json.js is not the data twin this step writes');
        const entry = pagefindEntryFor(Buffer.from(data, 'base64').toString('utf8'), locale);
        return Buffer.from(`__mcofPagefindData("pagefind-entry.json","${Buffer.from(entry).toString('base64')}");\n`);
      }
      return original();
    };
    for (const path of held) files.set(`${folder}/${path}`, () => bytesOf(path));
    files.set(`${folder}/README.txt`, () => readme([locale]));
    return files;
  }

  // Fill in the online download page, in each language.
  const block = new RegExp(`<div class="${bundleInfoClass}"[^>]*>[\\s\\S]*?</div>`);
  for (const [i, { file, t }] of inEachLanguage('/download/').entries()) {
    const page = join(dist, file);
    if (i > 0 && !existsSync(page)) continue; // a build without that language's pages
    const html = readFileSync(page, 'utf8');
    if (!block.test(html)) throw new OfflinePatchError(`offline bundle: the download page ${file} has no <div class="${bundleInfoClass}"> to fill in`);
    const megabytes = (bytes: number) =>
      new Intl.NumberFormat(locales[i].lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1_000_000);
    const link = `<a class="bundle-link" href="${site(`/download/${everyLanguage.name}`)}" download>${escapeHtml(t('download.bundleLink', { name: everyLanguage.name }))}</a>`;
    const checksum = `<code class="sha256">${everyLanguage.sha256}</code>`;
    const checksumLink = `<a href="${site(`/download/${everyLanguage.name}.sha256`)}">${escapeHtml(t('download.checksumLink'))}</a>`;
    const sha = fillSlots(escapeHtml(t('download.sha256', { checksum: slot('checksum'), checksumLink: slot('checksumLink') })), { checksum, checksumLink });
    const infoLine = escapeHtml(t('download.bundleInfo', { size: megabytes(everyLanguage.bytes), files: everyLanguage.files, ...editionValues }));
    // Joined as the page's language lists things ("…, Español et العربية"; Arabic commas).
    const languageLinks = new Intl.ListFormat(locales[i].lang, { type: 'conjunction' }).format(
      languages.map(({ locale, name, bytes }) => {
        const { lang, dir, label } = localeOf(locale);
        return `<a class="bundle-link-language" href="${site(`/download/${name}`)}" hreflang="${lang}" download><span lang="${lang}" dir="${dir}">${escapeHtml(label)}</span></a> (${escapeHtml(t('download.bundleSize', { size: megabytes(bytes) }))})`;
      }),
    );
    const oneLanguage = fillSlots(escapeHtml(t('download.bundleLanguages', { links: slot('links') })), { links: languageLinks });
    const oneLanguageLine = languages.length ? `<p>${oneLanguage}</p>` : '';
    writeFileSync(page, html.replace(block, `<div class="${bundleInfoClass}"><p>${link} ${infoLine}</p><p>${sha}</p>${oneLanguageLine}</div>`));
  }
  if (!keepTree) rmSync(work, { recursive: true, force: true });
  return { ...everyLanguage, languages, tree };
}
