/**
 * Walking a zod schema's structure, for the content check: which fields hold references,
 * which fields an object allows. One place knows zod's wrapper types.
 */
import type { z } from 'zod';

export type AnySchema = z.core.$ZodType;

/** Zod's definition of a schema: its `type` and, per type, its parts. */
export const defOf = (schema: AnySchema) => schema._zod.def as unknown as Record<string, unknown> & { type: string };

/** The schema a wrapper (optional, nullable, default, readonly, pipe …) stands for, or undefined when it is no wrapper. */
export function innerOf(schema: AnySchema): AnySchema | undefined {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return def.innerType as AnySchema;
    case 'pipe':
      return def.in as AnySchema;
    default:
      return undefined;
  }
}
