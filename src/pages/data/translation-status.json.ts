/**
 * One row per language, translated collection and English entry: `{ locale, collection,
 * id, status }`, status `current`, `stale` (the English changed since) or `missing`. The
 * same rows as the translators' pages and `npm run translations`.
 */

import { rows } from 'virtual:mcof/translations';
import type { APIRoute } from 'astro';

export const GET: APIRoute = () => {
  return new Response(JSON.stringify(rows, null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
