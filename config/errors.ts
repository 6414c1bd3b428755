/**
 * Build errors an editor or a deployer can act on: Astro's `AstroError(message, hint)`, so
 * the CLI and the dev overlay show what is wrong and, apart, how to fix it.
 */
import { AstroError } from 'astro/errors';

export function contentError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  // The message is the whole story; a stack trace only hides it.
  error.stack = `${error.name}: ${message}`;
  return error;
}
