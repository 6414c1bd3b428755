/** Schema of `content/sectors/<edition>/<id>.yaml`: one sector of assistance. */
import { z } from 'zod';
import { citation, edition, prose, quote, type RefFactory } from './shared.ts';

/** What a sector does in one phase, or an explicit statement that the sources are silent. */
export const sectorPhase = z.union([
  z
    .object({
      summary: z.string().min(1).describe("one sentence, own words: the sector's role in this phase"),
      activities: z
        .array(z.string().min(1))
        .min(1, 'list at least one activity, or mark the phase `notInSource: true`')
        .describe('short own-words activities, each traceable to the citations'),
      cite: z.array(citation).min(1, 'a phase role must cite the text it rests on').describe('supporting paragraphs'),
      placement: z
        .enum(['source', 'editors'])
        .describe(
          'source: a cited passage itself names this phase (or its words: preparedness, response, recovery …) for this work; editors: MCOF Atlas placed the work in this phase where the text names none',
        ),
      placementReason: z
        .string()
        .min(1)
        .optional()
        .describe('for `placement: editors`: one line saying what the placement rests on (shown on the page as "Editors\' placement: …")'),
    })
    .strict()
    .refine((p) => p.placement === 'source' || Boolean(p.placementReason), {
      message: 'placement: editors needs `placementReason:` (one line saying why the work is placed in this phase)',
      path: ['placementReason'],
    }),
  z
    .object({
      notInSource: z.literal(true).describe('the sources say nothing specific about this sector in this phase'),
      note: z.string().optional().describe('optional own-words pointer to what the sources say in general'),
    })
    .strict(),
]);

/**
 * Where a sector's links to clusters or response systems come from: a source that states
 * them (`basis: source`, with citations), or the editors' reading (`basis: editors`, with a
 * one-line reason), shown on the sector page beside the links.
 */
export const linkBasis = z
  .object({
    basis: z.enum(['source', 'editors']).describe('source: the cited text states these links; editors: MCOF Atlas concluded them'),
    reason: z.string().min(1).optional().describe('for editors: one line saying what the reading rests on'),
    cite: z.array(citation).min(1).optional().describe('for source: the paragraphs that state the links'),
  })
  .strict()
  .refine((b) => (b.basis === 'source' ? Boolean(b.cite?.length) : Boolean(b.reason)), {
    message: 'basis: source needs `cite:` (the paragraphs that state the links); basis: editors needs `reason:` (one line)',
  });

export const makeSectorSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z
    .object({
      edition: edition,
      number: z.number().int().min(1).describe('position in the edition’s list (2012: Sector N; 2021: order of ¶34–63)'),
      title: z.string().min(1).describe('the sector’s name as printed in the source'),
      acronym: z.string().optional().describe('an acronym, only if the sources use one (e.g. CCCM)'),
      objective: quote.describe('the official objective sentence, verbatim, with its paragraph'),
      description: prose.describe('what the sector covers, in our own words'),
      phases: z
        .object({ before: sectorPhase, during: sectorPhase, after: sectorPhase })
        .strict()
        .describe('what the sector does before, during and after a crisis'),
      clusters: z
        .array(ref('systems', { kinds: ['iasc-cluster', 'other-group'] }))
        .default([])
        .describe('IASC clusters and other groups it relates to (systems ids)'),
      systems: z
        .array(ref('systems', { kinds: ['response-system'] }))
        .default([])
        .describe('response systems it works within (systems ids)'),
      approaches: z.array(ref('approaches')).default([]).describe('operating approaches and modalities it applies'),
      crossCutting: z.array(ref('crossCutting')).default([]).describe('cross-cutting issues it connects to'),
      policies: z.array(ref('policies')).default([]).describe('policies and frameworks that anchor it'),
      related: z
        .array(ref('sectors', { edition: 'same' }))
        .default([])
        .describe('other sectors of the same edition it connects to'),
      linkBasis: z
        .object({ clusters: linkBasis.optional(), systems: linkBasis.optional() })
        .strict()
        .optional()
        .describe('what the `clusters:` and `systems:` links rest on; required where no source states them'),
    })
    .strict();
