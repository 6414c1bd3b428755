/**
 * Runs the content check when the build or the dev server starts, so a content mistake
 * stops the build with a readable message before anything is rendered or written. In
 * `astro dev`, an edited content file is read and checked again, and its problems are
 * shown in the terminal and the browser's error overlay.
 */
import { relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../../src/core/check/integrity.ts';
import { invalidateProjectContent, projectContent, projectRoot } from '../../src/project/content.ts';
import { contentError } from '../errors.ts';

const fixHint = 'Fix each problem listed, then run `npm run check:content` to re-check in about a second.';

/** The check's verdict on the project's content: undefined when it is clean. */
function problemsReport(): string | undefined {
  const { raw, catalogue } = projectContent();
  const problems = checkContent(raw, catalogue);
  return problems.length ? formatProblems(problems) : undefined;
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'mcof-atlas:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const report = problemsReport();
        if (report) throw contentError(report, fixHint);
        logger.info(`content check: ${projectContent().entries.length} entries, no problems`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = process.env.MCOF_CONTENT_DIR ?? `${projectRoot}content`;
        const onChange = (path: string) => {
          if (!path.startsWith(contentDir)) return;
          invalidateProjectContent();
          const report = problemsReport();
          const file = relative(projectRoot, path).split(sep).join('/');
          if (!report) {
            logger.info(`content check: ${file} changed, no problems`);
            return;
          }
          logger.error(report);
          server.hot.send({ type: 'error', err: { message: report, stack: fixHint, plugin: 'mcof-atlas:content-check', id: file } });
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
