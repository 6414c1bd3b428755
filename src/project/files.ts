/** Every file below a folder, recursively, as absolute paths (build scripts, checks, tests). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function listFiles(dir: string, skipName: (name: string) => boolean = () => false): string[] {
  if (!existsSync(dir)) return [];
  // Entry types come with the listing: no stat per file (the build lists 10,000-file folders
  // a dozen times). Only a symbolic link is stat'ed, to follow it as before.
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (skipName(entry.name)) return [];
    const path = join(dir, entry.name);
    const isDirectory = entry.isSymbolicLink() ? statSync(path).isDirectory() : entry.isDirectory();
    return isDirectory ? listFiles(path, skipName) : [path];
  });
}
