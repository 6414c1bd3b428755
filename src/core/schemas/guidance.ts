/** Schema of `content/guidance/<id>.mdx` front matter: a guidance note in our own words. */
import { z } from 'zod';
import { citation, phaseId, type RefFactory } from './shared.ts';

export const makeGuidanceSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z
    .object({
      title: z.string().min(1).describe('the theme, e.g. "Displacement tracking"'),
      description: z.string().min(1).max(200).describe('one line for search results and link previews'),
      sectors: z
        .array(ref('sectors', { edition: 2021 }))
        .min(1, 'link the note to at least one 2021 sector')
        .describe('2021 sectors the note serves'),
      phases: z.array(phaseId).min(1).describe('the phases the note speaks to'),
      phasesBySector: z
        .record(z.string(), z.array(phaseId).min(1))
        .optional()
        .describe(
          'where one of `sectors:` is served in fewer phases than `phases:` says, its own list, e.g. `{ livelihoods-and-economic-recovery: [after] }`; the note is listed only on those phase pages of that sector',
        ),
      policies: z.array(ref('policies')).default([]).describe('policies the sources connect to the theme'),
      cite: z.array(citation).min(1).describe('every source location the note rests on'),
    })
    .strict();

type NotePhases = { phases: readonly string[]; phasesBySector?: Record<string, readonly string[]> };

/** The phases in which a note serves one of its sectors: its own list under `phasesBySector`, else `phases`. */
export function notePhasesFor(note: NotePhases, sectorId: string): readonly string[] {
  return note.phasesBySector?.[sectorId] ?? note.phases;
}
