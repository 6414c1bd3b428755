/**
 * Reads every file under `content/` into plain records, without Astro, so that the
 * integrity check can run before a build (`npm run check:content`, the build's
 * first step) and in unit tests against fixture folders. Folders and file kinds come
 * from the collection registry (src/core/collections.ts).
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { type CollectionName, type CollectionSpec, collections } from '../core/collections.ts';
import { listFiles } from './files.ts';

export type { CollectionName, ParseFailure, RawContent, RawEntry } from '../core/entries.ts';

import type { ParseFailure, RawContent, RawEntry } from '../core/entries.ts';

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
  for (const [collection, layout] of Object.entries(collections) as [CollectionName, CollectionSpec][]) {
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
          const id =
            collection === 'docs'
              ? relative(join(contentDir, layout.dir), path)
                  .split(sep)
                  .join('/')
                  .replace(/\.[^.]+$/, '')
                  .replace(/(^|\/)index$/, '')
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
