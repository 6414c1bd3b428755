/** Source documents as transcribed: every numbered paragraph once and in sequence, every footnote marker with its note. */
import type { SourceStructure } from '../source-text.ts';
import type { Problem } from './problem.ts';

export function numberingProblems(file: string, structure: SourceStructure): Problem[] {
  const problems: Problem[] = structure.duplicateParagraphs.map((n) => ({
    file,
    field: '(body)',
    message: `paragraph ${n} appears more than once`,
    fix: 'each numbered paragraph must appear once; join or renumber as printed in the original',
  }));
  const numbers = [...structure.paragraphs.keys()].sort((a, b) => a - b);
  const missing: number[] = [];
  for (let i = 1; i < numbers.length; i++) for (let n = numbers[i - 1] + 1; n < numbers[i]; n++) missing.push(n);
  if (missing.length) {
    problems.push({
      file,
      field: '(body)',
      message: `paragraph${missing.length > 1 ? 's' : ''} ${missing.map((n) => `¶${n}`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing (the numbers jump from ${missing.map((n) => `¶${n - 1}`)[0]})`,
      fix: 'restore the paragraph as printed in the original, with its number at the start of the line (`33. …`)',
    });
  }
  return problems;
}

/** Footnote markers `[^n]` with no `[^n]:` note, and notes no marker points to. */
export function footnoteProblems(file: string, body: string, bodyLine = 1): Problem[] {
  const lineOf = (index: number) => bodyLine + body.slice(0, index).split('\n').length - 1;
  const notes = new Map([...body.matchAll(/^\[\^([^\]\s]+)\]:/gm)].map((m) => [m[1], m.index]));
  const markers = new Map<string, number>();
  for (const m of body.matchAll(/\[\^([^\]\s]+)\](?!:)/g)) if (!markers.has(m[1])) markers.set(m[1], m.index);
  const problems: Problem[] = [];
  for (const [label, index] of markers) {
    if (!notes.has(label))
      problems.push({
        file,
        field: `body line ${lineOf(index)}`,
        message: `footnote marker [^${label}] has no note`,
        fix: `add the note as printed, on a line of its own: \`[^${label}]: …\``,
      });
  }
  for (const [label, index] of notes) {
    if (!markers.has(label))
      problems.push({
        file,
        field: `body line ${lineOf(index)}`,
        message: `footnote [^${label}] is never referred to in the text`,
        fix: `put the marker [^${label}] where the original has it, or remove the note`,
      });
  }
  return problems;
}
