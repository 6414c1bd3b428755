/**
 * Content collections: where each collection's files live (loader) and their schema
 * (src/schemas/, one file per collection, every field described).
 * MCOF_CONTENT_DIR points the whole site at another content folder (test fixtures).
 */
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { approachSchema } from './schemas/approaches.ts';
import { crossCuttingSchema } from './schemas/cross-cutting.ts';
import { makeCrosswalkSchema } from './schemas/crosswalk.ts';
import { makeGlossarySchema } from './schemas/glossary.ts';
import { makeGuidanceSchema } from './schemas/guidance.ts';
import { makeOrganizationSchema } from './schemas/organization.ts';
import { phaseSchema } from './schemas/phases.ts';
import { makePolicySchema } from './schemas/policies.ts';
import { regionSchema } from './schemas/regions.ts';
import { makeSectorSchema } from './schemas/sectors.ts';
import { sourceSchema } from './schemas/sources.ts';
import { systemSchema } from './schemas/systems.ts';

const dir = process.env.MCOF_CONTENT_DIR ?? './content';
const ref = (collection: string) => reference(collection as never);
/** Ids are file names (without extension), unique across sub-folders (checked). */
const byFileName = ({ entry }: { entry: string }) => entry.split('/').pop()!.replace(/\.[^.]+$/, '');
const yamlIn = (sub: string) => glob({ base: `${dir}/${sub}`, pattern: '**/[^_]*.{yaml,yml}', generateId: byFileName });

export const collections = {
  docs: defineCollection({ loader: glob({ base: `${dir}/docs`, pattern: '**/[^_]*.{md,mdx}' }), schema: docsSchema() }),
  sources: defineCollection({ loader: glob({ base: `${dir}/sources`, pattern: '[^_]*.md', generateId: byFileName }), schema: sourceSchema }),
  sectors: defineCollection({ loader: yamlIn('sectors'), schema: makeSectorSchema(ref) }),
  crosswalk: defineCollection({ loader: file(`${dir}/crosswalk/crosswalk.yaml`), schema: makeCrosswalkSchema(ref) }),
  phases: defineCollection({ loader: yamlIn('phases'), schema: phaseSchema }),
  approaches: defineCollection({ loader: yamlIn('approaches'), schema: approachSchema }),
  crossCutting: defineCollection({ loader: yamlIn('cross-cutting'), schema: crossCuttingSchema }),
  systems: defineCollection({ loader: yamlIn('systems'), schema: systemSchema }),
  policies: defineCollection({ loader: yamlIn('policies'), schema: makePolicySchema(ref) }),
  guidance: defineCollection({ loader: glob({ base: `${dir}/guidance`, pattern: '[^_]*.{md,mdx}', generateId: byFileName }), schema: makeGuidanceSchema(ref) }),
  glossary: defineCollection({ loader: yamlIn('glossary'), schema: makeGlossarySchema(ref) }),
  organization: defineCollection({ loader: yamlIn('organization'), schema: makeOrganizationSchema(ref) }),
  regions: defineCollection({ loader: yamlIn('regions'), schema: regionSchema }),
};
