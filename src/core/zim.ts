/**
 * What the ZIM file for Kiwix is called and the metadata the Kiwix library lists it by,
 * for one language (Kiwix's practice: one file a language, its full-text index built for it).
 * Pure: config/outputs/zim.ts passes these to Debian's `zimwriterfs`.
 */
import type { AtlasEdition } from './edition.ts';
import { locales } from './locales.ts';

/** The ISO 639-3 code Kiwix wants for a language of the registry. */
export function zimLanguage(lang: string): string {
  const locale = locales.find((l) => l.code === lang);
  if (!locale) throw new Error(`ZIM: no ISO 639-3 code known for language "${lang}"; add the language to src/core/locales.ts`);
  return locale.iso639_3;
}

/** `mcof-atlas_en_2026-12.zim`: Kiwix's own naming, project_language_year-month, one language a file. */
export function zimName(lang: string, contentDate: string): string {
  return `mcof-atlas_${lang}_${contentDate.slice(0, 7)}.zim`;
}

/** The file in the ZIM that Kiwix shows as its icon. */
export const zimIllustration = 'illustration_48x48.png';

export interface ZimMetadata {
  name: string;
  title: string;
  description: string;
  longDescription: string;
  language: string;
  creator: string;
  publisher: string;
  tags: string;
  source: string;
  flavour: string;
}

export function zimMetadata(edition: AtlasEdition, lang: string, site?: string): ZimMetadata {
  return {
    // Version-independent: Kiwix uses it to offer this file as an update of the last one.
    name: `mcof-atlas_${lang}`,
    // Kiwix asks for at most 30 characters in the title and 80 in the description.
    title: 'MCOF Atlas',
    description: "IOM's Migration Crisis Operational Framework, cited to the paragraph",
    longDescription: `The Migration Crisis Operational Framework (MCOF) of the International Organization for Migration: the 15 sectors of assistance of 2021 and the 2012 sectors, the three phases of a crisis, operating approaches, cross-cutting issues, policies, guidance notes, a glossary and the source documents themselves, every statement cited to its paragraph. Content of ${edition.contentDate}, version ${edition.version}. The source documents are IOM's; MCOF Atlas is an independent reading aid, not an official IOM publication.`,
    language: zimLanguage(lang),
    creator: 'MCOF Atlas editors; source documents by IOM',
    publisher: 'MCOF Atlas',
    tags: 'humanitarian;migration;crisis;iom;_category:other;_pictures:no;_videos:no;_details:yes',
    source: site ?? 'MCOF Atlas (built from its content/ folder)',
    flavour: 'maxi',
  };
}
