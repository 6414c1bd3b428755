/**
 * The open data in each translated language (`/data/mcof-fr.json` …): the same shape as
 * /data/mcof.json, with the editors' translations of titles and own-words text and the
 * addresses of that language's pages; official wording stays IOM's English.
 */
import type { APIRoute } from 'astro';
import { type LocaleCode, localeOf, translationLocales } from '../../core/locales.ts';
import { openData } from '../../core/open-data.ts';
import { getModel } from '../../project/model.ts';

export const getStaticPaths = () => translationLocales.map((l) => ({ params: { locale: l.code } }));

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as LocaleCode;
  const data = openData(await getModel(locale), new Date().toISOString().slice(0, 10), localeOf(locale).lang);
  return new Response(JSON.stringify(data, null, 1), { headers: { 'content-type': 'application/json' } });
};
