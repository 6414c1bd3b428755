import { describe, expect, it } from 'vitest';
import { readSourceStructure } from '../../src/core/source-text.ts';
import { containsVerbatim, excerpt, normalizeForComparison } from '../../src/core/text.ts';

const doc = `## Introduction

1. First paragraph with a note.[^1]

2. Second paragraph:

   - (a) a sub-item that belongs to it;

## Next part

### Detail

3. Third paragraph after a heading restarts nothing.

Closing words.

[^1]: The footnote text.
`;

describe('readSourceStructure', () => {
  const s = readSourceStructure(doc);
  it('reads paragraph numbers as printed, across headings', () => {
    expect([...s.paragraphs.keys()]).toEqual([1, 2, 3]);
  });
  it('keeps sub-items and referenced footnotes in the paragraph text', () => {
    expect(s.paragraphs.get(2)!.text).toContain('(a) a sub-item that belongs to it;');
    expect(s.paragraphs.get(1)!.text).toContain('The footnote text.');
  });
  it('records the section of each paragraph and section text up to the next heading of the same level', () => {
    expect(s.paragraphs.get(3)!.section).toBe('detail');
    expect(s.sections.get('next-part')!.text).toContain('Closing words.');
    expect(s.sections.get('introduction')!.text).not.toContain('Third paragraph');
  });
  it('reports duplicate paragraph numbers', () => {
    expect(readSourceStructure('1. a\n\n1. b\n').duplicateParagraphs).toEqual([1]);
  });
});

describe('text helpers', () => {
  it('treats typographic and plain quotes and dashes as the same wording', () => {
    expect(normalizeForComparison('IOM’s “do no harm” – now')).toBe('IOM\'s "do no harm" - now');
    expect(containsVerbatim('IOM’s   work\nhere', "IOM's work here")).toBe(true);
    expect(containsVerbatim('IOM work', 'IOM works')).toBe(false);
  });
  it('shortens long text at a word boundary', () => {
    expect(excerpt('one two three four five six', 14)).toBe('one two three…');
    expect(excerpt('short', 14)).toBe('short');
  });
});
