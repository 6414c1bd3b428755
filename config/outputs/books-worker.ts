/**
 * The child process that lays out the e-books (see books.ts): every language's EPUB and PDF,
 * written into the folder it is given. It needs the content and the edition, never the pages.
 * Usage: node books-worker.ts <folder> '<edition as JSON>'; prints the files it wrote as one
 * JSON line on stdout, or the error on stderr with exit code 1.
 */
import { downloadLanguages } from '../../src/core/downloads.ts';
import type { AtlasEdition } from '../../src/core/edition.ts';
import { projectBook } from './book-source.ts';
import type { BookFiles } from './books.ts';
import { writeEpub } from './epub.ts';
import { writePdf } from './pdf.ts';

const [folder, editionJson] = process.argv.slice(2);
const edition = JSON.parse(editionJson) as AtlasEdition;
try {
  const books = downloadLanguages.map((l) => projectBook(edition, l.code));
  const files: BookFiles = { epub: books.map((b) => writeEpub(folder, b)), pdf: books.map((b) => writePdf(folder, b)) };
  process.stdout.write(`${JSON.stringify(files)}\n`);
} catch (e) {
  // The message is what the build prints; the stack of this child says nothing to an editor.
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = 1;
}
