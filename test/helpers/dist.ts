/** The built site in dist/ (built by `npm test` before the suites run). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './content.ts';

export const dist = join(root, 'dist');

export function requireBuild(): void {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does it for you).');
  }
}

/** The HTML of a built page by its address, e.g. `/sectors/health/`. */
export function page(address: string): string {
  const path = address.replace(/#.*$/, '');
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return readFileSync(file, 'utf8');
}
