/** Schema of `content/crosswalk/crosswalk.yaml`: how the 2012 sectors map to the 2021 sectors. */
import { z } from 'zod';
import { citation, type RefFactory, slug } from './shared.ts';

export const changeKinds = ['kept', 'renamed', 'split', 'merged', 'new', 'moved'] as const;

export const makeCrosswalkSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z
    .object({
      id: slug.describe('a stable id for this mapping'),
      from: z.array(ref('sectors', { edition: 2012 })).describe('2012 sector ids (empty for a sector new in 2021)'),
      to: z.array(ref('sectors', { edition: 2021 })).describe('2021 sector ids (empty when the 2012 sector has no sector successor)'),
      change: z.enum(changeKinds).describe('the kind of change: kept, renamed, split, merged, new or moved'),
      basis: z
        .enum(['source', 'editors'])
        .describe(
          "source: a text itself states this mapping and its kind (cite that paragraph); editors: MCOF Atlas's reading of the two texts, with `reason:`",
        ),
      reason: z
        .string()
        .min(1)
        .optional()
        .describe('for basis: editors, one line: what the reading rests on and what the texts leave unsaid (shown as "Editors\' reading")'),
      note: z.string().min(1).describe('one line, own words: what changed'),
      movedTo: z
        .array(z.object({ collection: z.enum(['approaches', 'crossCutting']), id: slug }).strict())
        .default([])
        .describe('for `moved`: the approach or cross-cutting issue that now carries the work'),
      cite: z.array(citation).min(1).describe('the paragraphs compared'),
    })
    .strict()
    .refine((m) => m.basis === 'source' || Boolean(m.reason), {
      message: 'basis: editors needs `reason:` (one line: what the reading rests on)',
      path: ['reason'],
    });
