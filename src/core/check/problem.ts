/** One content mistake, as an editor reads it: the file, the field, what is wrong, how to fix it. */
export interface Problem {
  file: string;
  field: string;
  message: string;
  fix: string;
}

/** Formats problems for a terminal: grouped by file, one block per problem. */
export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [`MCOF Atlas content check: ${problems.length} problem${problems.length === 1 ? '' : 's'} found`];
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const p of list) lines.push(`  ✗ ${p.field}: ${p.message}`, `    fix: ${p.fix}`);
  }
  return lines.join('\n');
}
