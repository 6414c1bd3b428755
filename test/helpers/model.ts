/** Builds the pure model from the real content (validated, defaults applied), as the site does. */

import { validateSchemas } from '../../src/core/check/integrity.ts';
import { buildModel, type ModelInput } from '../../src/core/model.ts';
import type { RawContent } from '../../src/project/content-files.ts';
import { realContent } from './content.ts';

export function modelFrom(content: RawContent = realContent(), options: { base?: string } = {}) {
  const { valid } = validateSchemas(content.entries);
  const input: ModelInput = {};
  for (const e of valid) {
    const list = input[e.collection] ?? [];
    list.push({ id: e.id, data: e.data, body: e.body });
    input[e.collection] = list;
  }
  return buildModel(input, options);
}
