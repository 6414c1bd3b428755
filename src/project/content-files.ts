/**
 * Reads every file under `content/` into plain records, without Astro, so that the
 * integrity check can run before a build (`npm run check:content`, the build's
 * first step) and in unit tests against fixture folders. This is the one module in
 * src/lib that touches the file system.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { listFiles } from './files.ts';

export type CollectionName =
  | 'sources' | 'sectors' | 'crosswalk' | 'phases' | 'approaches' | 'crossCutting' | 'systems'
  | 'policies' | 'guidance' | 'glossary' | 'organization' | 'regions' | 'docs';

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, with forward slashes, for messages. */
  file: string;
  data: unknown;
  /** Markdown/MDX body, for documents. */
  body?: string;
}

/** A file that could not even be parsed (bad YAML, missing front matter). */
export interface ParseFailure {
  file: string;
  message: string;
}

export interface RawContent {
  entries: RawEntry[];
  failures: ParseFailure[];
}

/** Folder of each collection under content/, and how its files are shaped. */
export const collectionLayout: Record<CollectionName, { dir: string; ext: string[]; kind: 'data' | 'document' | 'list' }> = {
  sources: { dir: 'sources', ext: ['.md'], kind: 'document' },
  sectors: { dir: 'sectors', ext: ['.yaml', '.yml'], kind: 'data' },
  crosswalk: { dir: 'crosswalk', ext: ['.yaml', '.yml'], kind: 'list' },
  phases: { dir: 'phases', ext: ['.yaml', '.yml'], kind: 'data' },
  approaches: { dir: 'approaches', ext: ['.yaml', '.yml'], kind: 'data' },
  crossCutting: { dir: 'cross-cutting', ext: ['.yaml', '.yml'], kind: 'data' },
  systems: { dir: 'systems', ext: ['.yaml', '.yml'], kind: 'data' },
  policies: { dir: 'policies', ext: ['.yaml', '.yml'], kind: 'data' },
  guidance: { dir: 'guidance', ext: ['.md', '.mdx'], kind: 'document' },
  glossary: { dir: 'glossary', ext: ['.yaml', '.yml'], kind: 'data' },
  organization: { dir: 'organization', ext: ['.yaml', '.yml'], kind: 'data' },
  regions: { dir: 'regions', ext: ['.yaml', '.yml'], kind: 'data' },
  docs: { dir: 'docs', ext: ['.md', '.mdx'], kind: 'document' },
};

/** Splits `---\nyaml\n---\nbody` into front matter and body. */
export function splitFrontMatter(text: string): { frontMatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontMatter: match[1], body: match[2] } : undefined;
}

/** The entry id: the file name without extension (ids are unique per collection, checked). */
export function entryId(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, '');
}

export function readContent(root: string, contentDir = join(root, 'content')): RawContent {
  const entries: RawEntry[] = [];
  const failures: ParseFailure[] = [];
  for (const [collection, layout] of Object.entries(collectionLayout) as [CollectionName, (typeof collectionLayout)[CollectionName]][]) {
    // Files and folders starting with _ or . are drafts and editor files, not content.
    for (const path of listFiles(join(contentDir, layout.dir), (name) => name.startsWith('_') || name.startsWith('.'))) {
      if (!layout.ext.some((e) => path.endsWith(e))) continue;
      const file = relative(root, path).split(sep).join('/');
      const text = readFileSync(path, 'utf8');
      try {
        if (layout.kind === 'document') {
          const parts = splitFrontMatter(text);
          if (!parts) {
            failures.push({ file, message: 'missing front matter: the file must start with a `---` line, the fields, and another `---` line' });
            continue;
          }
          const id = collection === 'docs'
            ? relative(join(contentDir, layout.dir), path).split(sep).join('/').replace(/\.[^.]+$/, '').replace(/(^|\/)index$/, '')
            : entryId(path);
          entries.push({ collection, id, file, data: yaml.load(parts.frontMatter) ?? {}, body: parts.body });
        } else if (layout.kind === 'list') {
          const list = yaml.load(text);
          if (!Array.isArray(list)) {
            failures.push({ file, message: 'expected a YAML list of entries (each line starting with `- id: …`)' });
            continue;
          }
          list.forEach((item, index) => {
            const id = item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : `#${index + 1}`;
            entries.push({ collection, id, file, data: item });
          });
        } else {
          entries.push({ collection, id: entryId(path), file, data: yaml.load(text) ?? {} });
        }
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        failures.push({ file, message: `the YAML cannot be read: ${reason}` });
      }
    }
  }
  return { entries, failures };
}
