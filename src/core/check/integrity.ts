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
import { interfaceProblems } from '../interface.ts';
import { type AnySchema, defOf, innerOf } from '../schemas/walk.ts';
import { sitePages } from '../site-pages.ts';
import { closest } from '../suggest.ts';
import { containsVerbatim } from '../text.ts';
import { linkBasisProblems } from './basis.ts';
import { linkProblems, mdxProblems } from './bodies.ts';
import { figureProblems, ratingProblems } from './claims.ts';
import { glossaryProblems } from './glossary.ts';
import type { Problem } from './problem.ts';
import { checkReferences, type ReferenceField, referenceFields } from './references.ts';
import { silenceProblems } from './silence.ts';
import { footnoteProblems, numberingProblems } from './sources.ts';
import { documentTranslationProblems, translationProblems } from './translations.ts';

export { formatProblems, type Problem } from './problem.ts';

const fieldHints: Record<string, string> = {
  objective: 'add the official objective, quoted verbatim: `objective: { text: "To …", cite: { source: mcof-2021-addendum, paragraph: 34 } }`',
  description: 'add `description: { text: "…own words…", cite: [{ source: …, paragraph: … }] }`',
  phases: 'add `phases:` with `before:`, `during:` and `after:`; each either `{ summary, activities, cite }` or `{ notInSource: true }`',
  cite: 'add `cite:` with at least one `{ source: <source id>, paragraph: <number> }`',
  title: 'add `title: …` with the name as printed in the source',
  reason:
    'add `reason: "…"`: one line saying what the editors\' reading rests on and what the texts leave unsaid (or `basis: source` with the paragraph that states it)',
  placementReason:
    'add `placementReason: "…"`: one line saying why the work sits in this phase when the text names none (or `placement: source` if a cited passage names the phase)',
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
/** The object schemas a value at `path` may be checked against (several for a union). */
function objectsAt(schema: AnySchema, path: (string | number)[]): AnySchema[] {
  const inner = innerOf(schema);
  if (inner) return objectsAt(inner, path);
  const def = defOf(schema);
  switch (def.type) {
    case 'union':
      return (def.options as AnySchema[]).flatMap((o) => objectsAt(o, path));
    case 'array':
      return path.length ? objectsAt(def.element as AnySchema, path.slice(1)) : [];
    case 'object': {
      if (!path.length) return [schema];
      const child = (def.shape as Record<string, AnySchema>)[String(path[0])];
      return child ? objectsAt(child, path.slice(1)) : [];
    }
    default:
      return [];
  }
}

const keysOf = (objects: AnySchema[]) => [...new Set(objects.flatMap((o) => Object.keys(defOf(o).shape as object)))];
const requiredKeysOf = (object: AnySchema) =>
  Object.entries(defOf(object).shape as Record<string, AnySchema>)
    .filter(([, child]) => !['optional', 'default', 'prefault'].includes(defOf(child).type))
    .map(([k]) => k);

/** What a value of each type looks like in YAML, for "expected a number" style messages. */
const examples: Record<string, (name: string) => string> = {
  number: (name) => `\`${name}: 3\` (digits only, no quotes or units)`,
  string: (name) => `\`${name}: "…"\``,
  array: (name) => `\`${name}: [first, second]\` or one \`- item\` per line`,
  boolean: (name) => `\`${name}: true\``,
  object: (name) => `\`${name}:\` followed by its fields, indented by two spaces`,
};
const kindOf = (value: unknown) =>
  value === null
    ? 'nothing'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'string'
        ? `text "${value}"`
        : typeof value === 'object'
          ? 'a group of fields'
          : `${typeof value} ${String(value)}`;

type Located = { path: (string | number)[]; issue: Issue; message?: string; fix?: string };

/**
 * Picks, for a union, the alternative the editor most likely meant (the one with fewest
 * problems); when the value matches none of them at all, says what each would need.
 */
function flattenIssues(issues: Issue[], schema: AnySchema, base: (string | number)[] = []): Located[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...(issue.path as (string | number)[])];
    if (issue.code === 'invalid_union' && issue.errors.length) {
      const input = (issue as { input?: unknown }).input;
      const options = objectsAt(schema, path);
      const present = input && typeof input === 'object' && !Array.isArray(input) ? Object.keys(input) : [];
      const usesOne = options.some((o) => requiredKeysOf(o).some((k) => present.includes(k)));
      if (options.length > 1 && !usesOne) {
        const ways = options.map((o) =>
          requiredKeysOf(o)
            .map((k) => `\`${k}\``)
            .join(', '),
        );
        return [{ path, issue, message: `needs either ${ways.join(' or ')}`, fix: hintFor(path) }];
      }
      // The alternative whose fields the editor used wins; then the one with fewest problems.
      const uses = (i: number) => (options[i] ? keysOf([options[i]]).filter((k) => present.includes(k)).length : 0);
      const ranked = issue.errors.map((errors, i) => ({ errors, used: uses(i) }));
      const best = ranked.sort((a, b) => b.used - a.used || a.errors.length - b.errors.length)[0].errors;
      return flattenIssues(best, schema, path);
    }
    return [{ path, issue }];
  });
}

