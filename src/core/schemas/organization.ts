/** Schema of `content/organization/<id>.yaml`: a part of IOM's crisis structure. */
import { z } from 'zod';
import { prose, type RefFactory } from './shared.ts';

export const makeOrganizationSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z
    .object({
      name: z.string().min(1).describe('the name as printed'),
      acronym: z.string().optional().describe('an acronym, only if printed'),
      kind: z.enum(['headquarters', 'department', 'division', 'unit', 'workstream', 'office-type', 'contact']).describe('what kind of part it is'),
      parent: ref('organization').optional().describe('the part it belongs to'),
      summary: prose.describe('what it does, own words'),
      members: z.array(z.string().min(1)).default([]).describe('units or workstreams listed under it, verbatim'),
      contact: z
        .object({ email: z.string().optional(), web: z.string().optional(), phone: z.string().optional() })
        .strict()
        .optional()
        .describe('contact details exactly as printed in the source'),
    })
    .strict();
