import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/project/files.ts';

describe('listFiles', () => {
  it('lists every file below a folder, through nested and linked folders, leaving out skipped names', () => {
    const root = mkdtempSync(join(tmpdir(), 'files-'));
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    mkdirSync(join(root, 'node_modules'));
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'index.html'), '');
    writeFileSync(join(root, 'a', 'b', 'page.html'), '');
    writeFileSync(join(root, 'node_modules', 'x.js'), '');
    writeFileSync(join(root, 'elsewhere', 'linked.css'), '');
    symlinkSync(join(root, 'elsewhere'), join(root, 'a', 'link'));
    const found = listFiles(root, (name) => name === 'node_modules' || name === 'elsewhere').map((f) => f.slice(root.length + 1));
    expect(found.sort()).toEqual(['a/b/page.html', 'a/link/linked.css', 'index.html']);
    expect(listFiles(join(root, 'missing'))).toEqual([]);
  });
});
