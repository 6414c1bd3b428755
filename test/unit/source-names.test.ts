/**
 * The names the sources print have entries: every policy, framework or guideline a source
 * names has a policy page, and every acronym or operational term it uses has a glossary
 * entry. The names are data (test/data/source-names.yaml); each row says where the name is
 * printed, so the test also fails when the name is no longer there or the citation does not
 * resolve, and when the entry does not cite the passage that names it.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/core/check/integrity.ts';
import { type CitationLike, resolveCitation, sourceCatalogue } from '../../src/core/citations.ts';
import { realContent } from '../helpers/content.ts';

interface PolicyName {
  name: string;
  cite: CitationLike;
  policy: string;
}

interface GlossaryName {
  cite: CitationLike;
  glossary: string;
}

interface SourceNames {
  policies: PolicyName[];
  acronyms: (GlossaryName & { acronym: string })[];
  terms: (GlossaryName & { term: string })[];
  notAcronyms: { token: string; reason: string }[];
}

const names = yaml.load(readFileSync(new URL('../data/source-names.yaml', import.meta.url), 'utf8')) as SourceNames;
const content = realContent();
const catalogue = sourceCatalogue(content.entries.filter((e) => e.collection === 'sources'));
const byId = (collection: string) => new Map(content.entries.filter((e) => e.collection === collection).map((e) => [e.id, e]));
const policies = byId('policies');
const where = (cite: CitationLike) => `${cite.source} ${cite.paragraph !== undefined ? `¶${cite.paragraph}` : `#${cite.section}`}`;
const sameCite = (a: CitationLike, b: CitationLike) => a.source === b.source && a.paragraph === b.paragraph && a.section === b.section;

function printedAt(cite: CitationLike): string {
  const resolved = resolveCitation(catalogue, cite);
  if (!('text' in resolved)) throw new Error(`${where(cite)}: ${resolved.message}`);
  return resolved.text;
}

describe('policies the sources name', () => {
  it('lists a real number of names, each one once', () => {
    expect(names.policies.length).toBeGreaterThan(80);
    const keys = names.policies.map((p) => `${p.name} @ ${where(p.cite)}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('each name is printed, word for word, in the passage its row cites', () => {
    const missing = names.policies.filter((p) => !printedAt(p.cite).includes(p.name)).map((p) => `"${p.name}" is not in ${where(p.cite)}`);
    expect(missing).toEqual([]);
  });

  it('each name has a policy entry', () => {
    const missing = names.policies.filter((p) => !policies.has(p.policy)).map((p) => `"${p.name}" (${where(p.cite)}): no content/policies/${p.policy}.yaml`);
    expect(missing).toEqual([]);
  });

  it('each policy entry cites the passages that name it', () => {
    const uncited = names.policies
      .filter((p) => policies.has(p.policy))
      .filter((p) => !findCitations(policies.get(p.policy)?.data).some(({ cite }) => sameCite(cite, p.cite)))
      .map((p) => `content/policies/${p.policy}.yaml does not cite ${where(p.cite)}, which names "${p.name}"`);
    expect(uncited).toEqual([]);
  });
});

/** What a source prints as an acronym: two or more capitals or digits (MiGOF, L3, S/NFI, HD(P)N), a plural "s" left off. */
const acronymPattern = /(?<![\p{L}\p{N}])[A-Z][A-Za-z0-9/&()-]*[A-Z0-9](?=s?(?![\p{L}\p{N}]))/gu;

function acronymsIn(text: string): Set<string> {
  return new Set([...text.matchAll(acronymPattern)].map((m) => m[0]));
}

describe('acronyms and terms the sources use', () => {
  const glossary = byId('glossary');
  const namesOf = (id: string) => {
    const d = glossary.get(id)?.data as { term?: string; aliases?: string[] } | undefined;
    return d ? [d.term, ...(d.aliases ?? [])] : [];
  };
  const listed = new Set([...names.acronyms.map((a) => a.acronym), ...names.notAcronyms.map((n) => n.token)]);

  it('finds the acronyms a text prints, plurals and compounds included', () => {
    expect([...acronymsIn('IOM’s COs, the S/NFI and HD(P)N work (GBVAoR/REGA), MiGOF and L3; not Sector 1 or Migrant.')]).toEqual([
      'IOM',
      'CO',
      'S/NFI',
      'HD(P)N',
      'GBVAoR/REGA',
      'MiGOF',
      'L3',
    ]);
  });

  it('every acronym printed in a source is on the list (or listed as not an acronym, with a reason)', () => {
    const unlisted: string[] = [];
    for (const source of content.entries.filter((e) => e.collection === 'sources')) {
      for (const token of acronymsIn(source.body ?? '')) {
        if (listed.has(token)) continue;
        // A compound such as GBVAoR/REGA or IOM-OXFAM-UNICEF is covered when each of its parts is.
        const parts = token.split(/[/-]/).filter((p) => /^[A-Z][A-Za-z0-9()]*[A-Z0-9]$/.test(p));
        if (parts.length > 1 && parts.every((p) => listed.has(p))) continue;
        unlisted.push(`${token} (content/sources/${source.id}.md)`);
      }
    }
    expect(unlisted).toEqual([]);
  });

  it('each listed acronym and term is printed in the passage its row cites', () => {
    const missing = [
      ...names.acronyms.filter((a) => !printedAt(a.cite).includes(a.acronym)).map((a) => `${a.acronym} is not in ${where(a.cite)}`),
      ...names.terms.filter((t) => !printedAt(t.cite).toLowerCase().includes(t.term.toLowerCase())).map((t) => `"${t.term}" is not in ${where(t.cite)}`),
    ];
    expect(missing).toEqual([]);
  });

  it('each listed acronym has a glossary entry with it as the term or an alias', () => {
    const missing = names.acronyms
      .filter((a) => !namesOf(a.glossary).includes(a.acronym))
      .map((a) =>
        glossary.has(a.glossary)
          ? `content/glossary/${a.glossary}.yaml has no term or alias "${a.acronym}"`
          : `${a.acronym}: no content/glossary/${a.glossary}.yaml`,
      );
    expect(missing).toEqual([]);
  });

  it('each listed term has a glossary entry with it as the term or an alias, whatever the case', () => {
    const missing = names.terms
      .filter((t) => !namesOf(t.glossary).some((n) => n?.toLowerCase() === t.term.toLowerCase()))
      .map((t) => `"${t.term}": content/glossary/${t.glossary}.yaml does not have it as its term or an alias`);
    expect(missing).toEqual([]);
  });

  it('gives a reason for every token it leaves out', () => {
    expect(names.notAcronyms.filter((n) => n.reason.trim().length < 10).map((n) => n.token)).toEqual([]);
  });
});
