/**
 * Runs the content check when the build or the dev server starts, so a content mistake
 * stops the build with a readable message before anything is rendered or written. In
 * `astro dev`, an edited content file is read and checked again, and its problems are
 * shown in the terminal and the browser's error overlay.
 */
import { relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../../src/core/check/integrity.ts';
import { devProblemsGlobal } from '../../src/core/constants.ts';
import { invalidateProjectContent, projectContent, projectEntries, projectRoot } from '../../src/project/content.ts';
import { contentError } from '../errors.ts';

/** Pages rendered by `astro dev` refuse to render while this is set (src/middleware.ts), so the overlay shows it. */
function setDevProblems(report: string | undefined): void {
  (globalThis as Record<string, unknown>)[devProblemsGlobal] = report;
}

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
      'astro:config:setup': ({ command, logger }) => {
        const report = problemsReport();
        if (report && command === 'dev') {
          // The dev server still starts, so the editor can fix the file and see the page come back.
          logger.error(report);
          setDevProblems(report);
          return;
        }
        if (report) throw contentError(report, fixHint);
        logger.info(`content check: ${projectEntries().length} entries, no problems`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = resolve(process.env.MCOF_CONTENT_DIR ?? `${projectRoot}content`);
        // Content may live outside the project (MCOF_CONTENT_DIR): make sure its files are watched.
        server.watcher.add(contentDir);
        let failing = false;
        const onChange = (path: string) => {
          if (!resolve(path).startsWith(contentDir)) return;
          invalidateProjectContent();
          const report = problemsReport();
          const file = `content/${relative(contentDir, path).split(sep).join('/')}`;
          if (!report) {
            logger.info(`content check: ${file} changed, no problems`);
            setDevProblems(undefined);
            // The overlay stays until the page reloads; reload it now that the problem is fixed.
            if (failing) server.hot.send({ type: 'full-reload' });
            failing = false;
            return;
          }
          failing = true;
          setDevProblems(report);
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
