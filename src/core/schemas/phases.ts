/** Schema of `content/phases/<id>.yaml`: one of the three phases of a crisis. */
import { z } from 'zod';
import { prose, quote } from './shared.ts';

export const phaseSchema = z
  .object({
    title: z.string().min(1).describe('display title, e.g. "Before a crisis"'),
    order: z.number().int().min(1).max(3).describe('1 before, 2 during, 3 after'),
    framing2012: quote.describe('how the 2012 framework describes the phase, verbatim'),
    framing2021: z
      .object({
        heading: z.string().min(1).describe('the bold 2021 heading, verbatim, e.g. "Invest in anticipatory action (always)"'),
        quote: quote.describe('the 2021 ¶29 text for the phase, verbatim'),
      })
      .strict()
      .describe('the 2021 reframing of the phase'),
    summary: prose.describe('what the phase means, in our own words'),
    guidance: prose.describe('what sectors generally do in this phase; shown where a sector’s own text is silent'),
  })
  .strict();
