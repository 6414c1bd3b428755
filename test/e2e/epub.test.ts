/**
 * The EPUB in dist/download/, checked by EPUBCheck (Debian's `epubcheck`, the validator
 * e-reader stores run): no error and no warning. Then read as a reader's app would: every
 * objective is in it, and a sector's citation opens the cited paragraph of the source.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { dist, requireBuild } from '../helpers/dist.ts';
import { modelFrom } from '../helpers/model.ts';

const jar = '/usr/share/java/epubcheck.jar';
let file: string;
let files: Record<string, string>;

beforeAll(() => {
  requireBuild();
  const name = readdirSync(join(dist, 'download')).find((f) => /^mcof-atlas-en-\d{4}-\d{2}-\d{2}\.epub$/.test(f));
  if (!name) throw new Error('dist/download/ has no mcof-atlas-en-<date>.epub: run `npm run build`');
  file = join(dist, 'download', name);
  files = Object.fromEntries(Object.entries(unzipSync(readFileSync(file))).map(([k, v]) => [k, strFromU8(v)]));
});

describe('EPUB 3 book', () => {
  it('passes EPUBCheck with zero errors and zero warnings', () => {
    if (!existsSync(jar)) throw new Error('EPUBCheck is missing: apt-get install epubcheck (.ci/run installs it)');
    let out: string;
    try {
      out = execFileSync('java', ['-jar', jar, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      throw new Error(`EPUBCheck failed:\n${e.stdout}\n${e.stderr}`);
    }
    expect(out).toContain('Messages: 0 fatals / 0 errors / 0 warnings');
  }, 120_000);

  it('holds every current objective, word for word, and carries no script', () => {
    const text = Object.values(files).join('\n');
    for (const s of modelFrom().sectors2021) expect(text, s.id).toContain(s.data.objective.text.replace(/&/g, '&amp;').trim());
    expect(Object.keys(files).filter((f) => /\.js$|sw\.|service-worker/.test(f))).toEqual([]);
  });

  it('links a sector’s citation to the numbered paragraph it cites', () => {
    const health = files['EPUB/sectors-health.xhtml'];
    const href = /<a href="(sources-[a-z0-9-]+\.xhtml)#(sources-[a-z0-9-]+-p\d+)">MCOF 2021 Addendum ¶42<\/a>/.exec(health);
    expect(href, 'a link labelled MCOF 2021 Addendum ¶42').not.toBeNull();
    const target = files[`EPUB/${href![1]}`];
    expect(target).toMatch(new RegExp(`<div class="para" id="${href![2]}"><p class="num">42\\.</p>`));
  });
});
