/**
 * The interface strings in other languages: a translated page needs every heading and
 * label in its language, with the same values put in as the English; a translator who
 * misspells a key or drops a placeholder hears it from the content check.
 */
import { describe, expect, it } from 'vitest';
import { interfaceDictionaries, interfaceProblems, interfaceText, placeholders, type RawInterface } from '../../src/core/interface.ts';
import { type InterfaceKey, interfaceStrings } from '../../src/core/interface-strings.ts';
import { translationLocales } from '../../src/core/locales.ts';
import { realContent } from '../helpers/content.ts';

const englishKeys = Object.keys(interfaceStrings) as InterfaceKey[];
/** Words a language writes exactly as English does ("Phase", "Sector"): a text of only these may equal the English. */
const sameSpelling: Record<string, string[]> = {
  fr: [
    'sources',
    'phases',
    'phase',
    'passage',
    'passages',
    'page',
    'type',
    'important',
    'plan',
    'instrument',
    'initiative',
    'publication',
    'date',
    'version',
    'collaboration',
    'collection',
    'web',
    'edition',
    // The planner's one-letter level marks: Critique, Important, Recommandé start as the English do.
    'c',
    'i',
    'r',
  ],
  // Crítico, Importante, Recomendado: the same one-letter marks; MB is MB.
  es: ['sector', 'plan', 'web', 'mb', 'c', 'i', 'r'],
};
const content = realContent();
const files = content.interfaces ?? [];

/** A complete, correct French dictionary (the English text marked), to break one thing at a time. */
const completeFrench = (): Record<string, unknown> => Object.fromEntries(englishKeys.map((k) => [k, `FR ${interfaceStrings[k]}`]));
const french = (data: unknown): RawInterface => ({ locale: 'fr', file: 'content/translations/fr/interface.yaml', data });
const check = (data: unknown) => interfaceProblems([french(data)], ['fr']);

describe('the dictionaries in content/translations/<locale>/interface.yaml', () => {
  it('exist for every language the atlas translates into', () => {
    expect(files.map((f) => f.locale).sort()).toEqual(translationLocales.map((l) => l.code).sort());
  });

  for (const { code, label } of translationLocales) {
    describe(label, () => {
      const data = (files.find((f) => f.locale === code)?.data ?? {}) as Record<string, unknown>;

      it('translates every English key, and only those', () => {
        expect(Object.keys(data).sort()).toEqual([...englishKeys].sort());
      });

      it('keeps each string’s placeholders, no more and no fewer', () => {
        const differing = englishKeys.filter(
          (k) => typeof data[k] !== 'string' || placeholders(String(data[k])).sort().join() !== placeholders(interfaceStrings[k]).sort().join(),
        );
        expect(differing).toEqual([]);
      });

      it('has no empty text and no text left in English, except words spelt the same in this language', () => {
        const words = (s: string) => s.replace(/\{\w+\}|MCOF Atlas|MCOF|IOM|CSV|SHA/g, '').match(/[A-Za-z]+/g) ?? [];
        const spelledAlike = new Set(sameSpelling[code] ?? []);
        const untranslated = englishKeys.filter(
          (k) => !String(data[k]).trim() || (data[k] === interfaceStrings[k] && words(interfaceStrings[k]).some((w) => !spelledAlike.has(w.toLowerCase()))),
        );
        expect(untranslated).toEqual([]);
      });
    });
  }

  it('pass the content check', () => {
    expect(interfaceProblems(files)).toEqual([]);
  });
});

