/**
 * `npm run check:content`: checks every file under content/ (schemas, references,
 * citations, verbatim quotes, crosswalk) and prints what to fix. Exit code 1 on problems.
 * The same check runs at the start of `npm run build`.
 */
import { checkContent, formatProblems } from '../src/core/check/integrity.ts';
import { projectRoot } from '../src/project/content.ts';
import { readContent } from '../src/project/content-files.ts';

const raw = readContent(projectRoot, process.argv[2]);
const problems = checkContent(raw);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`MCOF Atlas content check: ${raw.entries.length} entries, no problems.`);
