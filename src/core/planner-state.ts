/**
 * The context planner's state and its shareable form. A trainer or country team marks
 * each sector × phase cell with their own relevance level and adds notes; the whole
 * state lives in the URL fragment so a link restores it, with nothing stored anywhere.
 * Format (v1): `#v=1&title=…&r=<one letter per cell>&n-<sector>=<note>`; cells are in
 * sector order, phases before/during/after; letters: C, I, R, or - for unrated.
 */
import { toCsv } from './csv.ts';

export const levels = ['critical', 'important', 'recommended'] as const;
export type Level = (typeof levels)[number];
export const levelLabels: Record<Level, string> = { critical: 'Critical', important: 'Important', recommended: 'Recommended' };
const letter: Record<Level, string> = { critical: 'C', important: 'I', recommended: 'R' };
const fromLetter: Record<string, Level> = { C: 'critical', I: 'important', R: 'recommended' };

export interface PlannerState {
  title: string;
  /** key `<sectorId>/<phase>` → level */
  ratings: Record<string, Level>;
  /** sectorId → note */
  notes: Record<string, string>;
}

export const emptyState = (): PlannerState => ({ title: '', ratings: {}, notes: {} });

export function encodeState(state: PlannerState, sectorIds: string[], phases: string[]): string {
  const params = new URLSearchParams();
  params.set('v', '1');
  if (state.title) params.set('title', state.title);
  const cells = sectorIds.flatMap((s) => phases.map((p) => state.ratings[`${s}/${p}`]));
  if (cells.some(Boolean))
    params.set(
      'r',
      cells
        .map((l) => (l ? letter[l] : '-'))
        .join('')
        .replace(/-+$/, ''),
    );
  for (const s of sectorIds) if (state.notes[s]?.trim()) params.set(`n-${s}`, state.notes[s].trim());
  return params.toString();
}

export function decodeState(fragment: string, sectorIds: string[], phases: string[]): PlannerState {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const state = emptyState();
  if (params.get('v') !== '1') return state;
  state.title = (params.get('title') ?? '').slice(0, 200);
  const r = params.get('r') ?? '';
  for (const [i, s] of sectorIds.entries()) {
    for (const [j, p] of phases.entries()) {
      const level = fromLetter[r[i * phases.length + j] ?? '-'];
      if (level) state.ratings[`${s}/${p}`] = level;
    }
  }
  for (const s of sectorIds) {
    const note = params.get(`n-${s}`);
    if (note) state.notes[s] = note.slice(0, 2000);
  }
  return state;
}

/** RFC 4180 CSV of the assessment, one row per sector, marked as the user's own. */
export function plannerCsv(state: PlannerState, sectors: { id: string; title: string }[], phases: { id: string; title: string }[]): string {
  return toCsv([
    ['Context', 'Sector', ...phases.map((p) => p.title), 'Note', 'Source of ratings'],
    ...sectors.map((s) => [
      state.title,
      s.title,
      ...phases.map((p) => {
        const l = state.ratings[`${s.id}/${p.id}`];
        return l ? levelLabels[l] : '';
      }),
      state.notes[s.id] ?? '',
      "User's own assessment (not IOM's)",
    ]),
  ]);
}
