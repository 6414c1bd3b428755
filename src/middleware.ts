/**
 * In `astro dev`, a page is not rendered while the content has problems: it throws the
 * content check's report instead, so Astro's error overlay shows the file, the field and
 * the fix, and a broken citation or reference never renders silently. A fix clears it
 * (config/integrations/content-check.ts). In a build the check stops everything earlier.
 */
import { defineMiddleware } from 'astro:middleware';
import { AstroError } from 'astro/errors';
import { devProblemsGlobal } from './core/constants.ts';

export const onRequest = defineMiddleware((_context, next) => {
  const report = import.meta.env.DEV ? ((globalThis as Record<string, unknown>)[devProblemsGlobal] as string | undefined) : undefined;
  if (report)
    throw new AstroError(
      report,
      'Fix each problem listed and save; the page comes back by itself. `npm run check:content` re-checks everything in about a second.',
    );
  return next();
});
