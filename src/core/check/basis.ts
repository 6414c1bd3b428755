/**
 * A sector's links to clusters and response systems must say what they rest on: a source
 * that states them, or the editors' reading (the 2012 paper's links were in an annex diagram
 * lost in extraction). A sector may link only groups its own edition's sources name: a 2021
 * sector cannot borrow a group only the 2012 annex lists.
 */
import type { Problem } from './problem.ts';

interface Basis {
  basis: 'source' | 'editors';
}
interface SectorLike {
  file: string;
  data: { edition: number; clusters: string[]; systems: string[]; linkBasis?: { clusters?: Basis; systems?: Basis } };
}

export function linkBasisProblems(sector: SectorLike, systemEditions: (id: string) => number[] | undefined): Problem[] {
  const problems: Problem[] = [];
  const { edition } = sector.data;
  for (const field of ['clusters', 'systems'] as const) {
    const ids = sector.data[field];
    if (!ids.length) continue;
    const otherEdition = (id: string) => {
      const editions = systemEditions(id);
      return editions !== undefined && !editions.includes(edition);
    };
    for (const id of ids.filter(otherEdition)) {
      problems.push({
        file: sector.file,
        field,
        message: `"${id}" is named only in the ${edition === 2021 ? '2012' : '2021'} sources (its \`editions:\` leave out ${edition}); a ${edition} sector cannot link it`,
        fix: `remove "${id}" from \`${field}:\` (the ${edition === 2021 ? '2012' : '2021'} sectors keep their links), or add ${edition} to \`editions:\` in content/systems/${id}.yaml if the ${edition} text names it`,
      });
    }
    if (sector.data.linkBasis?.[field]) continue;
    problems.push({
      file: sector.file,
      field: `linkBasis.${field}`,
      message:
        edition === 2012
          ? `the 2012 text does not state these ${field} links (its annex diagram was lost in extraction): say what they rest on`
          : `say what these ${field} links rest on: a paragraph that states them, or the editors' reading`,
      fix: `add \`linkBasis: { ${field}: { basis: editors, reason: "…" } }\`, or \`basis: source\` with the \`cite:\` that states them`,
    });
  }
  return problems;
}
