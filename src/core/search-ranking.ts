/**
 * Pagefind ranking shared by the header search and the /search/ page. Source documents
 * are long single pages; Pagefind's default length penalty (0.75) buries a paragraph
 * quoted word for word under short pages that merely mention it. 0.15 keeps short
 * defining pages first for one-word queries while letting exact phrases reach the source.
 */
export const searchRanking = {
  pageLength: 0.15,
  termFrequency: 1.0,
  termSaturation: 1.4,
  termSimilarity: 1.0,
};
