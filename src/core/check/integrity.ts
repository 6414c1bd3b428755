/**
 * The content integrity check: everything an editor can get wrong, reported with the
 * file, the field, what is wrong and how to fix it. Runs before every build
 * (astro.config.mjs), as `npm run check:content`, and in the unit tests.
 *
 * Checks: each file against its collection's schema; every reference resolves (with a
 * "did you mean"); every citation points to an existing paragraph or section; every
 * quote is verbatim in the paragraph it cites; sector numbers and ids are unique;
 * the crosswalk covers all 2012 and 2021 sectors; numbered sources have no duplicates.
 */
import type { z } from 'zod';
import { type CitationLike, parseCiteTarget, resolveCitation, type SourceCatalogue, sourceCatalogue } from '../citations.ts';
import { type CollectionName, checkedCollections, collections, plainSchemas } from '../collections.ts';
import type { RawContent, RawEntry } from '../entries.ts';
import { containsVerbatim } from '../text.ts';
import type { Problem } from './problem.ts';
import { checkReferences, type ReferenceField, referenceFields } from './references.ts';

export { formatProblems, type Problem } from './problem.ts';

const fieldHints: Record<string, string> = {
  objective: 'add the official objective, quoted verbatim: `objective: { text: "To …", cite: { source: mcof-2021-addendum, paragraph: 34 } }`',
  description: 'add `description: { text: "…own words…", cite: [{ source: …, paragraph: … }] }`',
  phases: 'add `phases:` with `before:`, `during:` and `after:`; each either `{ summary, activities, cite }` or `{ notInSource: true }`',
  cite: 'add `cite:` with at least one `{ source: <source id>, paragraph: <number> }`',
  title: 'add `title: …` with the name as printed in the source',
};

function hintFor(path: (string | number)[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  const hint = fieldHints[String(last)];
  if (hint) return hint;
  if (last === 'section') return 'copy the heading slug shown in the table of contents of the source page (lower-case, hyphens)';
  if (last === 'paragraph') return 'write the paragraph number as a plain number, e.g. `paragraph: 34`';
  return 'see the collection’s schema in src/core/schemas/ for what this field accepts';
}

type Issue = z.core.$ZodIssue;

/** Picks, for a union, the alternative the editor most likely meant (the one with fewest problems). */
function flattenIssues(issues: Issue[], base: (string | number)[] = []): { path: (string | number)[]; issue: Issue }[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...(issue.path as (string | number)[])];
    if (issue.code === 'invalid_union' && issue.errors.length) {
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      return flattenIssues(best, path);
    }
    return [{ path, issue }];
  });
}

function describeIssue(path: (string | number)[], issue: Issue): { message: string; fix: string } {
  const name = String(path[path.length - 1] ?? 'entry');
  switch (issue.code) {
    case 'invalid_type':
      if ((issue as { input?: unknown }).input === undefined) {
        return { message: `required field \`${name}\` is missing`, fix: hintFor(path) };
      }
      return { message: `expected ${issue.expected} but found ${typeof (issue as { input?: unknown }).input}`, fix: hintFor(path) };
    case 'unrecognized_keys':
      return {
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`,
        fix: 'remove it or correct its spelling; the allowed fields are listed in the collection’s schema in src/core/schemas/',
      };
    case 'invalid_value':
      return {
        message: `\`${String((issue as { input?: unknown }).input)}\` is not allowed here`,
        fix: `use one of: ${issue.values.map((v) => String(v)).join(', ')}`,
      };
    case 'too_small':
      return { message: issue.message, fix: hintFor(path) };
    default:
      return { message: issue.message, fix: hintFor(path) };
  }
}

export function validateSchemas(entries: RawEntry[]): { problems: Problem[]; valid: RawEntry[] } {
  const problems: Problem[] = [];
  const valid: RawEntry[] = [];
  for (const entry of entries) {
    const schema = entry.collection === 'docs' ? undefined : plainSchemas[entry.collection];
    if (!schema) {
      valid.push(entry);
      continue;
    }
    const result = schema.safeParse(entry.data, { reportInput: true });
    if (result.success) {
      valid.push({ ...entry, data: result.data });
      continue;
    }
    for (const { path, issue } of flattenIssues(result.error.issues)) {
      const { message, fix } = describeIssue(path, issue);
      problems.push({ file: entry.file, field: path.join('.') || '(whole entry)', message, fix });
    }
  }
  return { problems, valid };
}

