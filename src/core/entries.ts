/** Content entries as read from files, before Astro: what the content check and the model take in. */
import type { CollectionName } from './collections.ts';

export type { CollectionName };

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
