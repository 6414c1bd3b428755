/**
 * Adds a visible, keyboard-reachable "copy link" button to every heading with an id and
 * every numbered source paragraph, so trainers can paste exact addresses into slides.
 * Without JavaScript the headings' anchors and paragraph numbers are still plain links.
 */

/** The address a trainer should share: the page without query, plus the fragment. */
export function shareableUrl(location: { origin: string; pathname: string; protocol: string; href: string }, id: string): string {
  const base = location.protocol === 'file:' ? location.href.replace(/[?#].*$/, '') : `${location.origin}${location.pathname}`;
  return `${base}#${id}`;
}

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

function makeButton(doc: Document, id: string, label: string): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.dataset.target = id;
  button.setAttribute('aria-label', `Copy link to ${label}`);
  button.textContent = 'Copy link';
  button.addEventListener('click', async () => {
    const url = shareableUrl(window.location, id);
    const ok = await copyText(url);
    button.dataset.copied = ok ? 'true' : 'false';
    button.textContent = ok ? 'Link copied' : 'Copy failed';
    const status = doc.getElementById('copy-link-status');
    if (status) status.textContent = ok ? `Link copied: ${url}` : `Could not copy; the link is ${url}`;
    window.setTimeout(() => {
      button.textContent = 'Copy link';
      delete button.dataset.copied;
    }, 2500);
  });
  return button;
}

export function enhanceCopyLinks(doc: Document): void {
  const root = doc.querySelector('.sl-markdown-content') ?? doc.body;
  if (!doc.getElementById('copy-link-status')) {
    const status = doc.createElement('p');
    status.id = 'copy-link-status';
    status.className = 'sr-only';
    status.setAttribute('role', 'status');
    doc.body.append(status);
  }
  // Headings in the content and the page title's siblings.
  for (const heading of root.querySelectorAll<HTMLElement>('h2[id], h3[id]')) {
    // Paragraph headings of source documents get their own "paragraph N" button below.
    if (heading.matches('.para-heading') || heading.closest('.matrix-wrap, .planner') || heading.querySelector('.copy-link')) continue;
    const host = heading.closest('.sl-heading-wrapper') ?? heading;
    host.append(makeButton(doc, heading.id, `section “${heading.textContent?.trim()}”`));
  }
  for (const heading of root.querySelectorAll<HTMLElement>('.para-heading[id]')) {
    heading.append(makeButton(doc, heading.id, `paragraph ${heading.id.slice(1)}`));
  }
}
