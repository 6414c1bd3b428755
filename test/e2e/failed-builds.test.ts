/**
 * A failed build never damages the last good site: a good build into a folder of its
 * own, then builds of broken content into the same folder. Each must exit non-zero,
 * name the file, the field and the fix, and leave every byte of the folder as it was.
 * `npm run check:content` refuses the same mistakes, in about a second, with exit code 1.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/project/files.ts';
import { astroEnv } from '../helpers/build-env.ts';
import { root } from '../helpers/content.ts';

const work = mkdtempSync(join(tmpdir(), 'mcof-failed-builds-'));
const out = join(work, 'site');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

/** One hash of every file's path and bytes: equal only if the folder is byte-for-byte the same. */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(dir).sort()) hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

let copies = 0;
function brokenContent(edit: (path: (p: string) => string) => void): string {
  const dir = join(work, `content-${copies++}`);
  cpSync(join(root, 'content'), dir, { recursive: true });
  edit((p) => join(dir, p));
  return dir;
}

function build(contentDir?: string) {
  return spawnSync(process.execPath, [astro, 'build', '--force'], {
    cwd: root,
    env: astroEnv({ MCOF_OUT_DIR: out, ...(contentDir ? { MCOF_CONTENT_DIR: contentDir } : {}) }),
    encoding: 'utf8',
  });
}

let goodHash = '';
beforeAll(() => {
  const good = build();
  expect(good.status, good.stderr).toBe(0);
  goodHash = treeHash(out);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cases: { name: string; edit: (p: (x: string) => string) => void; says: string[] }[] = [
  {
    name: 'an unclosed <div> in a guidance note',
    edit: (p) => appendFileSync(p('guidance/cash-based-interventions.mdx'), '\n<div class="note">\n\nUnclosed.\n'),
    says: ['content/guidance/cash-based-interventions.mdx', 'the MDX cannot be compiled', 'close the tag'],
  },
  {
    name: 'a guidance link to a sector that does not exist',
    edit: (p) => appendFileSync(p('guidance/cash-based-interventions.mdx'), '\nSee [x](/sectors/no-such-sector/).\n'),
    says: ['content/guidance/cash-based-interventions.mdx', 'the link /sectors/no-such-sector/ goes to no page of the site'],
  },
  {
    name: 'a tab in a sector’s YAML',
    edit: (p) => {
      const file = p('sectors/2021/health.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\n {2}cite:/, '\n\tcite:'));
    },
    says: ['content/sectors/2021/health.yaml', 'indent with spaces, not tabs'],
  },
  {
    name: 'a citation of ¶420',
    edit: (p) => {
      const file = p('sectors/2021/health.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('paragraph: 42 }', 'paragraph: 420 }'));
    },
    says: ['content/sectors/2021/health.yaml', 'objective.cite', 'paragraph 420 does not exist in "mcof-2021-addendum" (it has ¶1–63)'],
  },
];

describe('a build of broken content', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: refused, dist/ byte-for-byte as it was', (_name, c) => {
    const result = build(brokenContent(c.edit));
    expect(result.status).not.toBe(0);
    const said = `${result.stdout}\n${result.stderr}`;
    for (const words of c.says) expect(said).toContain(words);
    expect(said).toMatch(/site\/ left as it was: the last good build from \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC\./);
    expect(treeHash(out)).toBe(goodHash);
    expect(existsSync(`${out}.staging`)).toBe(false);
  });
});

describe('npm run check:content', () => {
  const check = (dir: string) => spawnSync(process.execPath, [join(root, 'scripts/check-content.ts'), dir], { cwd: root, encoding: 'utf8' });

  it('exits 1 and prints the problem with its file and fix', () => {
    const result = check(brokenContent((p) => appendFileSync(p('guidance/cash-based-interventions.mdx'), '\nSee [x](/sectors/helth/).\n')));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/guidance/cash-based-interventions.mdx');
    expect(result.stderr).toContain('the link /sectors/helth/ goes to no page of the site');
    expect(result.stderr).toContain('fix: did you mean /sectors/health/?');
  });

  it('exits 0 on the content as shipped', () => {
    const result = check(join(root, 'content'));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/MCOF Atlas content check: \d+ entries, no problems\./);
  });
});

describe('a good edit', () => {
  it('builds and publishes: a new policy naming two sectors appears on both sector pages', () => {
    const dir = brokenContent((p) => {
      writeFileSync(
        p('policies/test-two-sector-policy.yaml'),
        readFileSync(p('policies/sendai-framework.yaml'), 'utf8')
          .replace(/^title: .*$/m, 'title: "Test two-sector policy"')
          .replace(/^sectors: .*$/m, 'sectors: [health, protection]')
          .replace(/^acronym: .*\n/m, ''),
      );
    });
    const result = build(dir);
    expect(result.status, result.stderr.slice(-2000)).toBe(0);
    for (const sector of ['health', 'protection']) {
      expect(readFileSync(join(out, 'sectors', sector, 'index.html'), 'utf8')).toContain('href="/policies/test-two-sector-policy/"');
    }
    expect(treeHash(out)).not.toBe(goodHash);
  }, 300_000);
});
