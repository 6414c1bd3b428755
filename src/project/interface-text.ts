/**
 * The interface in a page's language, for pages and components: `const t = pageText(Astro.url)`
 * then `t('common.referencedBy')`. The language comes from the page's address (its prefix
 * after the base), the strings from content/translations/<locale>/interface.yaml
 * (through the translations module, config/translations-module.ts).
 */

import { interfaces } from 'virtual:mcof/translations';
import { type InterfaceDictionaries, interfaceDictionaries, interfaceText, type Translate } from '../core/interface.ts';
import type { LocaleCode } from '../core/locales.ts';
import { localeOfUrl } from './locale-routes.ts';

let dictionaries: InterfaceDictionaries | undefined;

function loaded(): InterfaceDictionaries {
  dictionaries ??= interfaceDictionaries(interfaces);
  return dictionaries;
}

export type { Translate };

/** The interface strings of one language. */
export function textIn(locale: LocaleCode): Translate {
  const all = loaded();
  return (key, values) => interfaceText(locale, key, values, all);
}

/** The interface strings of the language a page's URL is in. */
export const pageText = (url: URL): Translate => textIn(localeOfUrl(url));
