/**
 * A virtual module, `virtual:mcof/translations`, through which pages read the editors'
 * translations, each language's interface strings and the translation status rows. Read
 * here, where the project's folder is known (bundled page code cannot find content/ from
 * its own location), from the same reader the content check uses. In `astro dev` an edit
 * under content/translations/ reloads it.
 */
import type { Plugin } from 'vite';
import { translationRows } from '../src/core/translations.ts';
import { invalidateProjectContent, projectContent } from '../src/project/content.ts';

const id = 'virtual:mcof/translations';

export function translationsModule(): Plugin {
  return {
    name: 'mcof-atlas:translations-module',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const { raw } = projectContent();
      const translations = raw.translations ?? [];
      return [
        `export const translations = ${JSON.stringify(translations)};`,
        `export const interfaces = ${JSON.stringify(raw.interfaces ?? [])};`,
        `export const rows = ${JSON.stringify(translationRows(raw.entries, translations))};`,
      ].join('\n');
    },
    handleHotUpdate({ file, server }) {
      if (!/[\\/]content[\\/]/.test(file)) return;
      invalidateProjectContent();
      const module = server.moduleGraph.getModuleById(`\0${id}`);
      if (module) server.moduleGraph.invalidateModule(module);
    },
  };
}
