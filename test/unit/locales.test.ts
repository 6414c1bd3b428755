/** The locale registry and the languages a build makes (MCOF_LOCALES). */
import { describe, expect, it } from 'vitest';
import { builtLocales, isLocaleCode, registeredLocales, starlightLocales } from '../../src/core/locales.ts';

describe('the languages a build makes', () => {
  it('builds every registered language unless told otherwise', () => {
    expect(builtLocales(undefined).map((l) => l.code)).toEqual(['en', 'fr', 'es', 'ar']);
    expect(builtLocales('').map((l) => l.code)).toEqual(registeredLocales.map((l) => l.code));
  });

  it('builds the languages MCOF_LOCALES lists, in registry order, always with English', () => {
    expect(builtLocales('en').map((l) => l.code)).toEqual(['en']);
    expect(builtLocales('ar, fr').map((l) => l.code)).toEqual(['en', 'fr', 'ar']);
  });

  it('refuses an unknown language, naming it and the codes it knows', () => {
    expect(() => builtLocales('en,de')).toThrow('MCOF_LOCALES: unknown language de; use codes of src/core/locales.ts (en, fr, es, ar), comma-separated');
  });

  it('still knows a registered language that a build leaves out, and gives Starlight English as its root', () => {
    expect(isLocaleCode('ar')).toBe(true);
    expect(isLocaleCode('de')).toBe(false);
    expect(starlightLocales().root).toEqual({ label: 'English', lang: 'en', dir: 'ltr' });
  });
});
