/**
 * The files a reader can take away, per language: what each is for, how to open it, and
 * what it is called. The download page lists them from here; the build's downloads step
 * (config/outputs/downloads.ts) fills in each one's size, date and SHA-256 once the files
 * exist; `npm run bench` holds them to the size budget.
 */
import type { AtlasEdition } from './edition.ts';
import { epubName } from './epub.ts';
import { zimName } from './zim.ts';

/** The file name a reader's download gets: `mcof-atlas-en-2026-12-01.pdf`. */
export function pdfName(lang: string, contentDate: string): string {
  return `mcof-atlas-${lang}-${contentDate}.pdf`;
}

/**
 * The offline ZIP's name: `mcof-atlas-0.1.0-2026-12-01.zip` holds every language,
 * `mcof-atlas-fr-0.1.0-2026-12-01.zip` one language only.
 */
export function bundleName(edition: Pick<AtlasEdition, 'version' | 'contentDate'>, locale?: string): string {
  return `mcof-atlas-${locale ? `${locale}-` : ''}${edition.version}-${edition.contentDate}.zip`;
}

export type DownloadFormat = 'zip' | 'zim' | 'epub' | 'pdf';

export interface DownloadKind {
  format: DownloadFormat;
  title: string;
  /** One sentence: who it is for. */
  forWhom: string;
  /** One sentence: how to open it, naming the apps. */
  howToOpen: string;
  /** The file's name for one language and edition. */
  file: (lang: string, edition: AtlasEdition) => string;
  /** Size budget for one language, in bytes (the ZIP carries the search index and has its own figure in the bench). */
  budget?: number;
}

/** Each one-language ZIM, EPUB and PDF stays under 5 MB: a download on a slow, costly line. */
export const downloadBudget = 5_000_000;

export const downloadKinds: DownloadKind[] = [
  {
    format: 'zip',
    title: 'Offline website (ZIP)',
    forWhom: 'The whole site, with its search, matrix and planner, for a laptop or a USB stick used without a network.',
    howToOpen: 'Unzip it and open mcof-atlas/index.html in Chrome, Edge or Firefox.',
    file: (_lang, e) => bundleName(e),
  },
  {
    format: 'zim',
    title: 'Kiwix library file (ZIM)',
    forWhom: 'For the Kiwix offline reader on phones, laptops and Raspberry Pi hotspots such as Internet-in-a-Box, with Kiwix’s own full-text search.',
    howToOpen:
      'Open it in Kiwix for Android or iOS, Kiwix Desktop (Windows, macOS, Linux) or the Kiwix browser extension, or serve it to a whole team with kiwix-serve.',
    file: (lang, e) => zimName(lang, e.contentDate),
    budget: downloadBudget,
  },
  {
    format: 'epub',
    title: 'E-book (EPUB 3)',
    forWhom:
      'The framework, the 15 sectors, the glossary and the source documents as a book for e-readers and reading apps, every citation a link to its paragraph.',
    howToOpen:
      'Open it in Apple Books, Google Play Books, Kobo, Thorium Reader or KOReader; for a Kindle, send it with Amazon’s Send to Kindle, which accepts EPUB.',
    file: (lang, e) => epubName(lang, e.contentDate),
    budget: downloadBudget,
  },
  {
    format: 'pdf',
    title: 'Printable book (PDF, A4)',
    forWhom: 'The same book laid out on A4 pages with contents, page numbers and bookmarks, to print or to read in any PDF viewer.',
    howToOpen: 'Open it in any PDF viewer (a browser, Adobe Acrobat Reader, Preview); the bookmarks panel lists every chapter and sector.',
    file: (lang, e) => pdfName(lang, e.contentDate),
    budget: downloadBudget,
  },
];

/** "2.7 MB", "123 kB", "900 bytes": decimal units, as download dialogs show them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1000) return `${Math.round(bytes / 1000)} kB`;
  return `${bytes} bytes`;
}

/** What the build knows of a file once written. */
export interface DownloadFile {
  format: DownloadFormat;
  lang: string;
  name: string;
  bytes: number;
  sha256: string;
  date: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The line under a format on the download page: link, size, date and checksum. */
export function downloadFileHtml(file: DownloadFile, href: string): string {
  return `<p><a class="download-link" href="${esc(href)}" download>Download ${esc(file.name)}</a> (<span class="download-size">${formatSize(file.bytes)}</span>, content of ${esc(file.date)}).</p><p class="download-sha">SHA-256: <code class="sha256">${file.sha256}</code></p>`;
}

/** Placeholder the page carries until the build has written the file (and in the offline copies, which do not carry the other formats). */
export function downloadPlaceholder(kind: DownloadKind): string {
  return kind.format === 'zim'
    ? 'Made by npm run build where zim-tools is installed; download it from the online atlas.'
    : 'Made by npm run build; download it from the online atlas.';
}

/**
 * Writes the size after each link marked `data-file-size` (open data, handouts): the
 * reader on a slow line sees it before clicking. `sizeOf` gets the link's href and returns
 * the file's bytes, or undefined when it is not a file of the build.
 */
export function fillFileSizes(html: string, sizeOf: (href: string) => number | undefined): string {
  return html.replace(
    /(<a\b[^>]*\bhref="([^"]+)"[^>]*\bdata-file-size[^>]*>[\s\S]*?<\/a>)(?: <span class="file-size">\([^)]*\)<\/span>)?/g,
    (_all, link: string, href: string) => {
      const bytes = sizeOf(href);
      return bytes === undefined ? link : `${link} <span class="file-size">(${formatSize(bytes)})</span>`;
    },
  );
}

/** The languages the downloads are made in. Only English exists; languages (issue 17) will extend this list. */
export const downloadLanguages = [{ code: 'en', name: 'English' }];
