/** Schema of `content/policies/<id>.yaml`: a policy, framework, strategy, guideline or commitment the sources name. */
import { z } from 'zod';
import { prose, quote, type RefFactory } from './shared.ts';

export const policyKinds = [
  'policy',
  'framework',
  'strategy',
  'guidelines',
  'guidance-note',
  'plan',
  'agreement',
  'commitments',
  'principles',
  'tool',
  'instrument',
  // Named in the sources but none of the above: the Rights-Based Approach, the Migration Emergency
  // Funding Mechanism, the MCOF 2.0 initiative, an SOP, the Glossary on Migration.
  'approach',
  'mechanism',
  'initiative',
  'procedure',
  'publication',
] as const;

export const makePolicySchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z
    .object({
      title: z.string().min(1).describe('the name as the sources give it'),
      acronym: z.string().optional().describe('an acronym, only if the sources use one (e.g. MiGOF)'),
      kind: z.enum(policyKinds).describe('what kind of instrument it is'),
      owner: z.string().optional().describe('who issued it, as the sources say (IOM, IASC …)'),
      year: z.number().int().min(1945).max(2100).optional().describe('year of adoption, only if a source states it'),
      summary: prose.describe('what it is and what it is for, own words'),
      quote: quote.optional().describe('optional official wording about it, verbatim'),
      sectors: z
        .array(ref('sectors', { edition: 2021 }))
        .default([])
        .describe('2021 sectors it anchors, where the sources connect them'),
      crossCutting: z.array(ref('crossCutting')).default([]).describe('cross-cutting issues it anchors'),
    })
    .strict();
