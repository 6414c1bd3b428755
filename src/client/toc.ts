/**
 * "On this page", in the right column and in the phone's bar: marks the heading being read
 * (aria-current) in both, names it in the bar, and closes the bar's list after a choice, a
 * click elsewhere or Esc. The lists are plain links and work without it.
 */

/** The heading being read: the last one whose top has passed the reading line (the first before any has). */
export function currentHeadingIndex(tops: readonly number[], line: number): number {
  let current = 0;
  for (const [i, top] of tops.entries()) {
    if (top > line) break;
    current = i;
  }
  return current;
}

export function followHeadings(doc: Document): void {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('atlas-toc a, atlas-mobile-toc a')];
  if (!links.length) return;
  const ids = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))];
  const headings = ids.map((id) => doc.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  const label = doc.querySelector<HTMLElement>('atlas-mobile-toc .toc-current');
  let shown = '';
  let queued = false;

  const mark = () => {
    queued = false;
    // Where a heading lands when its link is followed (Starlight's scroll padding: below the
    // header, and below the phone's bar when it shows), and a little more.
    const line = (Number.parseFloat(getComputedStyle(doc.documentElement).scrollPaddingTop) || 0) + 8;
    const current =
      headings[
        currentHeadingIndex(
          headings.map((h) => h.getBoundingClientRect().top),
          line,
        )
      ];
    if (!current || current.id === shown) return;
    shown = current.id;
    for (const a of links) {
      if (decodeURIComponent(a.hash.slice(1)) === shown) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
    if (label) label.textContent = links.find((a) => a.hasAttribute('aria-current'))?.textContent ?? '';
  };
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(mark);
  };
  addEventListener('scroll', queue, { passive: true });
  addEventListener('resize', queue, { passive: true });
  mark();

  const details = doc.querySelector<HTMLDetailsElement>('atlas-mobile-toc details');
  if (!details) return;
  const close = () => {
    details.open = false;
  };
  for (const a of details.querySelectorAll('a')) a.addEventListener('click', close);
  addEventListener('click', (e) => {
    if (!details.contains(e.target as Node)) close();
  });
  addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !details.open) return;
    const hadFocus = details.contains(doc.activeElement);
    close();
    if (hadFocus) details.querySelector('summary')?.focus();
  });
}
