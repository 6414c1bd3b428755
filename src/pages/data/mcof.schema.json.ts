import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../../core/open-data.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(openDataJsonSchema(), null, 1), { headers: { 'content-type': 'application/json' } });
