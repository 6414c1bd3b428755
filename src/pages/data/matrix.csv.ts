import type { APIRoute } from 'astro';
import { getModel } from '../../lib/load-model.ts';
import { matrixCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => new Response(matrixCsv(await getModel()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
