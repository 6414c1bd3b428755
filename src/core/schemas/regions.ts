/** Schema of `content/regions/<id>.yaml`: regional facts and programme budgets, as data with their source. */
import { z } from 'zod';
import { citation, slug } from './shared.ts';

export const regionSchema = z
  .object({
    name: z.string().min(1).describe('the region’s name'),
    source: slug.describe('the source document the figures come from'),
    figures: z
      .array(
        z
          .object({
            label: z.string().min(1).describe('what the figure counts, own words'),
            value: z.string().min(1).describe('the value exactly as printed'),
            cite: citation,
          })
          .strict(),
      )
      .default([])
      .describe('facts and figures as printed'),
    budgets2020: z
      .array(
        z
          .object({
            country: z.string().min(1).describe('the country as named'),
            amountUsdMillions: z.number().nonnegative().describe('active programme budget, USD millions, as printed'),
            cite: citation,
          })
          .strict(),
      )
      .default([])
      .describe('2020 active emergency and post-crisis programme budgets per country'),
  })
  .strict();
