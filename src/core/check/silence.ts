/**
 * The site must not contradict itself: a guidance note listed on a sector's phase page that
 * the sector file calls silent (`notInSource: true`) says the sources speak to that phase while
 * the page says they do not. Either the sector's phase is described with the passage the note
 * rests on, or the note is narrowed to the phases it really serves.
 */
import { notePhasesFor } from '../schemas/guidance.ts';
import type { Problem } from './problem.ts';

interface NoteLike {
  file: string;
  data: { sectors: string[]; phases: string[]; phasesBySector?: Record<string, string[]> };
}
interface SectorLike {
  id: string;
  file: string;
  data: { phases: Record<string, { notInSource?: true }> };
}

export function silenceProblems(notes: NoteLike[], sectors: SectorLike[]): Problem[] {
  const problems: Problem[] = [];
  const sectorById = new Map(sectors.map((s) => [s.id, s]));
  for (const note of notes) {
    const { sectors: ids, phases, phasesBySector = {} } = note.data;
    for (const [id, own] of Object.entries(phasesBySector)) {
      if (!ids.includes(id)) {
        problems.push({
          file: note.file,
          field: `phasesBySector.${id}`,
          message: `"${id}" is not one of this note's \`sectors:\``,
          fix: `add "${id}" to \`sectors:\`, or remove it from \`phasesBySector:\``,
        });
      }
      const extra = own.filter((p) => !phases.includes(p));
      if (extra.length) {
        problems.push({
          file: note.file,
          field: `phasesBySector.${id}`,
          message: `${extra.join(', ')} ${extra.length === 1 ? 'is' : 'are'} not among the note's \`phases:\``,
          fix: `list only phases from \`phases: [${phases.join(', ')}]\``,
        });
      }
    }
    for (const id of ids) {
      const sector = sectorById.get(id);
      if (!sector) continue;
      for (const phase of notePhasesFor(note.data, id)) {
        if (!sector.data.phases[phase]?.notInSource) continue;
        problems.push({
          file: note.file,
          field: phasesBySector[id] ? `phasesBySector.${id}` : 'phases',
          message: `the note speaks to "${id}" in the ${phase} phase, but ${sector.file} calls that phase silent (\`notInSource: true\`)`,
          fix: `describe \`phases.${phase}\` in ${sector.file} from the passage this note cites (summary, activities, cite, placement), or narrow the note: \`phasesBySector: { ${id}: [${phases.filter((p) => !sector.data.phases[p]?.notInSource).join(', ')}] }\``,
        });
      }
    }
  }
  return problems;
}
