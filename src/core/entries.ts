/** Content entries as read from files, before Astro: what the content check and the model take in. */
import type { CollectionName } from './collections.ts';
import type { RawInterface } from './interface.ts';
import type { RawTranslation } from './translations.ts';

export type { CollectionName };

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, with forward slashes, for messages. */
  file: string;
  data: unknown;
  /** Markdown/MDX body, for documents. */
  body?: string;
  /** The line of the file where the body starts (after the front matter), for messages. */
  bodyLine?: number;
}

/** A file that could not even be read as an entry (bad YAML, no front matter, empty, not loadable). */
export interface ParseFailure {
  file: string;
  message: string;
  /** Where in the file, e.g. `line 5`; `(file)` when it is the file as a whole. */
  field?: string;
  fix?: string;
  /** The collection and id the file would have had, so problems caused by its absence are folded into this one. */
  would?: { collection: CollectionName; id: string };
}

export interface RawContent {
  entries: RawEntry[];
  failures: ParseFailure[];
  /** The editors' translations, checked against the English entries they translate. */
  translations?: RawTranslation[];
  /** Each language's interface strings (`translations/<locale>/interface.yaml`); absent when there is no translations folder. */
  interfaces?: RawInterface[];
}
