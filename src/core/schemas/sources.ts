/** Schema of `content/sources/*.md`: the cleaned source documents (front matter; the body is the text). */
import { z } from 'zod';

export const sourceSchema = z
  .object({
    title: z.string().min(1).describe('the full title as printed on the document'),
    shortTitle: z.string().min(1).describe('short name used in citation labels, e.g. "MCOF 2021 Addendum"'),
    symbol: z.string().optional().describe('the document symbol, only if printed, e.g. "IC/2012/7"'),
    body: z.string().min(1).describe('the issuing body, meeting or publisher as stated'),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the date as YYYY, YYYY-MM or YYYY-MM-DD')
      .describe('the date as precisely as the document states it'),
    kind: z.enum(['council-document', 'web-page', 'budget-document', 'regional-overview']).describe('what kind of document it is'),
    numbered: z.boolean().describe('true when the document has numbered paragraphs (cited as ¶N)'),
    language: z.string().default('en').describe('the language of the text (BCP 47 code)'),
    summary: z.string().min(1).describe('one or two sentences, own words: what this document is'),
    cleaning: z.string().min(1).describe('what was removed or repaired when the text was extracted and cleaned'),
    lost: z
      .string()
      .min(1)
      .optional()
      .describe("the document's own annexes, diagrams or figures that did not survive extraction, and what that means for readers; shown on the source page"),
  })
  .strict();

export type SourceMeta = z.infer<typeof sourceSchema>;
