/**
 * A virtual module, `virtual:mcof/deploy`, through which pages and components read what
 * the build knows about its deployment (public origin, base path) and its edition. Filled
 * from the same values the config and the post-build steps use, so they cannot disagree.
 */
import type { Plugin } from 'vite';
import type { DeployConfig } from '../src/core/deploy.ts';
import type { AtlasEdition } from '../src/core/edition.ts';

const id = 'virtual:mcof/deploy';

export function deployModule(deploy: DeployConfig, edition: AtlasEdition): Plugin {
  return {
    name: 'mcof-atlas:deploy-module',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) =>
      resolved === `\0${id}` ? `export const deploy = ${JSON.stringify(deploy)};\nexport const edition = ${JSON.stringify(edition)};\n` : undefined,
  };
}
