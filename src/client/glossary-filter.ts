/**
 * /glossary/: a box that narrows the terms as the reader types, matching the term, its
 * acronym or full form and its definition in the page's language, accents folded
 * (core/text-fold.ts). Says how many match, or that none does; Esc clears. The box is in the
 * page hidden and shown here, so without JavaScript the page is the full glossary.
 */
import { foldText, matchesWords, queryWords } from '../core/text-fold.ts';
import { scriptText } from './page-text.ts';

export function enhanceGlossary(doc: Document): void {
  const box = doc.querySelector<HTMLElement>('.glossary-filter');
  const input = box?.querySelector('input');
  const status = doc.getElementById('glossary-status');
  if (!box || !input || !status) return;
  const t = scriptText(box);
  const entries = [...doc.querySelectorAll<HTMLElement>('.glossary-entry')].map((section) => {
    const heading = section.querySelector('h2');
    const definition = section.querySelector('.glossary-body > p');
    return {
      section,
      indexItem: heading ? doc.querySelector<HTMLElement>(`.glossary-index a[href="#${CSS.escape(heading.id)}"]`)?.parentElement : null,
      text: foldText(`${heading?.textContent ?? ''} ${definition?.textContent ?? ''}`),
    };
  });

  const apply = () => {
    const words = queryWords(input.value);
    let shown = 0;
    for (const entry of entries) {
      const match = matchesWords(entry.text, words);
      entry.section.hidden = !match;
      if (entry.indexItem) entry.indexItem.hidden = !match;
      if (match) shown++;
    }
    status.textContent = !words.length
      ? ''
      : shown === 0
        ? t('glossary.filter.none', { query: input.value.trim() })
        : t(shown === 1 ? 'glossary.filter.count.one' : 'glossary.filter.count.many', { count: shown });
  };
  box.hidden = false;
  input.addEventListener('input', apply);
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !input.value) return;
    event.preventDefault();
    input.value = '';
    apply();
  });
  // A value the browser restored (back button) is applied at once.
  if (input.value) apply();
}
