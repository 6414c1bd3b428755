/**
 * Building blocks shared by every collection schema: citations, verbatim quotes,
 * own-words prose, and the reference helper that lets the same schema run inside
 * Astro (with `reference()`) and in plain Node (content checks, unit tests).
 */
import { z } from 'zod';

/**
 * What a reference field may point at, beyond "an entry of that collection". Written once,
 * beside the field's `ref()`; the content check reads it back from the schema.
 */
export interface RefRule {
  /** The target is a sector of this edition, or of the same edition as the entry that links. */
  edition?: 2012 | 2021 | 'same';
  /** The target's `kind` is one of these (response systems and clusters share one collection). */
  kinds?: readonly string[];
}

/** A reference as the content check sees it: the target collection and its rule. */
export interface ReferenceMeta extends RefRule {
  collection: string;
}

/** Makes the schema for a link to another collection's entry. */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: string, rule?: RefRule) => R;

/**
 * Outside Astro a reference is just the target entry's id. The target collection and the
 * rule travel with the schema as metadata, so the check needs no second table of rules.
 */
export const plainRef = (collection: string, rule: RefRule = {}) =>
  z
    .string()
    .min(1, 'an id of another entry is required here')
    .meta({ reference: { collection, ...rule } satisfies ReferenceMeta });

/** The schema of a reference outside Astro (a plain id), for typing the pure model. */
export type PlainRef = ReturnType<typeof plainRef>;

/** An entry id as used in file names and URLs: lower-case words joined by hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "water-sanitation-and-hygiene"');

/**
 * Where a statement comes from: a numbered paragraph of a source document, or,
 * for documents without paragraph numbers, a section (the slug of its heading).
 * Written in YAML as `{ source: mcof-2021-addendum, paragraph: 34 }`.
 */
export const citation = z
  .object({
    source: slug.describe('id of a document in content/sources/ (its file name without .md)'),
    paragraph: z.number().int().positive().optional().describe('the numbered paragraph cited, as printed in the document (¶N); for numbered documents'),
    section: z
      .string()
      .regex(/^[a-z0-9]+[a-z0-9-]*$/, 'a section is the slug of a heading: lower-case letters, digits and hyphens, e.g. "displacement-tracking"')
      .optional()
      .describe('the slug of the cited section heading; for documents without numbered paragraphs'),
  })
  .strict()
  .refine((c) => (c.paragraph === undefined) !== (c.section === undefined), {
    message: 'a citation needs exactly one of `paragraph` (a number) or `section` (a heading slug)',
  })
  .describe('a pointer to the exact place in a source document that supports a statement');

export type Citation = z.infer<typeof citation>;

/** Official wording, copied word for word, with the one place it is quoted from. */
export const quote = z
  .object({
    text: z.string().min(1).describe('the official wording, verbatim; checked against the cited source text'),
    cite: citation.describe('where the wording is quoted from'),
    fragment: z
      .boolean()
      .optional()
      .describe(
        'whether the wording is part of a sentence; computed from the text (a lower-case start or no closing full stop) when left out. A fragment is shown inline with an ellipsis, never as a block quotation',
      ),
    picked: z
      .string()
      .min(1)
      .optional()
      .describe('when the quote is one item picked from a list, say so, e.g. "One of the three objectives of MiGOF"; shown with the quote'),
  })
  .strict();

/**
 * IOM's own translation of official wording, quoted verbatim from a translated IOM document
 * (e.g. the French MC/2355). An editor writes it in the translation file of the entry, at the
 * quote it translates (`objective: { officialTranslation: { text, cite } }`); the cited
 * document is a file of content/sources/ whose `language` is the translation's language.
 */
export const officialTranslation = z
  .object({
    text: z.string().min(1).describe('the official translation, verbatim; checked against the cited paragraph of the translated document'),
    cite: citation.describe('where the translation is quoted from: a source document in the language of the translation file'),
  })
  .strict();

export type OfficialTranslation = z.infer<typeof officialTranslation>;

/**
 * A quote as pages get it. In a language whose translation file gives an official
 * translation, the model puts it beside the English (English entries never hold one).
 */
export type Quote = z.infer<typeof quote> & { officialTranslation?: OfficialTranslation };

/** An explanation in the project's own words, with the places it rests on. */
export const prose = z
  .object({
    text: z.string().min(1).describe("an explanation in MCOF Atlas's own words"),
    cite: z
      .array(citation)
      .min(1, 'own-words text must cite at least one source paragraph or section')
      .describe('the source paragraphs or sections this explanation rests on'),
  })
  .strict();

export const phaseId = z.enum(['before', 'during', 'after']).describe('a phase of a crisis: before, during or after');

export const edition = z.union([z.literal(2012), z.literal(2021)]).describe('the framework edition: 2012 (IC/2012/7) or 2021 (the Addendum)');
