/** The schema of every collection, for use outside Astro (references are plain ids here). */
import type { z } from 'zod';
import { approachSchema } from '../schemas/approaches.ts';
import { crossCuttingSchema } from '../schemas/cross-cutting.ts';
import { makeCrosswalkSchema } from '../schemas/crosswalk.ts';
import { makeGlossarySchema } from '../schemas/glossary.ts';
import { makeGuidanceSchema } from '../schemas/guidance.ts';
import { makeOrganizationSchema } from '../schemas/organization.ts';
import { phaseSchema } from '../schemas/phases.ts';
import { makePolicySchema } from '../schemas/policies.ts';
import { regionSchema } from '../schemas/regions.ts';
import { makeSectorSchema } from '../schemas/sectors.ts';
import { plainRef } from '../schemas/shared.ts';
import { sourceSchema } from '../schemas/sources.ts';
import { systemSchema } from '../schemas/systems.ts';
import type { CollectionName } from './content-files.ts';

export const plainSchemas: Partial<Record<CollectionName, z.ZodType>> = {
  sources: sourceSchema,
  sectors: makeSectorSchema(plainRef),
  crosswalk: makeCrosswalkSchema(plainRef),
  phases: phaseSchema,
  approaches: approachSchema,
  crossCutting: crossCuttingSchema,
  systems: systemSchema,
  policies: makePolicySchema(plainRef),
  guidance: makeGuidanceSchema(plainRef),
  glossary: makeGlossarySchema(plainRef),
  organization: makeOrganizationSchema(plainRef),
  regions: regionSchema,
};
