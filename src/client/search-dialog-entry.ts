/** The search dialog's module: Search.astro adds it to the page when a reader first reaches for search. */
import { startSearchDialog } from './search-dialog.ts';

for (const root of document.querySelectorAll<HTMLElement>('site-search')) startSearchDialog(root);
