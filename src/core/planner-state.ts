/**
 * The context planner's state and its shareable form. A trainer or country team marks
 * each sector × phase cell with their own relevance level and adds notes; the whole
 * state lives in the URL fragment so a link restores it, with nothing stored anywhere.
 * Format (v1): `#v=1&title=…&r=<one letter per cell>&n-<sector>=<note>`; cells are in
 * sector order, phases before/during/after; letters: C, I, R, or - for unrated.
 */
import { toCsv } from './csv.ts';
import type { Translate } from './interface.ts';

export const levels = ['critical', 'important', 'recommended'] as const;
export type Level = (typeof levels)[number];
/** A level's name in the reader's language (the 2012 template's legend: Critical, Important, Recommended). */
export const levelLabel = (t: Translate, level: Level): string => t(`planner.level.${level}`);
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

export const titleLimit = 200;
export const noteLimit = 2000;

/**
 * Reads a shared planner link. Whatever the fragment holds (tampered, truncated, from a
 * newer version, 100 kB long) it never throws: what it can read is kept, and what it
 * cannot is listed in `unread`, in the words of `t`, for the page to say so.
 */
export function readState(fragment: string, sectorIds: string[], phases: string[], t: Translate): { state: PlannerState; unread: string[] } {
  const state = emptyState();
  const unread: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(fragment.replace(/^#/, ''));
  } catch {
    return { state, unread: [t('unread.plannerPart')] };
  }
  if (![...params.keys()].length) return { state, unread };
  const version = params.get('v');
  if (version !== '1') return { state, unread: [version ? t('unread.plannerVersion', { version: version.slice(0, 20) }) : t('unread.plannerNoVersion')] };
  const title = params.get('title') ?? '';
  state.title = title.slice(0, titleLimit);
  if (title.length > titleLimit) unread.push(t('unread.plannerTitle', { limit: titleLimit }));
  const r = params.get('r') ?? '';
  const cells = sectorIds.length * phases.length;
  for (const [i, s] of sectorIds.entries()) {
    for (const [j, p] of phases.entries()) {
      const mark = r[i * phases.length + j] ?? '-';
      const level = fromLetter[mark];
      if (level) state.ratings[`${s}/${p}`] = level;
      else if (mark !== '-') unread.push(t('unread.rating', { mark, sector: s, phase: p }));
    }
  }
  if (r.length > cells) unread.push(t(r.length - cells === 1 ? 'unread.ratingsBeyond.one' : 'unread.ratingsBeyond.many', { count: r.length - cells }));
  const known = new Set(sectorIds);
  for (const [key, value] of params) {
    if (key === 'v' || key === 'title' || key === 'r') continue;
    const sector = key.startsWith('n-') ? key.slice(2) : undefined;
    if (!sector || !known.has(sector)) {
      unread.push(sector ? t('unread.noteNotSector', { name: sector.slice(0, 60) }) : t('unread.parameter', { name: key.slice(0, 60) }));
      continue;
    }
    if (!value) continue;
    state.notes[sector] = value.slice(0, noteLimit);
    if (value.length > noteLimit) unread.push(t('unread.noteEnd', { sector, limit: noteLimit }));
  }
  return { state, unread };
}

export function decodeState(fragment: string, sectorIds: string[], phases: string[]): PlannerState {
  return readState(fragment, sectorIds, phases, () => '').state;
}

/**
 * RFC 4180 CSV of the assessment, one row per sector, marked as the user's own. It is the
 * reader's own document, not the atlas's open data, so its headings and levels are in the
 * language of the page it was made on (`t`).
 */
export function plannerCsv(state: PlannerState, sectors: { id: string; title: string }[], phases: { id: string; title: string }[], t: Translate): string {
  return toCsv([
    [t('planner.csvContext'), t('planner.csvSector'), ...phases.map((p) => p.title), t('planner.csvNote'), t('planner.csvSource')],
    ...sectors.map((s) => [
      state.title,
      s.title,
      ...phases.map((p) => {
        const l = state.ratings[`${s.id}/${p.id}`];
        return l ? levelLabel(t, l) : '';
      }),
      state.notes[s.id] ?? '',
      t('planner.csvOwn'),
    ]),
  ]);
}
