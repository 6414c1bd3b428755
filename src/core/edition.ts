/**
 * Which edition of the atlas a reader holds: the software version, the date of the
 * newest content change and the short commit. Printed in every page's footer and in the
 * offline copy, so a trainer and an offline reader can tell whether they hold the same thing.
 */
import { interfaceText, type Translate } from './interface.ts';
import { sourceLocale } from './locales.ts';

export interface AtlasEdition {
  version: string;
  /** ISO date (YYYY-MM-DD) of the newest change to content/. */
  contentDate: string;
  /** Short commit id, or "unknown" outside a git checkout. */
  commit: string;
}

const english: Translate = (key, values) => interfaceText(sourceLocale, key, values);

/**
 * The content date as a reader of `lang` writes it. English keeps the ISO date, which is
 * what a trainer compares between copies; other languages get their own long form.
 */
export function contentDateIn(isoDate: string, lang: string = sourceLocale): string {
  if (lang === sourceLocale || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "Version 0.1.0 · content of 2026-12-01 · commit 3f2a9c1", in the language of `t` (its dates in `lang`). */
export function editionLine(edition: AtlasEdition, t: Translate = english, lang: string = sourceLocale): string {
  return t('footer.edition', { version: edition.version, date: contentDateIn(edition.contentDate, lang), commit: edition.commit });
}
