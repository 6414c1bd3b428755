/**
 * `npm run build:zim`: the normal build, but the ZIM for Kiwix is required: without
 * zimwriterfs it stops at once with the line saying how to install it (where `npm run build`
 * only reports that line and goes on).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { hasZimwriterfs, zimInstallHint } from '../config/outputs/zim.ts';

if (!hasZimwriterfs()) {
  console.error(zimInstallHint);
  process.exit(1);
}
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const result = spawnSync(process.execPath, [astro, 'build', '--force'], { stdio: 'inherit', env: { ...process.env, MCOF_REQUIRE_ZIM: '1' } });
process.exit(result.status ?? 1);
