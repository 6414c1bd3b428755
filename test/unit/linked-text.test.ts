import { describe, expect, it } from 'vitest';
import { fillPlaceholders, interfaceText } from '../../src/core/interface.ts';
import { linkedText, placeholderParts } from '../../src/core/linked-text.ts';

const english = (key: Parameters<typeof interfaceText>[1], values?: Record<string, string | number>) => interfaceText('en', key, values);

describe('linkedText', () => {
  it('cuts a sentence where its links go, keeping the other values filled in', () => {
    expect(linkedText(english, 'sectors.intro', ['edition2012Link', 'crosswalkLink'], { count: 15 })).toEqual([
      { text: 'The 2021 Addendum lists 15 sectors of assistance, each a distinct set of IOM activities with its own objective. The ' },
      { link: 'edition2012Link' },
      { text: ' had its own list; the ' },
      { link: 'crosswalkLink' },
      { text: ' maps one to the other.' },
    ]);
  });

  it('follows the order a translation puts the links in', () => {
    const reordered = (_key: string, values?: Record<string, string | number>) => fillPlaceholders('Le {crosswalkLink} et la {edition2012Link}', values);
    expect(linkedText(reordered, 'sectors.intro', ['edition2012Link', 'crosswalkLink'])).toEqual([
      { text: 'Le ' },
      { link: 'crosswalkLink' },
      { text: ' et la ' },
      { link: 'edition2012Link' },
    ]);
  });
});

describe('placeholderParts', () => {
  it('cuts a text at every placeholder, or only at the names given, keeping the others as written', () => {
    expect(placeholderParts('Read {a} or {b}.')).toEqual([{ text: 'Read ' }, { link: 'a' }, { text: ' or ' }, { link: 'b' }, { text: '.' }]);
    expect(placeholderParts('{a} then {b}', ['b'])).toEqual([{ text: '{a}' }, { text: ' then ' }, { link: 'b' }]);
  });
});
