/**
 * Copy link, without the noise: a small link icon after each content heading (shown on hover
 * and focus, muted on touch screens), the paragraph number itself in source documents, and one
 * "Copy link to this page" under the title. Navigational headings ("Continue", "Referenced by",
 * "On this page") get none. Without JavaScript the headings' anchors and paragraph numbers are
 * still plain links. From a file:// copy, the published address is copied when the page knows it.
 * Its words come from the page, in the page's language (page-text.ts).
 */
import { type PageText, readPageText } from './page-text.ts';

/** The interface keys this script reads (MarkdownContent.astro renders them). */
export const copyLinkKeys = [
  'copyLink.pageButton',
  'copyLink.label',
  'copyLink.section',
  'copyLink.paragraphTitle',
  'copyLink.statusCopied',
  'copyLink.statusCopiedOnline',
  'copyLink.statusFailed',
] as const;

/**
 * The address a trainer should share: the page without query, plus the fragment. A copy opened
 * from disk shares its published address (the canonical link, present when SITE_URL was set).
 */
export function shareableUrl(location: { origin: string; pathname: string; protocol: string; href: string }, id: string, canonical?: string): string {
  if (location.protocol === 'file:' && canonical) return `${canonical.replace(/[?#].*$/, '')}${id ? `#${id}` : ''}`;
  const base = location.protocol === 'file:' ? location.href.replace(/[?#].*$/, '') : `${location.origin}${location.pathname}`;
  return id ? `${base}#${id}` : base;
}

/** Headings that lead to other pages rather than name a section worth citing. */
export const navigationalHeadings = new Set(['neighbours', 'referenced-by', 'starlight__on-this-page', 'ways-in']);

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // file:// pages and older browsers: fall back to a temporary text area
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

const linkIcon =
  '<svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7"/><path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7"/></svg>';

/** Copies the link to `id` (or the page, for "") and says what happened in the status line. */
async function copyAndTell(doc: Document, t: PageText, id: string): Promise<boolean> {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const url = shareableUrl(window.location, id, canonical);
  const ok = await copyText(url);
  const online = window.location.protocol === 'file:' && canonical;
  const status = doc.getElementById('copy-link-status');
  if (status) status.textContent = t(ok ? (online ? 'copyLink.statusCopiedOnline' : 'copyLink.statusCopied') : 'copyLink.statusFailed', { url });
  return ok;
}

function makeButton(doc: Document, t: PageText, id: string, label: string, text?: string): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = text ? 'copy-link copy-page-link' : 'copy-link';
  button.dataset.target = id;
  if (text) button.innerHTML = `${linkIcon}<span>${text}</span>`;
  else {
    button.setAttribute('aria-label', t('copyLink.label', { target: label }));
    button.title = t('copyLink.label', { target: label });
    button.innerHTML = linkIcon;
  }
  button.addEventListener('click', async () => {
    const ok = await copyAndTell(doc, t, id);
    button.dataset.copied = ok ? 'true' : 'false';
    window.setTimeout(() => delete button.dataset.copied, 2500);
  });
  return button;
}

export function enhanceCopyLinks(doc: Document): void {
  const t = readPageText(doc);
  const root = doc.querySelector('.sl-markdown-content') ?? doc.body;
  if (!doc.getElementById('copy-link-status')) {
    const status = doc.createElement('p');
    status.id = 'copy-link-status';
    status.className = 'sr-only';
    status.setAttribute('role', 'status');
    doc.body.append(status);
  }
  const title = doc.querySelector('h1#_top:not(.hero h1)');
  if (title && !doc.querySelector('.copy-page-link')) title.after(makeButton(doc, t, '', '', t('copyLink.pageButton')));
  for (const heading of root.querySelectorAll<HTMLElement>('h2[id], h3[id]')) {
    if (heading.matches('.para-heading') || navigationalHeadings.has(heading.id)) continue;
    if (heading.closest('.matrix-wrap, .planner, nav, [data-no-copy-link]') || heading.querySelector('.copy-link')) continue;
    const host = heading.closest('.sl-heading-wrapper') ?? heading;
    host.append(makeButton(doc, t, heading.id, t('copyLink.section', { title: heading.textContent?.trim() ?? '' })));
  }
  // In source documents the paragraph number is the control: following it also copies its link.
  for (const number of root.querySelectorAll<HTMLAnchorElement>('.para-heading[id] > a.para-num')) {
    const id = number.parentElement!.id;
    number.title = t('copyLink.paragraphTitle', { number: id.slice(1) });
    number.addEventListener('click', () => {
      void copyAndTell(doc, t, id);
    });
  }
}
