/**
 * The pure model built from the content files, outside Astro: for the post-build outputs
 * (the EPUB and the PDF book) and the tests. Entries are validated as the site's are
 * (defaults applied); the content check has already refused any that are not.
 */
import { validateSchemas } from '../core/check/integrity.ts';
import type { RawContent } from '../core/entries.ts';
import { buildModel, type Model, type ModelInput, type ModelOptions } from '../core/model.ts';
import { projectContent } from './content.ts';

export function modelOf(content: RawContent, options: ModelOptions = {}): Model {
  const { valid } = validateSchemas(content.entries);
  const input: ModelInput = {};
  for (const e of valid) {
    const list = input[e.collection] ?? [];
    list.push({ id: e.id, data: e.data, body: e.body });
    input[e.collection] = list;
  }
  return buildModel(input, options);
}

/** The model of the project's own content (MCOF_CONTENT_DIR or content/). */
export function projectModel(options: ModelOptions = {}): Model {
  return modelOf(projectContent().raw, options);
}
