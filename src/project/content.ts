/**
 * The project's content as plain records, read once per build, for the remark plugins
 * (which run per file and cannot query Astro's collections) and the post-build search
 * synonyms: the source documents' structure and the glossary.
 */
import { fileURLToPath } from 'node:url';
import { readContent, type RawEntry } from '../lib/content-files.ts';
import { buildSourceIndex, type SourceIndex } from '../lib/integrity.ts';

export interface SourceCatalogue {
  index: SourceIndex;
  shortTitles: Map<string, string>;
}

let entries: RawEntry[] | undefined;
let catalogue: SourceCatalogue | undefined;

/** Every content entry of the build's content folder (MCOF_CONTENT_DIR or content/). */
export function projectEntries(): RawEntry[] {
  entries ??= readContent(fileURLToPath(new URL('../..', import.meta.url)), process.env.MCOF_CONTENT_DIR).entries;
  return entries;
}

export function sourceCatalogue(): SourceCatalogue {
  if (catalogue) return catalogue;
  const sources = projectEntries().filter((e) => e.collection === 'sources');
  catalogue = {
    index: buildSourceIndex(sources),
    shortTitles: new Map(sources.map((e) => [e.id, String((e.data as { shortTitle?: string }).shortTitle ?? e.id)])),
  };
  return catalogue;
}
