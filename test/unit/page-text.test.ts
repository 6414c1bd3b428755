import { describe, expect, it } from 'vitest';
import { pageTextId, readPageText } from '../../src/client/page-text.ts';

/** Just enough of a document for the reader: the page's JSON block, or none. */
const docWith = (json?: string) =>
  ({ getElementById: (id: string) => (id === pageTextId && json !== undefined ? { textContent: json } : null) }) as unknown as Document;

describe('the words a browser script reads from its page', () => {
  it('reads the page’s strings and fills their placeholders', () => {
    const t = readPageText(docWith(JSON.stringify({ 'copyLink.label': 'Copier le lien vers {target}', 'print.links': 'Liens de cette page' })));
    expect(t('copyLink.label', { target: 'cette page' })).toBe('Copier le lien vers cette page');
    expect(t('print.links')).toBe('Liens de cette page');
  });

  it('shows the key of a string the page did not render, and survives a missing or broken block', () => {
    expect(readPageText(docWith('{}'))('copyLink.pageButton')).toBe('copyLink.pageButton');
    expect(readPageText(docWith())('print.links')).toBe('print.links');
    expect(readPageText(docWith('{not json'))('print.links')).toBe('print.links');
  });
});
