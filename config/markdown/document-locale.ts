/**
 * The language of a Markdown file: a translated free page lives in its language's folder
 * of content/docs/ (`docs/fr/about.mdx`, as Starlight expects); every other file is English.
 */
import { isLocaleCode, type LocaleCode, sourceLocale } from '../../src/core/locales.ts';

export function documentLocale(path: string | undefined): LocaleCode {
  const folder = /[\\/]docs[\\/]([^\\/]+)[\\/]/.exec(path ?? '')?.[1] ?? '';
  return isLocaleCode(folder) ? folder : sourceLocale;
}
