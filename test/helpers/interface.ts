/** The interface strings of one language as the site has them (content/translations/<locale>/interface.yaml), for pure tests. */
import { interfaceDictionaries, interfaceText, type Translate } from '../../src/core/interface.ts';
import type { LocaleCode } from '../../src/core/locales.ts';
import { modelOf } from '../../src/project/plain-model.ts';
import { realContent } from './content.ts';

const dictionaries = interfaceDictionaries(realContent().interfaces ?? []);

export function textIn(locale: LocaleCode): Translate {
  return (key, values) => interfaceText(locale, key, values, dictionaries);
}

/** The model of the real content with the interface of `locale` (entries stay English: these tests are about the interface). */
export function modelIn(locale: LocaleCode) {
  return modelOf(realContent(), { text: textIn(locale) });
}
