/**
 * The typed model published as open data: /data/mcof.json (described by
 * /data/mcof.schema.json, generated from the zod schema below) and /data/matrix.csv.
 */
import { z } from 'zod';
import { toCsv } from './csv.ts';
import type { Model } from './model.ts';
import { shownWording } from './quotes.ts';
import type { Quote } from './schemas/shared.ts';

const citationOut = z.object({
  source: z.string().describe('source document id'),
  paragraph: z.number().int().optional().describe('numbered paragraph (¶)'),
  section: z.string().optional().describe('section slug, for un-numbered documents'),
  url: z.string().describe('site address of the cited place'),
  label: z.string().describe('human-readable citation label'),
});

const phaseRole = z.object({
  described: z.boolean().describe('false when the sources say nothing specific for this sector in this phase'),
  summary: z.string().optional(),
  activities: z.array(z.string()).optional(),
  citations: z.array(citationOut).optional(),
  url: z.string().optional().describe('address of the sector-in-phase page (2021 sectors)'),
});

export const openDataSchema = z
  .object({
    $schema: z.string(),
    generated: z.string().describe('ISO date of the build'),
    language: z
      .string()
      .optional()
      .describe(
        "BCP 47 language of titles and own-words text: the MCOF Atlas editors' translation where one exists, English otherwise; official wording is IOM's English, with IOM's official translation beside it where one is given",
      ),
    sources: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        shortTitle: z.string(),
        symbol: z.string().optional(),
        date: z.string(),
        url: z.string(),
        paragraphs: z.array(z.number()),
      }),
    ),
    phases: z.array(z.object({ id: z.string(), title: z.string(), framing2021: z.string(), url: z.string() })),
    sectors: z.array(
      z.object({
        id: z.string(),
        edition: z.union([z.literal(2012), z.literal(2021)]),
        number: z.number(),
        title: z.string(),
        acronym: z.string().optional(),
        url: z.string(),
        objective: z.object({
          text: z.string().describe('official wording, verbatim'),
          citation: citationOut,
          officialTranslation: z
            .object({
              text: z.string().describe("IOM's official translation, verbatim"),
              citation: citationOut.describe('the paragraph of the translated document'),
            })
            .optional()
            .describe("in a language's file, IOM's official translation of the objective, where a translated IOM document gives one"),
        }),
        phases: z.object({ before: phaseRole, during: phaseRole, after: phaseRole }),
        clusters: z.array(z.string()),
        systems: z.array(z.string()),
        approaches: z.array(z.string()),
        crossCutting: z.array(z.string()),
        policies: z.array(z.string()),
        related: z.array(z.string()),
      }),
    ),
    crosswalk: z.array(
      z.object({
        id: z.string(),
        from: z.array(z.string()),
        to: z.array(z.string()),
        change: z.string(),
        basis: z.enum(['source', 'editors']).describe("source: a text states the mapping; editors: MCOF Atlas's reading"),
        reason: z.string().optional().describe("why it is the editors' reading"),
        note: z.string(),
      }),
    ),
    policies: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        acronym: z.string().optional(),
        kind: z.string(),
        year: z.number().optional(),
        sectors: z.array(z.string()),
        url: z.string(),
      }),
    ),
    approaches: z.array(z.object({ id: z.string(), title: z.string(), url: z.string() })),
    crossCutting: z.array(z.object({ id: z.string(), title: z.string(), url: z.string() })),
  })
  .describe('MCOF Atlas open data: the Migration Crisis Operational Framework as structured data. Ratings are never included: the sources give none.');

export type OpenData = z.infer<typeof openDataSchema>;

export function openData(model: Model, generated: string, language = 'en'): OpenData {
  const cite = (c: Parameters<Model['resolve']>[0]) => {
    const r = model.resolve(c);
    return { source: c.source, ...(c.paragraph !== undefined ? { paragraph: c.paragraph } : { section: c.section }), url: r.href, label: r.label };
  };
  /** IOM's official translation of a quote, where this language's model gave it one. */
  const officialTranslationOut = (quote: Quote) => {
    const shown = shownWording(quote);
    return shown.translated ? { officialTranslation: { text: shown.text, citation: cite(shown.cite) } } : {};
  };
  return openDataSchema.parse({
    $schema: '/data/mcof.schema.json',
    generated,
    language,
    sources: model.sources.map((s) => ({
      id: s.id,
      title: s.data.title,
      shortTitle: s.data.shortTitle,
      symbol: s.data.symbol,
      date: s.data.date,
      url: s.url,
      paragraphs: [...s.structure.paragraphs.keys()],
    })),
    phases: model.phases.map((p) => ({ id: p.id, title: p.data.title, framing2021: p.data.framing2021.heading, url: p.url })),
    sectors: model.sectors.map((s) => ({
      id: s.id,
      edition: s.edition,
      number: s.data.number,
      title: s.data.title,
      acronym: s.data.acronym,
      url: s.url,
      objective: {
        text: s.data.objective.text,
        citation: cite(s.data.objective.cite),
        ...officialTranslationOut(s.data.objective),
      },
      phases: Object.fromEntries(
        model.phases.map((p) => {
          const cell = model.cellOf(s.id, p.id)!;
          const role = cell.role;
          return [
            p.id,
            'summary' in role
              ? {
                  described: true,
                  summary: role.summary,
                  activities: role.activities,
                  citations: role.cite.map(cite),
                  ...(s.edition === 2021 ? { url: cell.url } : {}),
                }
              : { described: false, ...(s.edition === 2021 ? { url: cell.url } : {}) },
          ];
        }),
      ),
      clusters: s.data.clusters,
      systems: s.data.systems,
      approaches: s.data.approaches,
      crossCutting: s.data.crossCutting,
      policies: s.data.policies,
      related: s.data.related,
    })),
    crosswalk: model.crosswalk.map((m) => ({
      id: m.id,
      from: m.data.from,
      to: m.data.to,
      change: m.data.change,
      basis: m.data.basis,
      reason: m.data.reason,
      note: m.data.note,
    })),
    policies: model.policies.map((p) => ({
      id: p.id,
      title: p.data.title,
      acronym: p.data.acronym,
      kind: p.data.kind,
      year: p.data.year,
      sectors: p.data.sectors,
      url: p.url,
    })),
    approaches: model.approaches.map((a) => ({ id: a.id, title: a.data.title, url: a.url })),
    crossCutting: model.crossCutting.map((a) => ({ id: a.id, title: a.data.title, url: a.url })),
  });
}

export function openDataJsonSchema(): unknown {
  return { $id: '/data/mcof.schema.json', ...z.toJSONSchema(openDataSchema) };
}

/** One row per sector (both editions) and phase: whether the sources describe it, and the summary. */
export function matrixCsv(model: Model): string {
  const rows = [['edition', 'sector_id', 'sector', 'phase', 'described_in_sources', 'summary', 'page', 'citations']];
  for (const c of model.cells) {
    const cites = 'cite' in c.role ? c.role.cite.map((x) => model.resolve(x).label).join('; ') : '';
    rows.push([
      String(c.sector.edition),
      c.sector.id,
      c.sector.data.title,
      c.phase,
      c.described ? 'yes' : 'no',
      c.oneLine,
      c.sector.edition === 2021 ? c.url : '',
      cites,
    ]);
  }
  return toCsv(rows);
}
