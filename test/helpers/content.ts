/** Loads the real content once and lets a test change one entry to see what the check says. */
import { fileURLToPath } from 'node:url';
import { type RawContent, type RawEntry, readContent } from '../../src/project/content-files.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const pristine = readContent(root);

/** A deep copy of the real content, safe to mutate. */
export function realContent(): RawContent {
  return structuredClone(pristine);
}

export function entry(content: RawContent, collection: RawEntry['collection'], id: string): RawEntry {
  const found = content.entries.find((e) => e.collection === collection && e.id === id);
  if (!found) throw new Error(`test setup: no ${collection} entry ${id}`);
  return found;
}

/** Runs `change` on a copy of one entry's data and returns the whole content. */
export function withChange(collection: RawEntry['collection'], id: string, change: (data: Record<string, any>) => void): RawContent {
  const content = realContent();
  change(entry(content, collection, id).data as Record<string, any>);
  return content;
}
