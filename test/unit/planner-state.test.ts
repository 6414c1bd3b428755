import { describe, expect, it } from 'vitest';
import { decodeState, emptyState, encodeState, plannerCsv } from '../../src/core/planner-state.ts';
import { textIn } from '../helpers/text.ts';

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
      textIn('en'),
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Context,Sector,before,during,after,Note,Source of ratings');
    expect(lines[1]).toBe('"Cyclone response, Region X",Health,,Critical,,Cholera risk & 2 clinics,User\'s own assessment (not IOM\'s)');
  });
  it('writes the CSV in the language of the page it was made on', () => {
    const csv = plannerCsv(state, [{ id: 'health', title: 'Santé' }], [{ id: 'during', title: 'Pendant une crise' }], textIn('fr'));
    const [head, row] = csv.split('\r\n');
    expect(head).toBe('Contexte,Secteur,Pendant une crise,Remarque,Origine des notes');
    expect(row).toBe('"Cyclone response, Region X",Santé,Critique,Cholera risk & 2 clinics,Évaluation propre de l’utilisateur (pas celle de l’OIM)');
  });
});
