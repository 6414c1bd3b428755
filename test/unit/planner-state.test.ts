import { describe, expect, it } from 'vitest';
import { decodeState, emptyState, encodeState, plannerCsv } from '../../src/core/planner-state.ts';

const sectors = ['health', 'protection', 'movement-assistance'];
const phases = ['before', 'during', 'after'];

describe('planner state in the URL', () => {
  const state = {
    title: 'Cyclone response, Region X',
    ratings: { 'health/during': 'critical', 'protection/before': 'recommended', 'movement-assistance/after': 'important' } as const,
    notes: { health: 'Cholera risk & 2 clinics' },
  };

  it('round-trips title, ratings and notes', () => {
    const fragment = encodeState(state, sectors, phases);
    expect(decodeState(`#${fragment}`, sectors, phases)).toEqual(state);
  });
  it('encodes ratings compactly, one letter per cell in sector/phase order', () => {
    expect(new URLSearchParams(encodeState(state, sectors, phases)).get('r')).toBe('-C-R----I');
  });
  it('ignores a fragment from another version or garbage', () => {
    expect(decodeState('#r=CCC', sectors, phases)).toEqual(emptyState());
    expect(decodeState('#v=1&r=ZZ', sectors, phases)).toEqual({ title: '', ratings: {}, notes: {} });
  });
  it('exports CSV with quoting and the own-assessment label', () => {
    const csv = plannerCsv(
      state,
      sectors.map((id) => ({ id, title: id === 'health' ? 'Health' : id })),
      phases.map((id) => ({ id, title: id })),
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Context,Sector,before,during,after,Note,Source of ratings');
    expect(lines[1]).toBe('"Cyclone response, Region X",Health,,Critical,,Cholera risk & 2 clinics,User\'s own assessment (not IOM\'s)');
  });
});
