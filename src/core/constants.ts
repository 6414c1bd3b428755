/**
 * Strings shared by build steps and browser code: element ids, class names, meta names
 * and globals. One home, so a rename cannot leave the two sides disagreeing.
 */

/** `<meta name>` the offline copy adds to each page: the relative path back to its root. */
export const offlineRootMeta = 'mcof-offline-root';
/** Class of the element on /download/ that the build fills with the offline ZIP's link and checksum. */
export const bundleInfoClass = 'bundle-info';
/** Class of the search link that replaces Starlight's search dialog in the offline copy. */
export const offlineSearchLinkClass = 'offline-search-link';
/** Class of the hidden block of glossary synonyms added to each page for search. */
export const searchSynonymsClass = 'search-synonyms';
/** Class of the footer line naming the atlas edition. */
export const editionClass = 'atlas-edition';
/** Global through which `astro dev` hands the content check's report to the page renderer (src/middleware.ts). */
export const devProblemsGlobal = '__mcofContentProblems';
/**
 * `Symbol.for` key of the list of extra HTML documents (source paragraphs, glossary terms)
 * the build hands to Pagefind; Starlight's Pagefind step reads it (patches/).
 */
export const pagefindRecordsKey = 'mcof-atlas:pagefind-extra-html';
