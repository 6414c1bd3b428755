/**
 * When a page is printed, each link in the content gets a footnote number and the full
 * addresses are listed at the end, so a printed page keeps its references. Links point
 * at the published site (from the canonical URL), also when printed from the offline copy.
 * The list's heading comes from the page, in its language (page-text.ts).
 */
import { readPageText } from './page-text.ts';

/** The interface keys this script reads (MarkdownContent.astro renders them). */
export const printLinksKeys = ['print.links'] as const;
export function siteOrigin(doc: Document): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  if (canonical) return new URL(canonical).origin;
  // A copy opened from disk has no origin worth printing; its footnotes give site paths.
  return window.location.protocol === 'file:' ? '' : window.location.origin;
}

/** The published address of a link, or undefined for links not worth a footnote. */
export function printableAddress(href: string, origin: string, canonicalPath: string): string | undefined {
  if (!href || href.startsWith('#') || href.startsWith('javascript:')) return undefined;
  if (/^(https?:|mailto:)/.test(href)) return href.replace(/^mailto:/, '');
  const url = new URL(href, `${origin || 'http://site.invalid'}${canonicalPath}`);
  return `${origin}${url.pathname.replace(/index\.html$/, '')}${url.hash}`;
}

export function enablePrintFootnotes(doc: Document): void {
  const added: Element[] = [];
  window.addEventListener('beforeprint', () => {
    const main = doc.querySelector('.sl-markdown-content');
    if (!main) return;
    const origin = siteOrigin(doc);
    const canonicalPath = new URL(doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? window.location.href).pathname;
    const addresses: string[] = [];
    for (const link of main.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      // Tables and diagrams whose every cell is a link opt out with data-no-print-refs: a footnote per cell would bury them.
      if (link.closest('.matrix-wrap, .planner, .search-page, .para-heading, .cite-tip, .glossary-index, [data-no-print-refs]')) continue;
      const address = printableAddress(link.getAttribute('href') ?? '', origin, canonicalPath);
      if (!address) continue;
      let n = addresses.indexOf(address) + 1;
      if (!n) n = addresses.push(address);
      const sup = doc.createElement('sup');
      sup.className = 'print-ref';
      sup.textContent = `[${n}]`;
      link.after(sup);
      added.push(sup);
    }
    if (!addresses.length) return;
    const section = doc.createElement('section');
    section.className = 'print-links';
    const heading = doc.createElement('h2');
    heading.textContent = readPageText(doc)('print.links');
    section.append(heading);
    const list = doc.createElement('ol');
    for (const a of addresses) {
      const li = doc.createElement('li');
      li.textContent = a;
      list.append(li);
    }
    section.append(list);
    main.append(section);
    added.push(section);
  });
  window.addEventListener('afterprint', () => {
    for (const el of added.splice(0)) el.remove();
  });
}
