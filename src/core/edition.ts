/**
 * Which edition of the atlas a reader holds: the software version, the date of the
 * newest content change and the short commit. Printed in every page's footer and in the
 * offline copy, so a trainer and an offline reader can tell whether they hold the same thing.
 */
export interface AtlasEdition {
  version: string;
  /** ISO date (YYYY-MM-DD) of the newest change to content/. */
  contentDate: string;
  /** Short commit id, or "unknown" outside a git checkout. */
  commit: string;
}

/** "Version 0.1.0 · content of 2026-12-01 · commit 3f2a9c1" */
export function editionLine(edition: AtlasEdition): string {
  return `Version ${edition.version} · content of ${edition.contentDate} · commit ${edition.commit}`;
}
