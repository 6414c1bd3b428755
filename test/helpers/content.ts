/** Loads the real content once and lets a test change one entry to see what the check says. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { type RawContent, type RawEntry, readContent, splitFrontMatter } from '../../src/project/content-files.ts';

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

/**
 * The official-translation fixture: a stand-in French source document (`language: fr`; no
 * translated IOM document is part of this edition) added to `content`, and the official
 * translation of Health's objective that cites it.
 */
export function withFrenchSourceFixture(content: RawContent = realContent()) {
  const fixture = join(root, 'test/fixtures/official-translation');
  const split = splitFrontMatter(readFileSync(join(fixture, 'fixture-addendum-fr.md'), 'utf8'));
  if (!split) throw new Error('test setup: the French source fixture has no front matter');
  content.entries.push({
    collection: 'sources',
    id: 'fixture-addendum-fr',
    file: 'content/sources/fixture-addendum-fr.md',
    data: yaml.load(split.frontMatter),
    body: split.body,
  });
  const snippet = readFileSync(join(fixture, 'health-objective-fr.yaml'), 'utf8');
  const official = (yaml.load(snippet) as { objective: { officialTranslation: { text: string; cite: { source: string; paragraph: number } } } }).objective
    .officialTranslation;
  return { content, official, snippet };
}
