/**
 * The project's content as plain records, for the build-time code that cannot query
 * Astro's collections: the content check, the remark plugins (which run per file), the
 * sidebar and the search synonyms. Read and parsed once per process, memoised; `astro dev`
 * drops the memo when a content file changes (config/integrations/content-check.ts).
 */
import { fileURLToPath } from 'node:url';
import { type SourceCatalogue, sourceCatalogue } from '../core/citations.ts';
import type { RawContent, RawEntry } from '../core/entries.ts';
import { readContent } from './content-files.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ProjectContent {
  raw: RawContent;
  /** The source documents, each parsed once. */
  catalogue: SourceCatalogue;
}

let cached: ProjectContent | undefined;

/** Every content entry of the build's content folder (MCOF_CONTENT_DIR or content/). */
export function projectContent(): ProjectContent {
  if (cached) return cached;
  const raw = readContent(projectRoot, process.env.MCOF_CONTENT_DIR);
  cached = { raw, catalogue: sourceCatalogue(raw.entries.filter((e) => e.collection === 'sources')) };
  return cached;
}

export function projectEntries(): RawEntry[] {
  return projectContent().raw.entries;
}

/** Forgets what was read, so the next call reads the files again (after an edit in `astro dev`). */
export function invalidateProjectContent(): void {
  cached = undefined;
}
