import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mainText } from '../../config/integrations/search-synonyms.ts';
import { locales } from '../../src/core/locales.ts';
import { mentions, synonymGroups, synonymsFor } from '../../src/core/search-synonyms.ts';
import { translateEntries } from '../../src/core/translations.ts';
import { realContent } from '../helpers/content.ts';

const groups = synonymGroups([
  { term: 'WASH', kind: 'acronym', expansion: 'water, sanitation and hygiene', aliases: ['water and sanitation'] },
  { term: 'CCCM', kind: 'acronym', expansion: 'camp coordination and camp management', aliases: [] },
  { term: 'durable solutions', kind: 'term', aliases: [] },
]);

describe('search synonyms from the glossary', () => {
  it('adds the expansion to a page that only uses the acronym', () => {
    expect(synonymsFor('IOM WASH teams', groups)).toEqual(['water, sanitation and hygiene', 'water and sanitation']);
  });
  it('adds the acronym to a page that only uses the expansion, whatever its punctuation', () => {
    expect(synonymsFor('Camp Coordination and Camp Management in floods', groups)).toEqual(['CCCM']);
    expect(synonymsFor('water sanitation and hygiene', groups)).toContain('WASH');
  });
  it('does not treat a lower-case word as the acronym', () => {
    expect(synonymsFor('wash your hands', groups)).toEqual([]);
  });
  it('ignores entries with nothing to pair', () => {
    expect(groups).toHaveLength(2);
  });
  it('covers the acronyms staff type, from the real glossary', () => {
    const entries = realContent()
      .entries.filter((e) => e.collection === 'glossary')
      .map((e) => e.data as any);
    const real = synonymGroups(entries.map((d) => ({ term: d.term, kind: d.kind, expansion: d.expansion, aliases: d.aliases ?? [] })));
    for (const acronym of ['WASH', 'CCCM', 'MHPSS', 'HLP', 'DTM', 'CBI', 'NFI', 'DRR']) {
      expect(
        real.some((g) => g.members[0].text === acronym && g.members.length > 1),
        acronym,
      ).toBe(true);
    }
  });
  it('finds a member exactly when its pattern does: the quick word test never hides a mention', () => {
    const content = realContent();
    const glossary = content.entries.filter((e) => e.collection === 'glossary');
    // Every language's glossary: French accents, Spanish ñ, Arabic script.
    const real = locales.flatMap(({ code }) =>
      synonymGroups(
        translateEntries(glossary, content.translations ?? [], code).map((e) => {
          const d = e.data as any;
          return { term: d.term, kind: d.kind, expansion: d.expansion, aliases: d.aliases ?? [] };
        }),
      ),
    );
    const members = real.flatMap((g) => g.members);
    const noise = fc.oneof(fc.constantFrom('', ' ', 'x', '1', 'é', 'İ', 'ß', '-', '\n'), fc.string({ unit: 'grapheme', maxLength: 4 }));
    const cased = fc.constantFrom<(w: string) => string>(
      (w) => w,
      (w) => w.toUpperCase(),
      (w) => w.toLowerCase(),
      (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...members), cased, fc.constantFrom(' ', ', ', '\n', '  ', '-'), noise, noise, (m, caseOf, gap, before, after) => {
        // The member itself as a page may write it: any case, other punctuation, text around it.
        const text = `${before}${caseOf(m.text)
          .split(/[\s,]+/)
          .join(gap)}${after}`;
        expect(mentions(m, text, text.toLowerCase()), text).toBe(m.pattern.test(text));
      }),
      { numRuns: 5000 },
    );
  });
  it('reads the text of <main> without scripts and hidden facets', () => {
    expect(
      mainText('<header><a>Home</a></header><main><p>WASH &amp; more</p><script>x</script><div hidden data-pagefind-ignore><span>Sector</span></div></main>')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('WASH & more');
  });
});
