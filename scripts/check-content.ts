/**
 * `npm run check:content`: checks every file under content/ (schemas, references,
 * citations, verbatim quotes, crosswalk) and prints what to fix. Exit code 1 on problems.
 * The same check runs at the start of `npm run build`.
 */
import { fileURLToPath } from 'node:url';
import { readContent } from '../src/lib/content-files.ts';
import { checkContent, formatProblems } from '../src/lib/integrity.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const raw = readContent(root, process.argv[2]);
const problems = checkContent(raw);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`MCOF Atlas content check: ${raw.entries.length} entries, no problems.`);