type Data = Record<string, unknown>;

function isCitation(value: unknown): value is CitationLike {
  if (!value || typeof value !== 'object') return false;
  const v = value as Data;
  return typeof v.source === 'string' && (typeof v.paragraph === 'number' || typeof v.section === 'string');
}

/** Every citation in an entry, with the field path where it sits. */
export function findCitations(value: unknown, path: string[] = []): { field: string; cite: CitationLike }[] {
  if (isCitation(value)) return [{ field: path.join('.'), cite: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => findCitations(v, [...path, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => findCitations(v, [...path, k]));
  return [];
}

/** Every verbatim quote (`{ text, cite: <one citation> }`) in an entry. */
export function findQuotes(value: unknown, path: string[] = []): { field: string; text: string; cite: CitationLike }[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Data;
    if (typeof v.text === 'string' && isCitation(v.cite)) return [{ field: path.join('.'), text: v.text, cite: v.cite }];
    return Object.entries(v).flatMap(([k, child]) => findQuotes(child, [...path, k]));
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => findQuotes(v, [...path, String(i)]));
  return [];
}

/** `[label](cite:source#p12)` links in Markdown bodies. */
export function findCiteLinks(body: string): { target: string; line: number }[] {
  const links: { target: string; line: number }[] = [];
  const pattern = /\]\(cite:([^)\s]+)\)/g;
  for (const match of body.matchAll(pattern)) {
    links.push({ target: match[1], line: body.slice(0, match.index).split('\n').length });
  }
  return links;
}

/** Each collection's reference fields, read from its schema once. */
const referenceFieldsOf = new Map<string, ReferenceField[]>(checkedCollections.map((n) => [n, referenceFields(plainSchemas[n])]));

