/** Builds the pure model from the real content (validated, defaults applied), as the site does. */

import type { RawContent } from '../../src/project/content-files.ts';
import { modelOf } from '../../src/project/plain-model.ts';
import { realContent } from './content.ts';

export function modelFrom(content: RawContent = realContent(), options: { base?: string } = {}) {
  return modelOf(content, options);
}
