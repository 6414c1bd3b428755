/**
 * The source documents' structure, read once per build from the content folder, for
 * the remark plugins (which run per file and cannot query Astro's collections).
 */
import { fileURLToPath } from 'node:url';
import { readContent } from '../lib/content-files.ts';
import { buildSourceIndex, type SourceIndex } from '../lib/integrity.ts';

export interface SourceCatalogue {
  index: SourceIndex;
  shortTitles: Map<string, string>;
}

let cached: SourceCatalogue | undefined;

export function sourceCatalogue(): SourceCatalogue {
  if (cached) return cached;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const { entries } = readContent(root, process.env.MCOF_CONTENT_DIR);
  const sources = entries.filter((e) => e.collection === 'sources');
  cached = {
    index: buildSourceIndex(sources),
    shortTitles: new Map(sources.map((e) => [e.id, String((e.data as { shortTitle?: string }).shortTitle ?? e.id)])),
  };
  return cached;
}
