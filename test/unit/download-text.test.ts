/**
 * The download page says what each format is in the page's language, from the dictionary;
 * its English must stay what core/downloads.ts says, which the books and the bench also read.
 */
import { describe, expect, it } from 'vitest';
import { downloadKinds } from '../../src/core/downloads.ts';
import { interfaceStrings } from '../../src/core/interface-strings.ts';
import { textIn } from '../helpers/text.ts';

describe('the download page’s format texts', () => {
  it('say in English exactly what core/downloads.ts says', () => {
    for (const kind of downloadKinds) {
      for (const field of ['title', 'forWhom', 'howToOpen'] as const) {
        expect(interfaceStrings[`download.format.${kind.format}.${field}`], `${kind.format} ${field}`).toBe(kind[field]);
      }
    }
  });
  it('are translated', () => {
    expect(textIn('fr')('download.format.epub.title')).toBe('Livre numérique (EPUB 3)');
    expect(textIn('ar')('download.format.zip.title')).toBe('الموقع دون اتصال (ZIP)');
  });
});
