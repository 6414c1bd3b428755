/**
 * The EPUB and PDF books, made in a child process that starts with the build. They are
 * made from the content alone, so they can be laid out on the machine's other core while
 * Astro renders the pages, and Typst's memory is never added to the build process's own.
 * The child writes into a work folder; the epub and pdf steps wait for it and move their
 * files into the finished site's `download/`, or fail with the child's own error.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AtlasEdition } from '../../src/core/edition.ts';

export interface BookFile {
  name: string;
  bytes: number;
}
export interface BookFiles {
  epub: BookFile[];
  pdf: BookFile[];
}

const worker = fileURLToPath(new URL('./books-worker.ts', import.meta.url));

/** One run of the books child: `start` (idempotent) at the start of the build, `take` at its step. */
export function booksInChild({ edition, work }: { edition: AtlasEdition; work: () => string }) {
  let done: Promise<{ code: number | null; stdout: string; stderr: string }> | undefined;
  let stop = () => {};
  let folder = '';
  function start(): void {
    if (done) return;
    folder = work();
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const child = spawn(process.execPath, [worker, folder, JSON.stringify(edition)], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    // A build that fails before the books are taken does not leave the child running.
    stop = () => child.kill();
    process.once('exit', stop);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    // Never rejects: an error is reported when a step takes the books, not as an unhandled rejection.
    done = new Promise((resolve) => {
      child.on('error', (e) => resolve({ code: 1, stdout, stderr: `${stderr}${e.message}` }));
      child.on('close', (code) => {
        process.removeListener('exit', stop);
        resolve({ code, stdout, stderr });
      });
    });
  }
  let files: Promise<BookFiles> | undefined;
  const taken = new Set<keyof BookFiles>();
  async function finish(): Promise<BookFiles> {
    start();
    const { code, stdout, stderr } = await done!;
    if (code !== 0) throw new Error(`E-books: the child process that lays them out failed (exit code ${code}):\n${stderr.trim()}`);
    return JSON.parse(stdout) as BookFiles;
  }
  return {
    start,
    /** Moves one kind of book into `<dist>/download/` once the child has written it. */
    async take(kind: keyof BookFiles, dist: string): Promise<BookFile[]> {
      files ??= finish();
      const made = (await files)[kind];
      mkdirSync(join(dist, 'download'), { recursive: true });
      for (const f of made) moveFile(join(folder, 'download', f.name), join(dist, 'download', f.name));
      taken.add(kind);
      if (taken.size === 2) rmSync(folder, { recursive: true, force: true });
      return made;
    },
  };
}

/** A rename, or a copy where the work folder is on another file system than the site. */
function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    copyFileSync(from, to);
    rmSync(from);
  }
}
