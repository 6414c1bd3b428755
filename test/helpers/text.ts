/** The interface strings of one language, read from the real dictionaries, for tests of code that takes a `t`. */
import { interfaceDictionaries, interfaceText, type Translate } from '../../src/core/interface.ts';
import type { LocaleCode } from '../../src/core/locales.ts';
import { realContent } from './content.ts';

const dictionaries = interfaceDictionaries(realContent().interfaces ?? []);

export const textIn =
  (locale: LocaleCode): Translate =>
  (key, values) =>
    interfaceText(locale, key, values, dictionaries);
