/** Marks the words a reader searched for when they land from a search result (`?highlight=`). */
import { escapeRegExp } from '../core/text.ts';

export function highlightFromUrl(doc: Document, search: string): number {
  const query = new URLSearchParams(search).get('highlight');
  const root = doc.querySelector('.sl-markdown-content');
  if (!query || !root) return 0;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('script, style, mark, .cite-tip, button') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let count = 0;
  for (const node of nodes) {
    const ranges = highlightRanges(node.data, query);
    for (const [start, end] of ranges.reverse()) {
      const match = node.splitText(start);
      match.splitText(end - start);
      const mark = doc.createElement('mark');
      mark.className = 'search-hit';
      match.replaceWith(mark);
      mark.append(match);
      count++;
    }
  }
  if (count && !window.location.hash) doc.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
  return count;
}

/** Ranges of `text` matching any query word (case-insensitive, at word starts), for <mark>. */
export function highlightRanges(text: string, query: string): [number, number][] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length >= 2);
  if (!words.length) return [];
  const ranges: [number, number][] = [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escapeRegExp).join('|')})`, 'giu');
  for (const m of text.matchAll(pattern)) ranges.push([m.index!, m.index! + m[0].length]);
  return ranges;
}
