/** Each collection's schema accepts a real entry and rejects each kind of bad one with a clear message. */
import { describe, expect, it } from 'vitest';
import { validateSchemas } from '../../src/core/check/integrity.ts';
import type { RawEntry } from '../../src/project/content-files.ts';
import { entry, realContent } from '../helpers/content.ts';

function problemsFor(collection: RawEntry['collection'], id: string, change: (d: Record<string, any>) => void = () => {}) {
  const e = structuredClone(entry(realContent(), collection, id));
  change(e.data as Record<string, any>);
  return validateSchemas([e]).problems.map((p) => `${p.field}: ${p.message}`);
}

const cases: [RawEntry['collection'], string, string, (d: Record<string, any>) => void, string][] = [
  [
    'sources',
    'mcof-2012',
    'a date in the wrong format',
    (d) => {
      d.date = '20 Sept 2012';
    },
    'date: write the date as YYYY, YYYY-MM or YYYY-MM-DD',
  ],
  [
    'sources',
    'mcof-2012',
    'an unknown kind',
    (d) => {
      d.kind = 'memo';
    },
    'kind: `memo` is not allowed here',
  ],
  [
    'sectors',
    'health',
    'an edition that does not exist',
    (d) => {
      d.edition = 2019;
    },
    'edition: `2019` is not allowed here',
  ],
  [
    'sectors',
    'health',
    'a phase with neither a role nor notInSource',
    (d) => {
      d.phases.during = { summary: 'x' };
    },
    'phases.during.activities: required field `activities` is missing',
  ],
  [
    'sectors',
    'health',
    'own words without a citation',
    (d) => {
      d.description.cite = [];
    },
    'description.cite: own-words text must cite at least one source paragraph or section',
  ],
  [
    'sectors',
    'health',
    'a citation with both paragraph and section',
    (d) => {
      d.objective.cite = { source: 'mcof-2021-addendum', paragraph: 42, section: 'x' };
    },
    'objective.cite: a citation needs exactly one of `paragraph` (a number) or `section` (a heading slug)',
  ],
  [
    'sectors',
    'health',
    'a misspelt field name',
    (d) => {
      d.objectve = d.objective;
    },
    '(whole entry): unknown field `objectve`',
  ],
  [
    'crosswalk',
    'cccm-and-dtm-split',
    'an unknown kind of change',
    (d) => {
      d.change = 'replaced';
    },
    'change: `replaced` is not allowed here',
  ],
  [
    'phases',
    'before',
    'a missing 2021 framing',
    (d) => {
      delete d.framing2021;
    },
    'framing2021: required field `framing2021` is missing',
  ],
  [
    'approaches',
    'localization',
    'an empty title',
    (d) => {
      d.title = '';
    },
    'title: Too small: expected string to have >=1 characters',
  ],
  [
    'crossCutting',
    'law-and-policy',
    'a quote without citation',
    (d) => {
      delete d.quote.cite;
    },
    'quote.cite: required field `cite` is missing',
  ],
  [
    'systems',
    'cluster-system',
    'an unknown kind',
    (d) => {
      d.kind = 'cluster';
    },
    'kind: `cluster` is not allowed here',
  ],
  [
    'policies',
    'sendai-framework',
    'a year as text',
    (d) => {
      d.year = 'fifteen';
    },
    'year: expected a number but found text "fifteen"',
  ],
  [
    'guidance',
    'displacement-tracking',
    'no sector',
    (d) => {
      d.sectors = [];
    },
    'sectors: link the note to at least one 2021 sector',
  ],
  [
    'glossary',
    'migrant',
    'an unknown kind',
    (d) => {
      d.kind = 'word';
    },
    'kind: `word` is not allowed here',
  ],
  [
    'organization',
    'dhrr',
    'an unknown kind',
    (d) => {
      d.kind = 'team';
    },
    'kind: `team` is not allowed here',
  ],
  [
    'regions',
    'asia-pacific',
    'a budget as text',
    (d) => {
      d.budgets2020[0].amountUsdMillions = 'USD 38.7 M';
    },
    'budgets2020.0.amountUsdMillions: expected a number but found text "USD 38.7 M"',
  ],
];

describe('collection schemas', () => {
  const collections = [...new Set(cases.map(([c, id]) => `${c}:${id}`))];
  it.each(collections)('accept the real entry %s', (key) => {
    const [collection, id] = key.split(':') as [RawEntry['collection'], string];
    expect(problemsFor(collection, id)).toEqual([]);
  });

  it.each(cases)('%s (%s) rejects %s', (collection, id, _what, change, expected) => {
    expect(problemsFor(collection, id, change)).toContain(expected);
  });
});
