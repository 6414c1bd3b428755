/**
 * Every slip an editor can make, made on a copy of the real content folder and read the
 * way `npm run check:content` and the build read it: each case names the file, the field
 * (or line), the exact message and the fix the editor is shown. Table-driven, so a new
 * kind of mistake is one row.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type Problem } from '../../src/core/check/integrity.ts';
import { readContent } from '../../src/project/content-files.ts';
import { root } from '../helpers/content.ts';

const scratch = mkdtempSync(join(tmpdir(), 'mcof-bad-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of content/ at <tmp>/content, changed by `edit`, then checked. */
function problemsAfter(edit: (file: (path: string) => string) => void): Problem[] {
  const site = join(scratch, String(copies++));
  cpSync(join(root, 'content'), join(site, 'content'), { recursive: true });
  edit((path) => join(site, 'content', path));
  try {
    return checkContent(readContent(site, join(site, 'content')));
  } finally {
    // Removed at once rather than all in afterAll, which on a busy machine outlasts a hook's time.
    rmSync(site, { recursive: true, force: true });
  }
}

const replaceIn = (path: string, from: string | RegExp, to: string) => {
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test setup: ${String(from)} not found in ${path}`);
  writeFileSync(path, next);
};

interface Case {
  name: string;
  edit: (file: (path: string) => string) => void;
  expect: Partial<Problem> & { file: string };
  /** The exact number of problems reported (knock-on errors folded). */
  count?: number;
}

const cases: Case[] = [
  {
    name: 'a policy saved with an upper-case extension',
    edit: (f) => cpSync(f('policies/sendai-framework.yaml'), f('policies/New-Policy.YAML')),
    expect: {
      file: 'content/policies/New-Policy.YAML',
      field: '(file name)',
      message: 'this file is not loaded: its extension must be written in lower case (`.yaml` or `.yml`)',
      fix: 'rename it to `new-policy.yaml`',
    },
  },
  {
    name: 'a policy saved as .yaml.txt',
    edit: (f) => cpSync(f('policies/sendai-framework.yaml'), f('policies/new-policy.yaml.txt')),
    expect: {
      file: 'content/policies/new-policy.yaml.txt',
      field: '(file name)',
      message: 'this file is not loaded: entries in content/policies/ are `.yaml` or `.yml` files',
      fix: 'rename it to `new-policy.yaml` if it is an entry; otherwise move it out of content/ (a name starting with _ keeps a draft here unloaded)',
    },
  },
  {
    name: 'an editor backup beside a sector',
    edit: (f) => cpSync(f('sectors/2021/health.yaml'), f('sectors/2021/health.yaml~')),
    expect: {
      file: 'content/sectors/2021/health.yaml~',
      field: '(file name)',
      message: 'this looks like an editor’s backup or temporary file, and is not loaded',
    },
  },
  {
    name: 'a misspelt collection folder',
    edit: (f) => cpSync(f('policies'), f('polices'), { recursive: true }),
    expect: {
      file: 'content/polices',
      field: '(folder)',
      message: 'no collection reads content/polices',
      fix: 'did you mean content/policies/? Move its files there',
    },
  },
  {
    name: 'an empty file',
    edit: (f) => writeFileSync(f('policies/new-policy.yaml'), '\n'),
    expect: {
      file: 'content/policies/new-policy.yaml',
      field: '(file)',
      message: 'the file is empty',
      fix: 'copy a neighbouring entry as a start, or delete the file',
    },
    count: 1,
  },
  {
    name: 'an unclosed quote, reported at its line',
    edit: (f) => replaceIn(f('sectors/2021/health.yaml'), 'title: Health', 'title: "Health'),
    expect: { file: 'content/sectors/2021/health.yaml', field: 'line 5' },
  },
  {
    name: 'a tab used for indentation',
    edit: (f) =>
      replaceIn(
        f('sectors/2021/health.yaml'),
        /\n {2}cite: \{ source: mcof-2021-addendum, paragraph: 42 \}/,
        '\n\tcite: { source: mcof-2021-addendum, paragraph: 42 }',
      ),
    expect: { file: 'content/sectors/2021/health.yaml', fix: 'indent with spaces, not tabs (two spaces per level)' },
  },
  {
    name: 'a glossary term defined in a second file',
    edit: (f) => cpSync(f('glossary/wash.yaml'), f('glossary/wash-again.yaml')),
    expect: { file: 'content/glossary/wash.yaml', field: 'term', message: '"WASH" is already defined as the term of content/glossary/wash-again.yaml' },
  },
  {
    name: 'an alias that is another entry’s term, in another case',
    edit: (f) => replaceIn(f('glossary/gbv.yaml'), '  - "gender based violence"\n', '  - "gender based violence"\n  - "wash"\n'),
    expect: { file: 'content/glossary/wash.yaml', field: 'term', message: '"WASH" is already defined as the alias of content/glossary/gbv.yaml' },
  },
  {
    name: 'two sectors of an edition with the same number',
    edit: (f) => replaceIn(f('sectors/2021/protection.yaml'), 'number: 7', 'number: 5'),
    expect: { file: 'content/sectors/2021/protection.yaml', field: 'number', message: 'number 5 is already used by content/sectors/2021/health.yaml' },
  },
  {
    name: 'the same id in both editions’ folders',
    edit: (f) => cpSync(f('sectors/2021/health.yaml'), f('sectors/2012/health.yaml')),
    expect: { file: 'content/sectors/2021/health.yaml', field: '(file name)', message: 'id "health" is already used by content/sectors/2012/health.yaml' },
  },
  {
    name: 'a numbered paragraph lost from a source',
    edit: (f) => replaceIn(f('sources/mcof-2021-addendum.md'), /\n33\. [^\n]*\n/, '\n'),
    expect: { file: 'content/sources/mcof-2021-addendum.md', field: '(body)', message: 'paragraph ¶33 is missing (the numbers jump from ¶32)' },
  },
  {
    name: 'a paragraph number typed twice',
    edit: (f) => replaceIn(f('sources/mcof-2021-addendum.md'), '\n34. **Camp', '\n33. **Camp'),
    expect: { file: 'content/sources/mcof-2021-addendum.md', field: '(body)', message: 'paragraph 33 appears more than once' },
  },
  {
    name: 'a footnote marker without its note',
    edit: (f) => replaceIn(f('sources/mcof-2021-addendum.md'), 'well-being of migrants,[^1]', 'well-being of migrants,[^9]'),
    expect: {
      file: 'content/sources/mcof-2021-addendum.md',
      message: 'footnote marker [^9] has no note',
      fix: 'add the note as printed, on a line of its own: `[^9]: …`',
    },
  },
  {
    name: 'a footnote whose marker was lost',
    edit: (f) => replaceIn(f('sources/mcof-2021-addendum.md'), 'well-being of migrants,[^1]', 'well-being of migrants,'),
    expect: { file: 'content/sources/mcof-2021-addendum.md', field: 'body line 161', message: 'footnote [^1] is never referred to in the text' },
  },
  {
    name: 'an unclosed <div> in a guidance note',
    edit: (f) => appendFileSync(f('guidance/cash-based-interventions.mdx'), '\n<div class="note">\n\nUnclosed.\n'),
    expect: { file: 'content/guidance/cash-based-interventions.mdx', fix: 'close the tag (`<div>` … `</div>`), or write `&lt;` for a literal <' },
  },
  {
    name: 'a guidance link to a sector that does not exist',
    edit: (f) => appendFileSync(f('guidance/cash-based-interventions.mdx'), '\nSee [shelter](/sectors/shelter-and-settlement/).\n'),
    expect: {
      file: 'content/guidance/cash-based-interventions.mdx',
      message: 'the link /sectors/shelter-and-settlement/ goes to no page of the site',
      fix: 'did you mean /sectors/shelter-and-settlements/?',
    },
  },
  {
    name: 'a guidance link to a paragraph that does not exist',
    edit: (f) => appendFileSync(f('guidance/cash-based-interventions.mdx'), '\nSee [¶99](/sources/mcof-2021-addendum/#p99).\n'),
    expect: {
      file: 'content/guidance/cash-based-interventions.mdx',
      message: 'the link /sources/mcof-2021-addendum/#p99 goes to /sources/mcof-2021-addendum/, which has no #p99',
    },
  },
  {
    name: 'a phase summary that presents a rating',
    edit: (f) => replaceIn(f('sectors/2021/health.yaml'), /summary: ([^\n]+)/, 'summary: "Critical: in a crisis, IOM delivers health care."'),
    expect: {
      file: 'content/sectors/2021/health.yaml',
      message: '"Critical:" presents a rating as IOM\'s; the sources rate no sector as critical, important or recommended',
    },
  },
  {
    name: 'a regional figure mistyped',
    edit: (f) => replaceIn(f('regions/asia-pacific.yaml'), 'value: "174"', 'value: "175"'),
    expect: {
      file: 'content/regions/asia-pacific.yaml',
      field: 'figures.2.value',
      message: 'the figure 175 is not printed in the passage it cites (asia-pacific-epc-2020 “facts-and-figures”)',
    },
  },
  {
    name: 'a budget mistyped',
    edit: (f) => replaceIn(f('regions/asia-pacific.yaml'), 'amountUsdMillions: 38.7', 'amountUsdMillions: 37.8'),
    expect: {
      file: 'content/regions/asia-pacific.yaml',
      field: 'budgets2020.0.amountUsdMillions',
      message: 'the figure 37.8 is not printed in the passage it cites (asia-pacific-epc-2020 “active-emergency-and-post-crisis-programmes”)',
    },
  },
  {
    name: 'a number written in words',
    edit: (f) => replaceIn(f('sectors/2021/health.yaml'), 'number: 5', 'number: five'),
    expect: {
      file: 'content/sectors/2021/health.yaml',
      field: 'number',
      message: 'expected a number but found text "five"',
      fix: 'write it as `number: 3` (digits only, no quotes or units)',
    },
  },
  {
    name: 'a field name misspelt',
    edit: (f) => replaceIn(f('sectors/2021/health.yaml'), '\ndescription:', '\ndescripton:'),
    expect: { file: 'content/sectors/2021/health.yaml', field: '(whole entry)', message: 'unknown field `descripton`', fix: 'did you mean `description`?' },
  },
  {
    name: 'a phase with neither summary nor notInSource',
    edit: (f) => replaceIn(f('sectors/2021/displacement-tracking.yaml'), /\n {2}after:[^\n]*(\n {4}[^\n]*)*/, '\n  after: { note: "Nothing yet." }'),
    expect: {
      file: 'content/sectors/2021/displacement-tracking.yaml',
      field: 'phases.after',
      message: 'needs either `summary`, `activities`, `cite`, `placement` or `notInSource`',
    },
  },
  {
    name: 'a wrong edition, with its knock-on errors folded into one',
    edit: (f) => replaceIn(f('sectors/2021/health.yaml'), 'edition: 2021', 'edition: 2022'),
    expect: { file: 'content/sectors/2021/health.yaml', field: 'edition' },
    count: 1,
  },
  {
    name: 'a misspelt sector in a policy',
    edit: (f) => replaceIn(f('policies/sendai-framework.yaml'), /sectors: \[([a-z-]+)/, 'sectors: [disaster-risk-managment'),
    expect: {
      file: 'content/policies/sendai-framework.yaml',
      field: 'sectors.0',
      message: '"disaster-risk-managment" is not an entry of sectors',
      fix: 'did you mean "disaster-risk-management"?',
    },
  },
  {
    name: 'a citation of a paragraph that does not exist',
    edit: (f) => replaceIn(f('sectors/2021/health.yaml'), 'paragraph: 42 }', 'paragraph: 420 }'),
    expect: {
      file: 'content/sectors/2021/health.yaml',
      field: 'objective.cite',
      message: 'paragraph 420 does not exist in "mcof-2021-addendum" (it has ¶1–63)',
    },
  },
  {
    name: 'an objective that is not word for word',
    edit: (f) => replaceIn(f('sectors/2021/health.yaml'), 'life-saving health care', 'essential health care'),
    expect: {
      file: 'content/sectors/2021/health.yaml',
      field: 'objective.text',
      message: 'the quoted text is not found word for word in mcof-2021-addendum ¶42',
    },
  },
  {
    name: 'a policy kind that does not exist',
    edit: (f) => replaceIn(f('policies/sendai-framework.yaml'), /kind: [a-z-]+/, 'kind: treaty'),
    expect: { file: 'content/policies/sendai-framework.yaml', field: 'kind', message: '`treaty` is not allowed here' },
  },
  {
    name: 'a guidance note without front matter',
    edit: (f) => writeFileSync(f('guidance/new-note.mdx'), '# A note\n\nText.\n'),
    expect: {
      file: 'content/guidance/new-note.mdx',
      field: '(file)',
      message: 'missing front matter: the file must start with a `---` line, the fields, and another `---` line',
    },
  },
  {
    name: 'a malformed cite: link',
    edit: (f) => appendFileSync(f('guidance/cash-based-interventions.mdx'), '\nSee [¶22](cite:mcof-2021-addendum-p22).\n'),
    expect: { file: 'content/guidance/cash-based-interventions.mdx', message: 'citation link "cite:mcof-2021-addendum-p22" is malformed' },
  },
  {
    name: 'a 2021 sector put on the 2012 side of the crosswalk',
    edit: (f) => replaceIn(f('crosswalk/crosswalk.yaml'), /from: \[([a-z-]+)/, 'from: [health'),
    expect: { file: 'content/crosswalk/crosswalk.yaml', message: '"health" is a 2021 sector, but a 2012 sector is expected here' },
  },
  {
    name: 'a 2021 sector linking a cluster only the 2012 sources name',
    edit: (f) => replaceIn(f('sectors/2021/health.yaml'), /^clusters: \[\]$/m, 'clusters: [health-cluster]'),
    expect: {
      file: 'content/sectors/2021/health.yaml',
      field: 'clusters',
      message: '"health-cluster" is named only in the 2012 sources (its `editions:` leave out 2021); a 2021 sector cannot link it',
      fix: 'remove "health-cluster" from `clusters:` (the 2012 sectors keep their links), or add 2021 to `editions:` in content/systems/health-cluster.yaml if the 2021 text names it',
    },
  },
  {
    name: 'a 2021 sector’s cluster links with no basis',
    edit: (f) => replaceIn(f('sectors/2021/camp-coordination-and-camp-management.yaml'), /\nlinkBasis:\n {2}clusters:\n.*\n.*\n/, '\nlinkBasis:\n'),
    expect: {
      file: 'content/sectors/2021/camp-coordination-and-camp-management.yaml',
      field: 'linkBasis.clusters',
      message: "say what these clusters links rest on: a paragraph that states them, or the editors' reading",
    },
  },
  {
    name: 'a 2012 sector’s cluster links with no basis',
    edit: (f) => replaceIn(f('sectors/2012/health-support.yaml'), /\nlinkBasis:[\s\S]*$/, '\n'),
    expect: {
      file: 'content/sectors/2012/health-support.yaml',
      field: 'linkBasis.clusters',
      message: 'the 2012 text does not state these clusters links (its annex diagram was lost in extraction): say what they rest on',
    },
  },
  {
    name: 'a guidance note listed on a sector’s phase that the sector page calls silent',
    edit: (f) => replaceIn(f('guidance/cash-based-interventions.mdx'), /^phasesBySector: .*\n/m, ''),
    expect: {
      file: 'content/guidance/cash-based-interventions.mdx',
      field: 'phases',
      message:
        'the note speaks to "livelihoods-and-economic-recovery" in the during phase, but content/sectors/2021/livelihoods-and-economic-recovery.yaml calls that phase silent (`notInSource: true`)',
      fix: 'describe `phases.during` in content/sectors/2021/livelihoods-and-economic-recovery.yaml from the passage this note cites (summary, activities, cite, placement), or narrow the note: `phasesBySector: { livelihoods-and-economic-recovery: [after] }`',
    },
    count: 1,
  },
  {
    name: 'a sector’s phase made silent while a guidance note still speaks to it',
    edit: (f) => replaceIn(f('sectors/2021/disaster-risk-management.yaml'), /^ {2}during:\n(?: {4}.*\n)+/m, '  during:\n    notInSource: true\n'),
    expect: {
      file: 'content/guidance/disaster-risk-reduction.mdx',
      field: 'phases',
      message:
        'the note speaks to "disaster-risk-management" in the during phase, but content/sectors/2021/disaster-risk-management.yaml calls that phase silent (`notInSource: true`)',
    },
  },
  {
    name: 'phasesBySector naming a sector the note does not list',
    edit: (f) => replaceIn(f('guidance/cash-based-interventions.mdx'), /^phasesBySector: \{ /m, 'phasesBySector: { health: [after], '),
    expect: {
      file: 'content/guidance/cash-based-interventions.mdx',
      field: 'phasesBySector.health',
      message: '"health" is not one of this note\'s `sectors:`',
    },
  },
  {
    name: 'a phase placed by the editors with no reason',
    edit: (f) => replaceIn(f('sectors/2021/water-sanitation-and-hygiene.yaml'), /^ {4}placementReason: .*\n/m, ''),
    expect: {
      file: 'content/sectors/2021/water-sanitation-and-hygiene.yaml',
      field: 'phases.before.placementReason',
      message: 'placement: editors needs `placementReason:` (one line saying why the work is placed in this phase)',
    },
  },
  {
    name: 'a described phase that does not say how it was placed',
    edit: (f) => replaceIn(f('sectors/2021/health.yaml'), /^ {4}placement: source\n/m, ''),
    expect: { file: 'content/sectors/2021/health.yaml', field: 'phases.before.placement', message: 'required field `placement` is missing' },
  },
  {
    name: 'a crosswalk mapping marked as the editors’ reading with no reason',
    edit: (f) => replaceIn(f('crosswalk/crosswalk.yaml'), /^ {2}reason: .*\n/m, ''),
    expect: {
      file: 'content/crosswalk/crosswalk.yaml',
      field: 'reason',
      message: 'basis: editors needs `reason:` (one line: what the reading rests on)',
      fix: 'add `reason: "…"`: one line saying what the editors\' reading rests on and what the texts leave unsaid (or `basis: source` with the paragraph that states it)',
    },
  },
  {
    name: 'a sector left out of the crosswalk',
    edit: (f) => cpSync(f('sectors/2021/health.yaml'), f('sectors/2021/health-two.yaml')),
    expect: { file: 'content/crosswalk/crosswalk.yaml', field: 'to', message: 'the 2021 sector "health-two" is missing from the crosswalk' },
  },
];

describe('the content check refuses every slip, saying where and how to fix it', () => {
  it('has at least 30 kinds of mistake on record', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const problems = problemsAfter(c.edit);
    expect(problems).toContainEqual(expect.objectContaining(c.expect));
    if (c.count !== undefined) expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(c.count);
  });

  it('reports a YAML syntax error with the line and js-yaml’s own explanation', () => {
    const problems = problemsAfter((f) => replaceIn(f('sectors/2021/health.yaml'), 'title: Health', 'title: "Health'));
    expect(problems[0].message).toMatch(/^the YAML cannot be read at line \d+, column \d+: /);
  });

  it('folds what a broken sector causes elsewhere into its own problem', () => {
    const [problem] = problemsAfter((f) => replaceIn(f('sectors/2021/health.yaml'), 'edition: 2021', 'edition: 2022'));
    expect(problem.message).toMatch(/^`2022` is not allowed here \(and \d+ more problems in other files because of this\)$/);
  });

  it('finds nothing wrong in the content as shipped', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });
});
