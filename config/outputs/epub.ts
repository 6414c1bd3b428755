/**
 * Writes the EPUB 3 (`download/mcof-atlas-<lang>-<date>.epub`) into the finished site: the
 * files from src/core/epub.ts in an OCF zip, `mimetype` first and stored uncompressed as
 * the format requires. Dated with the content date, so the same content gives the same file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { Book } from '../../src/core/book.ts';
import { epubFiles, epubName } from '../../src/core/epub.ts';

export function epubBytes(book: Book): Uint8Array {
  const mtime = new Date(`${book.edition.contentDate}T00:00:00Z`);
  const files: Zippable = {};
  for (const f of epubFiles(book)) {
    files[f.path] = [strToU8(f.content), { level: f.path === 'mimetype' ? 0 : 9, mtime }];
  }
  return zipSync(files);
}

/** Writes the book into `<dist>/download/` and returns its name and size. */
export function writeEpub(dist: string, book: Book): { name: string; bytes: number } {
  const name = epubName(book.lang, book.edition.contentDate);
  const bytes = epubBytes(book);
  mkdirSync(join(dist, 'download'), { recursive: true });
  writeFileSync(join(dist, 'download', name), bytes);
  return { name, bytes: bytes.length };
}
