/** The e-books are laid out in a child process; what it writes, and what a failure says. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { booksInChild } from '../../config/outputs/books.ts';

const edition = { version: '0.1.0', contentDate: '2026-01-01', commit: 'abcdef0' };
const temp = mkdtempSync(join(tmpdir(), 'atlas-books-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('e-books child process', () => {
  it('moves each book into download/ of the finished site and leaves no work folder behind', async () => {
    const work = join(temp, 'ok.books');
    const dist = join(temp, 'dist');
    const books = booksInChild({ edition, work: () => work });
    books.start();
    const epub = await books.take('epub', dist);
    const pdf = await books.take('pdf', dist);
    expect(epub.map((f) => f.name)).toEqual(['mcof-atlas-en-2026-01-01.epub']);
    expect(pdf.map((f) => f.name)).toEqual(['mcof-atlas-en-2026-01-01.pdf']);
    const pdfBytes = readFileSync(join(dist, 'download', pdf[0].name));
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfBytes.length).toBe(pdf[0].bytes);
    expect(
      readFileSync(join(dist, 'download', epub[0].name))
        .subarray(30, 38)
        .toString(),
    ).toBe('mimetype');
    expect(existsSync(work)).toBe(false);
  }, 60_000);

  it("fails the step with the child's own error (here Typst's, on a content folder with nothing in it)", async () => {
    const before = process.env.MCOF_CONTENT_DIR;
    process.env.MCOF_CONTENT_DIR = join(temp, 'no-such-content');
    const books = booksInChild({ edition, work: () => join(temp, 'bad.books') });
    try {
      books.start();
    } finally {
      if (before === undefined) delete process.env.MCOF_CONTENT_DIR;
      else process.env.MCOF_CONTENT_DIR = before;
    }
    const error = await books.take('epub', join(temp, 'dist-bad')).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^E-books: the child process that lays them out failed \(exit code 1\):\n/);
    expect((error as Error).message).toContain('PDF book: Typst could not lay out config/outputs/book.typ:');
    expect((error as Error).message).not.toMatch(/\n\s+at /);
  }, 60_000);
});
