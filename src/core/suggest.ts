/** "Did you mean …?" for misspelt ids: the closest known id by edit distance. */

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** The known id closest to `wanted`, if it is close enough to be a plausible typo. */
export function closest(wanted: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(wanted, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(3, Math.floor(wanted.length / 3)) ? best : undefined;
}

/** A fix that names the closest known value ("did you mean `x`?"), or the fallback when nothing is close. */
export function suggestion(wanted: string, known: Iterable<string>, fallback: string): string {
  const guess = closest(wanted, known);
  return guess ? `did you mean \`${guess}\`?` : fallback;
}
