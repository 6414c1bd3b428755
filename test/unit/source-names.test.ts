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

interface SourceNames {
  policies: PolicyName[];
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
