/**
 * Every page exists in every language of the locale registry: the page files live under
 * `src/pages/[...locale]/`, whose rest parameter is empty for English (the root) and the
 * language code otherwise, so `/sectors/health/` and `/fr/sectors/health/` come from one file.
 */
import { splitLocalePath } from '../core/addresses.ts';
import { normalizeBase, withoutBase } from '../core/deploy.ts';
import { type LocaleCode, locales, sourceLocale } from '../core/locales.ts';

type Path = { params: Record<string, string | undefined>; props?: Record<string, unknown> };

/** The `[...locale]` parameter of a language: none for English. */
export const localeParam = (locale: LocaleCode): string | undefined => (locale === sourceLocale ? undefined : locale);

/** The language a page is built for, from its route parameters. */
export function pageLocale(params: Record<string, string | undefined>): LocaleCode {
  return (locales.find((l) => l.code === params.locale)?.code ?? sourceLocale) as LocaleCode;
}

/**
 * A page's static paths in every language: `pathsIn(locale)` lists the page's paths for
 * one language (from that language's model), each gets the language's parameter.
 */
export async function inEveryLocale<P extends Path = { params: Record<string, never> }>(
  pathsIn: (locale: LocaleCode) => P[] | Promise<P[]> = () => [{ params: {} } as P],
): Promise<(P & { params: P['params'] & { locale: string | undefined } })[]> {
  const all: (P & { params: P['params'] & { locale: string | undefined } })[] = [];
  for (const { code } of locales) {
    for (const path of await pathsIn(code)) all.push({ ...path, params: { ...path.params, locale: localeParam(code) } });
  }
  return all;
}

/** Which language a page of this build is in, from its URL (the prefix after the base). */
export function localeOfUrl(url: URL): LocaleCode {
  return splitLocalePath(withoutBase(normalizeBase(import.meta.env.BASE_URL), url.pathname) ?? url.pathname).locale;
}