describe('what the content check says about an interface file', () => {
  it('accepts a complete dictionary', () => {
    expect(check(completeFrench())).toEqual([]);
  });

  it('names a key the English does not have, with the closest English key', () => {
    const data = completeFrench();
    data['nav.hom'] = data['nav.home'];
    delete data['nav.home'];
    const problems = check(data);
    expect(problems).toContainEqual({
      file: 'content/translations/fr/interface.yaml',
      field: 'nav.hom',
      message: '"nav.hom" is not an interface string of the English',
      fix: 'did you mean `nav.home`?',
    });
    expect(problems).toContainEqual(expect.objectContaining({ field: 'nav.home', message: 'no translation of "Home"' }));
  });

  it('says where the English keys are when nothing is close', () => {
    const problems = check({ ...completeFrench(), 'zzz.qqq.www': 'x' });
    expect(problems).toEqual([expect.objectContaining({ field: 'zzz.qqq.www', fix: 'remove it; the English keys are in src/core/interface-strings.ts' })]);
  });

  it('lists each missing key with the English to translate', () => {
    const data = completeFrench();
    delete data['search.fallback'];
    expect(check(data)).toEqual([
      {
        file: 'content/translations/fr/interface.yaml',
        field: 'search.fallback',
        message: 'no translation of "No page has all your words; showing pages with {words}."',
        fix: 'add `search.fallback: "…"` with the Français text',
      },
    ]);
  });

  it('refuses a translation that drops a placeholder', () => {
    expect(check({ ...completeFrench(), 'matrix.status': '{shown} secteurs affichés (édition {edition}).' })).toEqual([
      expect.objectContaining({
        field: 'matrix.status',
        message: 'the translation leaves out {total}: the page puts a value there (the English: "{shown} of {total} sectors shown ({edition} edition).")',
        fix: 'write {total} where the value goes in this language',
      }),
    ]);
  });

  it('refuses a placeholder the English does not have', () => {
    expect(check({ ...completeFrench(), 'cell.title': '{sector} : {phase} ({edition})' })).toEqual([
      expect.objectContaining({
        field: 'cell.title',
        message: '{edition} is not a placeholder of the English: no value goes there, the page would show it as written',
        fix: 'use only {sector}, {phase}, spelt as in the English',
      }),
    ]);
    expect(check({ ...completeFrench(), 'nav.home': 'Accueil {page}' })).toEqual([
      expect.objectContaining({ field: 'nav.home', fix: 'remove it: this text takes no value' }),
    ]);
  });

  it('refuses an empty text', () => {
    expect(check({ ...completeFrench(), 'planner.print': '  ' })).toEqual([
      { file: 'content/translations/fr/interface.yaml', field: 'planner.print', message: 'the translation is empty', fix: 'translate "Print"' },
    ]);
  });

  it('refuses a value that is not a text', () => {
    expect(check({ ...completeFrench(), 'nav.home': ['Accueil'] })).toEqual([
      expect.objectContaining({ field: 'nav.home', message: 'expected one text in quotes' }),
    ]);
  });

  it('reports a language without its file', () => {
    expect(interfaceProblems([], ['es'])).toEqual([
      expect.objectContaining({
        file: 'content/translations/es/interface.yaml',
        field: '(file)',
        message: 'Español has no interface strings: its pages would show English headings and labels',
      }),
    ]);
  });

  it('refuses a file that is not a map of keys', () => {
    expect(check(['nav.home: Accueil'])).toEqual([expect.objectContaining({ field: '(file)', message: 'expected one `key: "translation"` a line' })]);
  });
});

describe('interfaceText', () => {
  const dictionaries = interfaceDictionaries(files);

  it('fills the placeholders in the English', () => {
    expect(interfaceText('en', 'search.fallback', { words: 'camp and shelter' })).toBe('No page has all your words; showing pages with camp and shelter.');
    expect(interfaceText('en', 'matrix.status', { shown: 3, total: 15, edition: 2021 })).toBe('3 of 15 sectors shown (2021 edition).');
  });

  it('gives the language’s own text, with the same values put in', () => {
    expect(interfaceText('fr', 'cell.title', { sector: 'Santé', phase: 'avant une crise' }, dictionaries)).toBe('Santé : avant une crise');
    expect(interfaceText('es', 'matrix.status', { shown: 3, total: 15, edition: 2021 }, dictionaries)).toBe('Se muestran 3 de 15 sectores (edición de 2021).');
    expect(interfaceText('ar', 'copyLink.button', {}, dictionaries)).toBe('انسخ الرابط');
  });

  it('falls back to the English for a key the dictionary lacks', () => {
    expect(interfaceText('fr', 'nav.home', undefined, { fr: {} })).toBe('Home');
    expect(interfaceText('fr', 'nav.home')).toBe('Home');
  });

  it('leaves a placeholder without a value visible rather than guessing', () => {
    expect(interfaceText('en', 'handout.back', {})).toBe('← Back to {sector}');
  });

  it('puts a value in as given, even one that looks like a placeholder', () => {
    expect(interfaceText('en', 'search.didYouMean', { suggestion: '{words}' })).toBe('Did you mean {words}?');
  });
});
