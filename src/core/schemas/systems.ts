/** Schema of `content/systems/<id>.yaml`: a response system, IASC cluster or other cluster/sector/group. */
import { z } from 'zod';
import { edition, prose } from './shared.ts';

export const systemSchema = z
  .object({
    title: z.string().min(1).describe('the name as printed in the source'),
    kind: z
      .enum(['response-system', 'iasc-cluster', 'other-group'])
      .describe('response system, IASC cluster (2012 annex) or other cluster/sector/group (2012 annex)'),
    lead: z.string().optional().describe('lead agency, only as printed in the source, e.g. "OCHA"'),
    acronym: z.string().optional().describe('an acronym, only if the sources use one'),
    editions: z.array(edition).min(1).describe('which framework editions name it'),
    summary: prose.describe('what it is and how the sources connect it to MCOF, own words'),
  })
  .strict();
