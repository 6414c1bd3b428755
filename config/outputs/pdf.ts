/**
 * Writes the PDF book (`download/mcof-atlas-<lang>-<date>.pdf`, A4) with Typst, through its
 * Node compiler (a prebuilt binary from npm: no browser, no other install). The layout is
 * `book.typ`; the text is the book of src/core/book.ts, handed over as JSON, so the PDF and
 * the EPUB hold the same chapters. Typst embeds the fonts it uses (its own Libertinus Serif).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { Book } from '../../src/core/book.ts';
import { pdfName } from '../../src/core/downloads.ts';

const template = fileURLToPath(new URL('./book.typ', import.meta.url));

export function pdfBytes(book: Book): Buffer {
  const workspace = fileURLToPath(new URL('.', import.meta.url));
  const compiler = NodeCompiler.create({ workspace });
  compiler.mapShadow(join(workspace, 'book.json'), Buffer.from(JSON.stringify(book)));
  const result = compiler.compile({ mainFileContent: readFileSync(template, 'utf8') });
  const error = result.takeError();
  if (error) {
    const messages = (compiler.fetchDiagnostics(error) as { message: string; range?: unknown }[]).map((d) => `${d.message} ${JSON.stringify(d.range ?? '')}`);
    throw new Error(`PDF book: Typst could not lay out config/outputs/book.typ:\n${messages.join('\n')}`);
  }
  const creationTimestamp = Math.floor(Date.parse(`${book.edition.contentDate}T00:00:00Z`) / 1000);
  return compiler.pdf(result.result!, { creationTimestamp });
}

/** Writes the book into `<dist>/download/` and returns its name and size. */
export function writePdf(dist: string, book: Book): { name: string; bytes: number } {
  const name = pdfName(book.lang, book.edition.contentDate);
  const bytes = pdfBytes(book);
  mkdirSync(join(dist, 'download'), { recursive: true });
  writeFileSync(join(dist, 'download', name), bytes);
  return { name, bytes: bytes.length };
}
