/**
 * The book both e-book formats are made from: the project's content as a model whose
 * addresses are the book's anchors, turned into chapters once per build and language.
 */
import { bookAddresses } from '../../src/core/addresses.ts';
import { type Book, buildBook, resolveBookLinks } from '../../src/core/book.ts';
import type { AtlasEdition } from '../../src/core/edition.ts';
import { projectModel } from '../../src/project/plain-model.ts';

const books = new Map<string, Book>();

export function projectBook(edition: AtlasEdition, lang = 'en'): Book {
  const key = `${lang}:${edition.contentDate}:${edition.commit}`;
  let book = books.get(key);
  if (!book) {
    book = resolveBookLinks(buildBook(projectModel({ at: bookAddresses() }), edition, lang));
    books.set(key, book);
  }
  return book;
}
