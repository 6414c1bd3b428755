/**
 * Prints the closing `N passed, N failed` line of a CI run from Vitest's JSON report.
 * When the build failed before any test ran, that counts as one failure.
 */
import { existsSync, readFileSync } from 'node:fs';

const [report, exitCode] = process.argv.slice(2);
if (!report || !existsSync(report)) {
  console.log(Number(exitCode) === 0 ? '0 passed, 0 failed' : '0 passed, 1 failed');
  process.exit(0);
}
const result = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
const failed = result.numFailedTests + (Number(exitCode) !== 0 && result.numFailedTests === 0 ? 1 : 0);
console.log(`${result.numPassedTests} passed, ${failed} failed${result.numPendingTests ? `, ${result.numPendingTests} skipped` : ''}`);
