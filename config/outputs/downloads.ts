/**
 * The downloads step: once every file is written, the download page gets each one's size,
 * date and SHA-256 (and a `.sha256` file beside it), links marked `data-file-size` on any
 * page get their size, and `download/downloads.json` lists them all for scripts and the bench.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withBase, withoutBase } from '../../src/core/deploy.ts';
import { type DownloadFile, downloadFileHtml, downloadKinds, fillFileSizes } from '../../src/core/downloads.ts';
import type { AtlasEdition } from '../../src/core/edition.ts';
import { listFiles } from '../../src/project/files.ts';

/** The class of the block the page shows for one format and language, filled in here. */
export const downloadFileClass = 'download-file';

export function writeDownloads({ dist, base, edition, langs }: { dist: string; base: string; edition: AtlasEdition; langs: string[] }): DownloadFile[] {
  const files: DownloadFile[] = [];
  for (const lang of langs) {
    for (const kind of downloadKinds) {
      const name = kind.file(lang, edition);
      const path = join(dist, 'download', name);
      if (!existsSync(path)) continue;
      const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
      if (!existsSync(`${path}.sha256`)) writeFileSync(`${path}.sha256`, `${sha256}  ${name}\n`);
      files.push({ format: kind.format, lang, name, bytes: statSync(path).size, sha256, date: edition.contentDate });
    }
  }
  writeFileSync(join(dist, 'download', 'downloads.json'), `${JSON.stringify({ edition, files }, null, 1)}\n`);

  const page = join(dist, 'download', 'index.html');
  let html = readFileSync(page, 'utf8');
  for (const file of files) {
    const block = new RegExp(`(<div class="${downloadFileClass}" data-format="${file.format}" data-lang="${file.lang}">)[\\s\\S]*?(</div>)`);
    if (file.format !== 'zip' && !block.test(html))
      throw new Error(`downloads: the download page has no <div class="${downloadFileClass}" data-format="${file.format}" data-lang="${file.lang}">`);
    html = html.replace(block, (_all, open: string, close: string) => `${open}${downloadFileHtml(file, withBase(base, `/download/${file.name}`))}${close}`);
  }
  writeFileSync(page, html);

  // Every link marked `data-file-size`, on any page (open data, handouts), gets its size.
  const sizeOf = (href: string) => {
    const sitePath = withoutBase(base, href.replace(/[#?].*$/, ''));
    if (!sitePath) return undefined;
    const target = join(dist, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
    return existsSync(target) ? statSync(target).size : undefined;
  };
  for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
    const text = readFileSync(file, 'utf8');
    if (text.includes('data-file-size')) writeFileSync(file, fillFileSizes(text, sizeOf));
  }
  return files;
}
