/**
 * Prints the closing `N passed, N failed` line of a CI run from Vitest's JSON report,
 * plus the other checks CI ran (`lint=0 astro-check=1`: each counts as one test, passed
 * when its exit code is 0). When the build failed before any test ran, that counts as one failure.
 */
import { existsSync, readFileSync } from 'node:fs';

const [report, exitCode, ...checks] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
if (report && existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
  passed = result.numPassedTests;
  failed = result.numFailedTests + (Number(exitCode) !== 0 && result.numFailedTests === 0 ? 1 : 0);
  skipped = result.numPendingTests;
} else if (Number(exitCode) !== 0) failed = 1;
for (const check of checks) {
  const [name, code] = check.split('=');
  if (Number(code) === 0) passed++;
  else {
    failed++;
    console.log(`${name} failed (exit code ${code})`);
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
