/** Builds the pure model from the real content (validated, defaults applied), as the site does. */
import type { RawContent } from '../../src/lib/content-files.ts';
import { validateSchemas } from '../../src/lib/integrity.ts';
import { buildModel, type ModelInput } from '../../src/lib/model.ts';
import { realContent } from './content.ts';

export function modelFrom(content: RawContent = realContent()) {
  const { valid } = validateSchemas(content.entries);
  const input: ModelInput = {};
  for (const e of valid) (input[e.collection] ??= []).push({ id: e.id, data: e.data, body: e.body });
  return buildModel(input);
}
