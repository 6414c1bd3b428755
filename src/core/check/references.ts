/**
 * Reference rules, read back from the schemas: each field made with `ref(collection, rule)`
 * carries its target collection and rule as zod metadata (schemas/shared.ts), so the rules
 * are written once, beside the field, and this check follows them.
 */
import { z } from 'zod';
import { type CollectionName, collections } from '../collections.ts';
import type { ReferenceMeta } from '../schemas/shared.ts';
import { type AnySchema, defOf, innerOf } from '../schemas/walk.ts';
import { closest } from '../suggest.ts';
import type { Problem } from './problem.ts';

/** A reference field: its path in the entry (`*` stands for any list position) and its rule. */
export interface ReferenceField {
  path: string[];
  rule: ReferenceMeta;
}

/** Every reference field of a schema, found by walking objects, lists, optionals and defaults. */
export function referenceFields(schema: AnySchema, path: string[] = []): ReferenceField[] {
  const meta = z.globalRegistry.get(schema as z.ZodType) as { reference?: ReferenceMeta } | undefined;
  if (meta?.reference) return [{ path, rule: meta.reference }];
  const inner = innerOf(schema);
  if (inner) return referenceFields(inner, path);
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, AnySchema>).flatMap(([key, child]) => referenceFields(child, [...path, key]));
    case 'array':
      return referenceFields(def.element as AnySchema, [...path, '*']);
    case 'union':
      return (def.options as AnySchema[]).flatMap((option) => referenceFields(option, path));
    default:
      return [];
  }
}

/** The values at a field path in an entry, each with its concrete path (`sectors.2`). */
export function valuesAt(data: unknown, path: string[], at: string[] = []): { field: string; value: unknown }[] {
  if (!path.length) return data === undefined || data === null ? [] : [{ field: at.join('.'), value: data }];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(data) ? data.flatMap((v, i) => valuesAt(v, rest, [...at, String(i)])) : [];
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  return valuesAt((data as Record<string, unknown>)[head], rest, [...at, head]);
}

interface Target {
  id: string;
  data: unknown;
}

/** Why a target that exists is still the wrong one, or undefined when it is right. */
export function ruleViolation(rule: ReferenceMeta, target: Target, from: { data: unknown }): string | undefined {
  const d = target.data as Record<string, unknown>;
  const edition = rule.edition === 'same' ? (from.data as Record<string, unknown>).edition : rule.edition;
  if (edition !== undefined && d.edition !== edition) {
    return rule.edition === 'same'
      ? `"${target.id}" is a ${String(d.edition)} sector; link sectors of the same edition`
      : `"${target.id}" is a ${String(d.edition)} sector, but a ${String(edition)} sector is expected here`;
  }
  if (rule.kinds && !rule.kinds.includes(String(d.kind))) return `"${target.id}" is a ${String(d.kind)}; expected ${rule.kinds.join(' or ')}`;
  return undefined;
}

/** Checks one entry's references against the entries that exist. */
export function checkReferences(
  entry: { file: string; data: unknown },
  fields: ReferenceField[],
  lookup: (collection: string) => Map<string, Target> | undefined,
  /** Counts a problem caused by a target that is itself broken (unreadable or invalid); true if it was. */
  knockOn: (collection: string, id: string) => boolean = () => false,
  /** Counts a problem caused by the linking entry's own broken data (its edition, for `edition: 'same'`); true if it was. */
  knockOnSelf: () => boolean = () => false,
): Problem[] {
  const problems: Problem[] = [];
  for (const { path, rule } of fields) {
    for (const { field, value } of valuesAt(entry.data, path)) {
      if (typeof value !== 'string') continue; // a type error the schema check already reports
      const targets = lookup(rule.collection);
      const target = targets?.get(value);
      if (!target) {
        if (knockOn(rule.collection, value)) continue;
        const guess = closest(value, targets?.keys() ?? []);
        const folder = collections[rule.collection as CollectionName]?.folderHint ?? `content/${rule.collection}/`;
        problems.push({
          file: entry.file,
          field,
          message: `"${value}" is not an entry of ${rule.collection}`,
          fix: guess ? `did you mean "${guess}"?` : `use the file name (without extension) of an entry in ${folder}`,
        });
        continue;
      }
      const reason = ruleViolation(rule, target, entry);
      if (reason && (knockOn(rule.collection, value) || (rule.edition === 'same' && knockOnSelf()))) continue;
      if (reason) problems.push({ file: entry.file, field, message: reason, fix: 'link an entry of the expected kind' });
    }
  }
  return problems;
}
