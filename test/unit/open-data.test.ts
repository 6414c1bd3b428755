import { describe, expect, it } from 'vitest';
import { matrixCsv, openData, openDataJsonSchema, openDataSchema } from '../../src/core/open-data.ts';
import type { Quote } from '../../src/core/schemas/shared.ts';
import { withFrenchSourceFixture } from '../helpers/content.ts';
import { modelFrom } from '../helpers/model.ts';

const model = modelFrom();

describe('open data', () => {
  const data = openData(model, '2026-01-01');
  it('publishes both editions with verbatim objectives and cited phases, and no ratings', () => {
    expect(data.sectors).toHaveLength(30);
    const wash = data.sectors.find((s) => s.id === 'water-sanitation-and-hygiene')!;
    expect(wash.objective.citation).toEqual({
      source: 'mcof-2021-addendum',
      paragraph: 40,
      url: '/sources/mcof-2021-addendum/#p40',
      label: 'MCOF 2021 Addendum ¶40',
    });
    expect(JSON.stringify(data)).not.toMatch(/"(critical|important|recommended)"/i);
    expect(openDataSchema.safeParse(data).success).toBe(true);
  });
  it('has a JSON Schema describing it', () => {
    const schema = openDataJsonSchema() as { $id: string; properties: Record<string, unknown> };
    expect(schema.$id).toBe('/data/mcof.schema.json');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['sectors', 'phases', 'crosswalk', 'policies', 'sources']));
  });
  it('exports the matrix as CSV, one row per sector and phase', () => {
    const lines = matrixCsv(model).trim().split('\r\n');
    expect(lines[0]).toBe('edition,sector_id,sector,phase,described_in_sources,summary,page,citations');
    expect(lines).toHaveLength(1 + 90);
    expect(lines.some((l) => l.startsWith('2021,health,Health,during,yes,'))).toBe(true);
  });
});

describe('open data in a language with an official translation', () => {
  const { content, official } = withFrenchSourceFixture();
  const french = modelFrom(content);
  // What getModel('fr') does with the translation file's `objective.officialTranslation`.
  (french.sectorById.get('health')!.data.objective as Quote).officialTranslation = official;
  const health = openData(french, '2026-01-01', 'fr').sectors.find((s) => s.id === 'health')!;

  it('carries it beside the English objective, cited to the translated document', () => {
    expect(health.objective.text).toMatch(/^To reduce the mortality/);
    expect(health.objective.officialTranslation).toEqual({
      text: official.text,
      citation: { source: 'fixture-addendum-fr', paragraph: 42, url: '/sources/fixture-addendum-fr/#p42', label: 'Fixture FR ¶42' },
    });
  });

  it('leaves it out where none is given', () => {
    expect(openData(model, '2026-01-01').sectors.find((s) => s.id === 'health')!.objective).not.toHaveProperty('officialTranslation');
  });
});
