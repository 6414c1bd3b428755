/**
 * Everything the build writes after Astro and Pagefind, inside `astro build`, in this
 * order: 1. the internal link check over the finished pages (Pagefind's files included),
 * 2. the security headers (`_headers`, whose script hashes must see the final pages),
 * 3. the offline ZIP (a copy of the finished site, so it comes last, and it fills in the
 * download page). Listed after Starlight, whose own build:done hook runs Pagefind.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { DeployConfig } from '../../src/core/deploy.ts';
import type { AtlasEdition } from '../../src/core/edition.ts';
import { buildOfflineBundle } from '../offline/bundle.ts';
import { writeSecurityHeaders } from '../outputs/security-headers.ts';
import { checkBuiltLinks } from './link-check.ts';

export const postBuildSteps = ['link check', 'security headers', 'offline bundle'] as const;

export function atlasOutputs({ deploy, edition, root }: { deploy: DeployConfig; edition: AtlasEdition; root: string }): AstroIntegration {
  return {
    name: 'mcof-atlas:outputs',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        if (!deploy.site) {
          logger.warn(
            'SITE_URL is not set: no canonical links, sitemap or handout QR codes. Set it to the public origin, e.g. SITE_URL=https://atlas.example.net npm run build (see the README, "Deploy").',
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { pages } = checkBuiltLinks(dist, deploy.base);
        logger.info(`1/3 link check: ${pages} pages, no broken internal links or anchors`);
        const headers = writeSecurityHeaders(dist, deploy.base);
        logger.info(`2/3 security headers: CSP with ${headers.hashes} inline script hashes written to _headers`);
        const bundle = await buildOfflineBundle({ dist, work: join(root, '.offline'), base: deploy.base, edition });
        logger.info(`3/3 offline bundle: ${bundle.name}, ${(bundle.bytes / 1_000_000).toFixed(1)} MB, ${bundle.files} files`);
      },
    },
  };
}