/** Checks every entry; `catalogue` is the sources already parsed by the caller, if it has them. */
export function checkContent(raw: RawContent, catalogue?: SourceCatalogue): Problem[] {
  const problems: Problem[] = raw.failures.map((f) => ({
    file: f.file,
    field: '(file)',
    message: f.message,
    fix: 'fix the file’s syntax; a YAML linter in your editor shows the exact line',
  }));
  const { problems: schemaProblems, valid } = validateSchemas(raw.entries);
  problems.push(...schemaProblems);

  // Ids: unique per collection (sector ids are unique across both editions, as pages use them).
  const byCollection = new Map<string, Map<string, RawEntry>>();
  for (const entry of raw.entries) {
    const ids = byCollection.get(entry.collection) ?? new Map<string, RawEntry>();
    const clash = ids.get(entry.id);
    if (clash) {
      problems.push({
        file: entry.file,
        field: entry.collection === 'crosswalk' ? 'id' : '(file name)',
        message: `id "${entry.id}" is already used by ${clash.file}`,
        fix: 'give one of them a different, unique name',
      });
    } else if (entry.collection !== 'docs' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.id)) {
      problems.push({
        file: entry.file,
        field: '(file name)',
        message: `"${entry.id}" is not a readable slug`,
        fix: 'name the file with lower-case words joined by hyphens, e.g. water-sanitation-and-hygiene.yaml',
      });
    }
    ids.set(entry.id, entry);
    byCollection.set(entry.collection, ids);
  }
  const lookup = (collection: string, id: string) => byCollection.get(collection)?.get(id);

  // Sectors: folder matches edition; numbers unique per edition.
  const numbers = new Map<string, RawEntry>();
  for (const entry of valid.filter((e) => e.collection === 'sectors')) {
    const data = entry.data as Data;
    const folder = /content\/sectors\/(\d{4})\//.exec(entry.file)?.[1];
    if (folder && Number(folder) !== data.edition) {
      problems.push({
        file: entry.file,
        field: 'edition',
        message: `the file is in sectors/${folder}/ but says edition ${String(data.edition)}`,
        fix: `set \`edition: ${folder}\` or move the file to content/sectors/${String(data.edition)}/`,
      });
    }
    const key = `${String(data.edition)}#${String(data.number)}`;
    const clash = numbers.get(key);
    if (clash)
      problems.push({
        file: entry.file,
        field: 'number',
        message: `number ${String(data.number)} is already used by ${clash.file}`,
        fix: 'give each sector of an edition its own position number',
      });
    numbers.set(key, entry);
  }

  // References, citations and quotes are checked on every entry, even one whose schema
  // check failed, so an editor sees all of a file's mistakes in one run.
  // References.
  const targetsOf = (collection: string) => byCollection.get(collection);
  for (const entry of raw.entries) {
    problems.push(...checkReferences(entry, referenceFieldsOf.get(entry.collection) ?? [], targetsOf));
    if (entry.collection === 'crosswalk') {
      const movedTo = (entry.data as Data).movedTo;
      (Array.isArray(movedTo) ? (movedTo as { collection: string; id: string }[]) : []).forEach((m, i) => {
        if (m && typeof m === 'object' && !lookup(m.collection, m.id)) {
          problems.push({
            file: entry.file,
            field: `movedTo.${i}.id`,
            message: `"${m.id}" is not an entry of ${m.collection}`,
            fix: `use an id from ${collections[m.collection as CollectionName]?.folderHint ?? `content/${m.collection}/`}`,
          });
        }
      });
    }
  }

  // Citations and verbatim quotes.
  const index: SourceCatalogue = catalogue ?? sourceCatalogue(raw.entries.filter((e) => e.collection === 'sources'));
  for (const [id, structure] of index.structures) {
    const file = valid.find((e) => e.collection === 'sources' && e.id === id)?.file ?? id;
    for (const n of structure.duplicateParagraphs) {
      problems.push({
        file,
        field: '(body)',
        message: `paragraph ${n} appears more than once`,
        fix: 'each numbered paragraph must appear once; join or renumber as printed in the original',
      });
    }
  }
  for (const entry of raw.entries) {
    for (const { field, cite } of findCitations(entry.data)) {
      const resolved = resolveCitation(index, cite);
      if ('message' in resolved) problems.push({ file: entry.file, field, ...resolved });
    }
    for (const { field, text, cite } of findQuotes(entry.data)) {
      const resolved = resolveCitation(index, cite);
      if ('text' in resolved && !containsVerbatim(resolved.text, text)) {
        const where = cite.paragraph !== undefined ? `¶${cite.paragraph}` : `section "${cite.section}"`;
        problems.push({
          file: entry.file,
          field: `${field}.text`,
          message: `the quoted text is not found word for word in ${cite.source} ${where}`,
          fix: 'copy the official wording exactly from the cited paragraph, or cite the paragraph that contains it',
        });
      }
    }
    if (entry.body) {
      for (const { target, line } of findCiteLinks(entry.body)) {
        const cite = parseCiteTarget(target);
        if (!cite) {
          problems.push({
            file: entry.file,
            field: `body line ${line}`,
            message: `citation link "cite:${target}" is malformed`,
            fix: 'write it as (cite:<source>#p<N>) or (cite:<source>#<section-slug>)',
          });
          continue;
        }
        const resolved = resolveCitation(index, cite);
        if ('message' in resolved) problems.push({ file: entry.file, field: `body line ${line}`, ...resolved });
      }
    }
  }

  // Crosswalk completeness: every sector of both editions appears.
  const crosswalk = valid.filter((e) => e.collection === 'crosswalk').map((e) => e.data as { from: string[]; to: string[] });
  if (crosswalk.length || valid.some((e) => e.collection === 'sectors')) {
    for (const sector of valid.filter((e) => e.collection === 'sectors')) {
      const data = sector.data as Data;
      const side = data.edition === 2012 ? 'from' : 'to';
      if (!crosswalk.some((m) => m[side].includes(sector.id))) {
        problems.push({
          file: 'content/crosswalk/crosswalk.yaml',
          field: side,
          message: `the ${String(data.edition)} sector "${sector.id}" is missing from the crosswalk`,
          fix: `add it to the \`${side}\` list of a mapping (or a new mapping with change: ${data.edition === 2012 ? 'moved' : 'new'})`,
        });
      }
    }
  }
  return problems;
}
