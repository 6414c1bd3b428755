/**
 * A sector's links to clusters and response systems must say what they rest on where no
 * source states them: the 2012 paper's links were in an annex diagram lost in extraction,
 * and a 2021 sector may link a group only the 2012 sources name only as the editors' reading.
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
    const basis = sector.data.linkBasis?.[field];
    if (edition === 2012 && !basis) {
      problems.push({
        file: sector.file,
        field: `linkBasis.${field}`,
        message: `the 2012 text does not state these ${field} links (its annex diagram was lost in extraction): say what they rest on`,
        fix: `add \`linkBasis: { ${field}: { basis: editors, reason: "…" } }\`, or \`basis: source\` with the \`cite:\` that states them`,
      });
      continue;
    }
    const onlyOlder = ids.filter((id) => {
      const editions = systemEditions(id);
      return editions !== undefined && !editions.includes(edition);
    });
    if (onlyOlder.length && basis?.basis !== 'editors') {
      problems.push({
        file: sector.file,
        field: `linkBasis.${field}`,
        message: `${onlyOlder.map((id) => `"${id}"`).join(', ')} ${onlyOlder.length === 1 ? 'is' : 'are'} named only in the ${edition === 2021 ? '2012' : '2021'} sources; linking ${onlyOlder.length === 1 ? 'it' : 'them'} from a ${edition} sector is the editors' reading`,
        fix: `add \`linkBasis: { ${field}: { basis: editors, reason: "…" } }\`, or remove the link`,
      });
    }
  }
  return problems;
}
