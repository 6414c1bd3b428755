import type { APIRoute } from 'astro';
import { matrixCsv } from '../../core/open-data.ts';
import { getModel } from '../../project/model.ts';

export const GET: APIRoute = async () => new Response(matrixCsv(await getModel()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
