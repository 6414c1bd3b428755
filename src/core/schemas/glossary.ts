/** Schema of `content/glossary/<id>.yaml`: a term or acronym used in the sources. */
import { z } from 'zod';
import { prose, quote, type RefFactory } from './shared.ts';

export const makeGlossarySchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z
    .object({
      term: z.string().min(1).describe('the term or acronym as written in the sources'),
      expansion: z.string().optional().describe('for acronyms: the words it stands for, as the sources expand it'),
      kind: z.enum(['acronym', 'term']).describe('an acronym or a term'),
      aliases: z.array(z.string().min(1)).default([]).describe('other words staff use for it; they find it in search'),
      definition: prose.describe('what it means, own words'),
      official: quote.optional().describe('an official definition, verbatim (e.g. IOM’s definition of "migrant")'),
      sector: ref('sectors', { edition: 2021 }).optional().describe('the matching 2021 sector, if there is one'),
    })
    .strict();
