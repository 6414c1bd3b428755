import type { APIRoute } from 'astro';
import { openData } from '../../core/open-data.ts';
import { getModel } from '../../project/model.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(openData(await getModel(), new Date().toISOString().slice(0, 10)), null, 1), { headers: { 'content-type': 'application/json' } });
