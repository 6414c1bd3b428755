/** Quotes are shown as what they are: a sentence as a block quotation, a fragment inline with an ellipsis. */
import { describe, expect, it } from 'vitest';
import { quoteShape, shownWording } from '../../src/core/quotes.ts';
import { modelFrom } from '../helpers/model.ts';

const model = modelFrom();
const policyQuote = (id: string) => {
  const quote = model.policies.find((p) => p.id === id)?.data.quote;
  if (!quote) throw new Error(`test setup: policy ${id} has no quote`);
  return quote;
};

describe('quoteShape', () => {
  it('keeps a whole sentence as it is, for a block quotation', () => {
    const objective = model.sectorById.get('health')!.data.objective;
    expect(quoteShape(objective)).toEqual({ fragment: false, shown: objective.text.trim().replace(/\s+/g, ' '), picked: undefined });
  });

  it('marks wording that starts mid-sentence with a leading ellipsis', () => {
    const shape = quoteShape({ text: 'upholding the principles of humanity.' });
    expect(shape).toMatchObject({ fragment: true, shown: '… upholding the principles of humanity.' });
  });

  it('marks wording that stops mid-sentence with a trailing ellipsis', () => {
    expect(quoteShape({ text: 'All activities aimed at ensuring full respect for the rights of the individual' })).toMatchObject({
      fragment: true,
      shown: 'All activities aimed at ensuring full respect for the rights of the individual …',
    });
  });

  it('lets the data say so where the text cannot tell', () => {
    expect(quoteShape({ text: 'Effectively address the mobility dimensions of crises.', fragment: true }).fragment).toBe(true);
    expect(quoteShape({ text: 'see below', fragment: false })).toMatchObject({ fragment: false, shown: 'see below' });
  });

  it('finds the fragments among the real quotes, and leaves every sector objective a sentence', () => {
    expect(quoteShape(policyQuote('iasc-protection-policy')).fragment).toBe(true);
    expect(quoteShape(policyQuote('health-border-and-mobility-management-framework')).shown).toMatch(/^… to define its strategic role .* mobility …$/);
    for (const s of model.sectors) expect(quoteShape(s.data.objective).fragment, s.id).toBe(false);
  });

  it('says which of the three ¶29 expansions a phase quote is', () => {
    expect(quoteShape(model.phaseById.get('during')!.data.framing2021.quote).picked).toBe(
      'The second of the three ways ¶29 expands the phases of a crisis, (a) to (c)',
    );
  });
});

describe('shownWording', () => {
  const objective = model.sectorById.get('health')!.data.objective;
  const official = { text: 'Texte de la traduction officielle.', cite: { source: 'fixture-addendum-fr', paragraph: 42 } };

  it('is IOM’s English where no official translation is given', () => {
    expect(shownWording(objective)).toEqual({ text: objective.text, cite: objective.cite, translated: false });
  });

  it('is IOM’s official translation, with its own citation, where the language has one', () => {
    expect(shownWording({ ...objective, officialTranslation: official })).toEqual({ ...official, translated: true });
  });
});
