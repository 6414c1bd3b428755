/** Every file below a folder, recursively, as absolute paths (build scripts, checks, tests). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function listFiles(dir: string, skipName: (name: string) => boolean = () => false): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (skipName(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, skipName) : [path];
  });
}
