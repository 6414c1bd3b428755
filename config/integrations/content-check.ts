/**
 * Astro integration that runs the content integrity check when the build (or dev
 * server) starts, so a content mistake stops the build with a readable message
 * instead of surfacing later as a broken page.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContent } from '../lib/content-files.ts';
import { checkContent, formatProblems } from '../lib/integrity.ts';

export function contentCheck({ root, contentDir }: { root: URL; contentDir?: string }): AstroIntegration {
  return {
    name: 'mcof-atlas:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const raw = readContent(fileURLToPath(root), contentDir ?? process.env.MCOF_CONTENT_DIR);
        const problems = checkContent(raw);
        if (problems.length) {
          const error = new Error(`${formatProblems(problems)}\n\nRun \`npm run check:content\` to re-check after fixing.`);
          error.stack = error.message; // the message is the whole story; a stack trace only hides it
          throw error;
        }
        logger.info(`content check: ${raw.entries.length} entries, no problems`);
      },
    },
  };
}
