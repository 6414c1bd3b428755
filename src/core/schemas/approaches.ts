/** Schema of `content/approaches/<id>.yaml`: an operating approach or modality (2021 ¶16–22). */
import { z } from 'zod';
import { prose, quote } from './shared.ts';

export const approachSchema = z
  .object({
    title: z.string().min(1).describe('the bold name in the source, e.g. "Conflict sensitivity"'),
    order: z.number().int().min(1).describe('order in the source'),
    quote: quote.describe('key official sentences, verbatim'),
    summary: prose.describe('what it asks of sectors, in our own words'),
  })
  .strict();
