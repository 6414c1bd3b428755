import type { APIRoute } from 'astro';
import { getModel } from '../../lib/load-model.ts';
import { openData } from '../../lib/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(openData(await getModel(), new Date().toISOString().slice(0, 10)), null, 1), { headers: { 'content-type': 'application/json' } });
