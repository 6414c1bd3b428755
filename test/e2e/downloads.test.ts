/**
 * The download page of the built site lists every format per language with the size,
 * date and SHA-256 of the very file in dist/download/, what it is for and how to open it;
 * open-data and handout links show their size; each one-language book stays in budget.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { downloadBudget, downloadKinds, downloadLanguages, formatSize } from '../../src/core/downloads.ts';
import { type LocaleCode, localeOf, locales } from '../../src/core/locales.ts';
import { dist, page, requireBuild } from '../helpers/dist.ts';
import { bundleInfo } from '../helpers/offline.ts';

let html: string;
const text = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

beforeAll(() => {
  requireBuild();
  html = page('/download/');
});

describe('download page', () => {
  it('lists the ZIM, EPUB and PDF of each language with the size, date and SHA-256 of the file built', () => {
    const listed = JSON.parse(readFileSync(join(dist, 'download', 'downloads.json'), 'utf8')) as { files: { format: string; lang: string; name: string }[] };
    for (const lang of downloadLanguages) {
      for (const kind of downloadKinds.filter((k) => k.format !== 'zip')) {
        const entry = listed.files.find((f) => f.format === kind.format && f.lang === lang.code);
        expect(entry, `${kind.format} ${lang.code} in downloads.json`).toBeDefined();
        const file = join(dist, 'download', entry!.name);
        const block = new RegExp(`<div class="download-file" data-format="${kind.format}" data-lang="${lang.code}">([\\s\\S]*?)</div>`).exec(html)?.[1] ?? '';
        expect(block).toContain(`href="/download/${entry!.name}"`);
        expect(text(block)).toContain(`(${formatSize(statSync(file).size)}, content of `);
        expect(block).toContain(createHash('sha256').update(readFileSync(file)).digest('hex'));
        expect(readFileSync(`${file}.sha256`, 'utf8')).toMatch(new RegExp(`^[0-9a-f]{64}  ${entry!.name.replace(/\./g, '\\.')}\\n$`));
      }
    }
  });

  it('offers the offline ZIP with every language and one per language, each with its size, in the page language', () => {
    const info = bundleInfo();
    const megabytes = (bytes: number, lang: string) =>
      new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1_000_000);
    expect(info.languages.map((l) => l.locale)).toEqual(locales.map((l) => l.code));
    for (const l of info.languages) {
      expect(statSync(join(dist, 'download', l.name)).size).toBe(l.bytes);
      expect(text(html)).toContain(`${localeOf(l.locale as LocaleCode).label} (${megabytes(l.bytes, 'en')} MB)`);
    }
    const french = text(page('/fr/download/'));
    expect(french).toContain('Ou une seule langue, environ un quart de la taille : ');
    expect(french).toContain(`Français (${megabytes(info.languages[1].bytes, 'fr')} Mo)`);
    expect(page('/fr/download/')).toContain(`href="/download/${info.languages[1].name}" hreflang="fr" download`);
  });

  it('says for every format what it is for and how to open it, naming the apps', () => {
    const page = text(html);
    for (const kind of downloadKinds) {
      expect(page).toContain(kind.title);
      expect(page).toContain(kind.forWhom);
      expect(page).toContain(kind.howToOpen);
    }
    expect(page).toMatch(/Kiwix for Android or iOS, Kiwix Desktop/);
    expect(page).toMatch(/Apple Books, Google Play Books, Kobo, Thorium Reader/);
  });

  it('shows the size next to the open data and handout links', () => {
    for (const [href, file] of [
      ['/data/mcof.json', 'data/mcof.json'],
      ['/data/matrix.csv', 'data/matrix.csv'],
    ]) {
      const size = new RegExp(`href="${href}"[^>]*>[^<]*</a> <span class="file-size">\\(([^)]+)\\)</span>`).exec(html)?.[1];
      expect(size, href).toBe(formatSize(statSync(join(dist, file)).size));
    }
    expect(html).toMatch(/handout<\/a> <span class="file-size">\(\d+ kB\)<\/span>/);
    const size = formatSize(statSync(join(dist, 'sectors/health/handout/index.html')).size);
    expect(page('/sectors/health/')).toContain(`Printable handout</a> <span class="file-size">(${size})</span>`);
  });

  it('keeps each one-language ZIM, EPUB and PDF within 5 MB', () => {
    const listed = JSON.parse(readFileSync(join(dist, 'download', 'downloads.json'), 'utf8')) as { files: { format: string; bytes: number; name: string }[] };
    const over = listed.files.filter((f) => f.format !== 'zip' && f.bytes > downloadBudget);
    expect(over.map((f) => `${f.name}: ${formatSize(f.bytes)}`)).toEqual([]);
    expect(listed.files.filter((f) => f.format !== 'zip')).toHaveLength(3 * downloadLanguages.length);
  });
});