function describeIssue(schema: AnySchema, { path, issue, message, fix }: Located): { message: string; fix: string } {
  if (message) return { message, fix: fix ?? hintFor(path) };
  const name = String([...path].reverse().find((p) => typeof p === 'string') ?? 'entry');
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { message: `required field \`${name}\` is missing`, fix: hintFor(path) };
      return {
        message: `expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a group of fields' : `a ${issue.expected}`} but found ${kindOf(input)}`,
        fix: `write it as ${examples[issue.expected]?.(name) ?? `a ${issue.expected}`}`,
      };
    case 'unrecognized_keys': {
      const known = keysOf(objectsAt(schema, path));
      const guesses = issue.keys.map((k) => closest(k, known)).filter(Boolean);
      return {
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`,
        fix: guesses.length
          ? `did you mean ${guesses.map((g) => `\`${g}\``).join(', ')}?`
          : `remove it or correct its spelling; the fields allowed here are ${known.map((k) => `\`${k}\``).join(', ')}`,
      };
    }
    case 'invalid_value':
      if (input === undefined) return { message: `required field \`${name}\` is missing`, fix: `add \`${name}: ${issue.values.map(String).join(' | ')}\`` };
      return {
        message: `\`${String(input)}\` is not allowed here`,
        fix: `use one of: ${issue.values.map((v) => String(v)).join(', ')}`,
      };
    default:
      return { message: issue.message, fix: hintFor(path) };
  }
}

/** Each entry against its schema: the problems, the valid entries (defaults applied), and each rejected entry's first problem. */
export function validateSchemas(entries: RawEntry[]): { problems: Problem[]; valid: RawEntry[]; rejected: Map<RawEntry, Problem> } {
  const problems: Problem[] = [];
  const valid: RawEntry[] = [];
  const rejected = new Map<RawEntry, Problem>();
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
    for (const located of flattenIssues(result.error.issues, schema)) {
      const { message, fix } = describeIssue(schema, located);
      const problem = { file: entry.file, field: located.path.join('.') || '(whole entry)', message, fix };
      problems.push(problem);
      if (!rejected.has(entry)) rejected.set(entry, problem);
    }
  }
  return { problems, valid, rejected };
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
  const problems: Problem[] = [];
  // Problems that make an entry unusable (unreadable file, invalid schema) are root causes:
  // what other files then get wrong about that entry is counted under it, not listed.
  const roots = new Map<string, { problem: Problem; more: number }>();
  const rootKey = (collection: string, id: string) => `${collection}/${id}`;
  for (const f of raw.failures) {
    const problem = {
      file: f.file,
      field: f.field ?? '(file)',
      message: f.message,
      fix: f.fix ?? 'fix the file’s syntax; a YAML linter in your editor shows the exact line',
    };
    problems.push(problem);
    if (f.would) roots.set(rootKey(f.would.collection, f.would.id), { problem, more: 0 });
  }
  const { problems: schemaProblems, valid, rejected } = validateSchemas(raw.entries);
  problems.push(...schemaProblems);
  for (const [entry, problem] of rejected) roots.set(rootKey(entry.collection, entry.id), { problem, more: 0 });
  /** The root problem of an entry that cannot be trusted, counting one more knock-on problem. */
  const knockOn = (collection: string, id: string) => {
    const root = roots.get(rootKey(collection, id));
    if (root) root.more++;
    return Boolean(root);
  };

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
    problems.push(...checkReferences(entry, referenceFieldsOf.get(entry.collection) ?? [], targetsOf, knockOn, () => knockOn(entry.collection, entry.id)));
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
  const sourceEntries = new Map(raw.entries.filter((e) => e.collection === 'sources').map((e) => [e.id, e]));
  for (const [id, structure] of index.structures) {
    const source = sourceEntries.get(id);
    const file = source?.file ?? id;
    problems.push(...numberingProblems(file, structure), ...footnoteProblems(file, source?.body ?? '', source?.bodyLine));
  }
  const { pages, anchors } = sitePages(raw.entries, index.structures);
  const citedText = (cite: CitationLike) => {
    const resolved = resolveCitation(index, cite);
    if (!('text' in resolved)) return undefined;
    // A document's own date is printed on it ("the 2024 Emergency Manual").
    const date = (sourceEntries.get(cite.source)?.data as { date?: string } | undefined)?.date ?? '';
    return `${resolved.text} ${date.slice(0, 4)}`;
  };
  for (const entry of raw.entries) {
    if (entry.collection !== 'sources') problems.push(...ratingProblems(entry.file, entry.data), ...figureProblems(entry.file, entry.data, citedText));
    if (entry.body !== undefined && entry.collection !== 'sources') {
      if (entry.file.endsWith('.mdx')) problems.push(...mdxProblems(entry.file, entry.body, entry.bodyLine));
      problems.push(...linkProblems(entry.file, entry.body, pages, anchors, entry.bodyLine));
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
      for (const { target, line: bodyLine } of findCiteLinks(entry.body)) {
        const line = bodyLine + (entry.bodyLine ?? 1) - 1;
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
  problems.push(...glossaryProblems(raw.entries.filter((e) => e.collection === 'glossary')));
  const systemsById = new Map(valid.filter((e) => e.collection === 'systems').map((e) => [e.id, e.data as { editions?: number[] }]));
  const systemEditions = (id: string) => systemsById.get(id)?.editions;
  for (const sector of valid.filter((e) => e.collection === 'sectors'))
    problems.push(...linkBasisProblems(sector as Parameters<typeof linkBasisProblems>[0], systemEditions));
  // Every English file counts, valid or not: a broken entry is reported once, not again by each translation of it.
  problems.push(...translationProblems(raw.translations ?? [], raw.entries, index), ...documentTranslationProblems(raw.entries));
  problems.push(
    ...silenceProblems(
      valid.filter((e) => e.collection === 'guidance') as Parameters<typeof silenceProblems>[0],
      valid.filter((e) => e.collection === 'sectors') as Parameters<typeof silenceProblems>[1],
    ),
  );
  if (raw.interfaces) problems.push(...interfaceProblems(raw.interfaces));
  for (const { problem, more } of roots.values()) {
    if (more) problem.message += ` (and ${more} more problem${more === 1 ? '' : 's'} in other files because of this)`;
  }
  return problems;
}
