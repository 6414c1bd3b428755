/**
 * Reads every file under `content/` into plain records, without Astro, so that the
 * integrity check can run before a build (`npm run check:content`, the build's
 * first step) and in unit tests against fixture folders. Folders and file kinds come
 * from the collection registry (src/core/collections.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { type CollectionName, type CollectionSpec, collections } from '../core/collections.ts';
import { isLocaleCode, sourceLocale, translationLocales } from '../core/locales.ts';
import { closest } from '../core/suggest.ts';
import type { RawTranslation } from '../core/translations.ts';
import { listFiles } from './files.ts';
import { interfaceFile, readInterfaceFiles } from './interface-files.ts';

export type { CollectionName, ParseFailure, RawContent, RawEntry } from '../core/entries.ts';

import type { ParseFailure, RawContent, RawEntry } from '../core/entries.ts';

/** Splits `---\nyaml\n---\nbody` into front matter and body. */
export function splitFrontMatter(text: string): { frontMatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontMatter: match[1], body: match[2] } : undefined;
}

/** The entry id: the file name without extension (ids are unique per collection, checked). */
export function entryId(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, '');
}

/** What to tell an editor about a YAML syntax error: the line (in the file) and js-yaml's own explanation. */
function yamlFailure(file: string, error: unknown, lineOffset: number): ParseFailure {
  const e = error as { reason?: string; mark?: { line: number; column: number; snippet?: string }; message?: string };
  if (e.mark) {
    const line = e.mark.line + 1 + lineOffset;
    return {
      file,
      field: `line ${line}`,
      message: `the YAML cannot be read at line ${line}, column ${e.mark.column + 1}: ${e.reason ?? 'syntax error'}`,
      fix: /tab/i.test(e.reason ?? '')
        ? 'indent with spaces, not tabs (two spaces per level)'
        : 'check that line and the one before it: quotes closed, a space after each `:`, list items starting with `- `, the same indentation for fields at the same level',
    };
  }
  return { file, field: '(file)', message: `the YAML cannot be read: ${String(e.message ?? error).split('\n')[0]}`, fix: 'fix the file’s syntax' };
}

const isEditorLeftover = (name: string) => /(~|\.bak|\.orig|\.swp|\.tmp)$|^#.*#$/.test(name);

/** Why a file in a collection's folder is not loaded, and how to make it an entry (or remove it). */
function strayFile(file: string, name: string, spec: CollectionSpec, collection: CollectionName): ParseFailure {
  const expected = spec.ext.map((e) => `\`${e}\``).join(' or ');
  const lowerExt = spec.ext.find((e) => name.toLowerCase().endsWith(e));
  if (lowerExt && !isEditorLeftover(name)) {
    const fixed = `${name.slice(0, -lowerExt.length).toLowerCase()}${lowerExt}`;
    return {
      file,
      field: '(file name)',
      message: `this file is not loaded: its extension must be written in lower case (${expected})`,
      fix: `rename it to \`${fixed}\``,
      would: { collection, id: entryId(fixed) },
    };
  }
  if (isEditorLeftover(name)) {
    return {
      file,
      field: '(file name)',
      message: 'this looks like an editor’s backup or temporary file, and is not loaded',
      fix: 'delete it (your editor keeps its own history), or move it out of content/',
    };
  }
  const stem = name.replace(/(\.[^.]+)+$/, '');
  return {
    file,
    field: '(file name)',
    message: `this file is not loaded: entries in ${spec.folderHint} are ${expected} files`,
    fix: `rename it to \`${stem.toLowerCase()}${spec.ext[0]}\` if it is an entry; otherwise move it out of content/ (a name starting with _ keeps a draft here unloaded)`,
    would: { collection, id: stem.toLowerCase() },
  };
}

export function readContent(root: string, contentDir = join(root, 'content')): RawContent {
  const entries: RawEntry[] = [];
  const failures: ParseFailure[] = [];
  // Files are named as editors see them, from the content folder, wherever it lives (MCOF_CONTENT_DIR).
  const toFile = (path: string) => `content/${relative(contentDir, path).split(sep).join('/')}`;
  // A folder no collection reads (a misspelt `polices/`) would be silently ignored.
  const folders = new Set(Object.values(collections).map((c: CollectionSpec) => c.dir));
  if (existsSync(contentDir)) {
    for (const name of readdirSync(contentDir)) {
      if (name.startsWith('_') || name.startsWith('.') || folders.has(name) || name === translationsDir) continue;
      const guess = closest(name, folders);
      failures.push({
        file: toFile(join(contentDir, name)),
        field: '(folder)',
        message: `no collection reads content/${name}`,
        fix: guess ? `did you mean content/${guess}/? Move its files there` : `content is read from: ${[...folders].map((f) => `content/${f}/`).join(', ')}`,
      });
    }
  }
  for (const [collection, layout] of Object.entries(collections) as [CollectionName, CollectionSpec][]) {
    // Files and folders starting with _ or . are drafts and editor files, not content.
    for (const path of listFiles(join(contentDir, layout.dir), (name) => name.startsWith('_') || name.startsWith('.'))) {
      const file = toFile(path);
      const name = path.split(/[\\/]/).pop() ?? path;
      if (!layout.ext.some((e) => name.endsWith(e)) || isEditorLeftover(name)) {
        failures.push(strayFile(file, name, layout, collection));
        continue;
      }
      const text = readFileSync(path, 'utf8');
      const would = { collection, id: entryId(path) };
      if (!text.trim()) {
        failures.push({ file, field: '(file)', message: 'the file is empty', fix: 'copy a neighbouring entry as a start, or delete the file', would });
        continue;
      }
      if (layout.kind === 'document') {
        const parts = splitFrontMatter(text);
        if (!parts) {
          failures.push({
            file,
            field: '(file)',
            message: 'missing front matter: the file must start with a `---` line, the fields, and another `---` line',
            fix: 'add the fields between two `---` lines at the top of the file',
            would,
          });
          continue;
        }
        const id =
          collection === 'docs'
            ? relative(join(contentDir, layout.dir), path)
                .split(sep)
                .join('/')
                .replace(/\.[^.]+$/, '')
                .replace(/(^|\/)index$/, '')
            : entryId(path);
        try {
          entries.push({
            collection,
            id,
            file,
            data: yaml.load(parts.frontMatter) ?? {},
            body: parts.body,
            bodyLine: parts.frontMatter.split('\n').length + 3,
          });
        } catch (error) {
          failures.push({ ...yamlFailure(file, error, 1), would });
        }
        continue;
      }
      let data: unknown;
      try {
        data = yaml.load(text);
      } catch (error) {
        failures.push({ ...yamlFailure(file, error, 0), would });
        continue;
      }
      if (layout.kind === 'list') {
        if (!Array.isArray(data)) {
          failures.push({
            file,
            field: '(file)',
            message: 'expected a YAML list of entries (each line starting with `- id: …`)',
            fix: 'start each entry with `- id: …` at the left margin',
          });
          continue;
        }
        data.forEach((item, index) => {
          const id = item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : `#${index + 1}`;
          entries.push({ collection, id, file, data: item });
        });
      } else {
        entries.push({ collection, id: entryId(path), file, data: data ?? {} });
      }
    }
  }
  const translations = readTranslations(contentDir, toFile, failures);
  const interfaces = readInterfaceFiles(join(contentDir, translationsDir), toFile, (file, error) => failures.push(yamlFailure(file, error, 0)));
  return { entries, failures, translations, interfaces };
}

/** Where translations live: `content/translations/<locale>/<collection folder>/…`, mirroring the English files. */
export const translationsDir = 'translations';
/** A language's interface strings (headings, labels, notices): `content/translations/<locale>/interface.yaml`. */
export { interfaceFile };

function readTranslations(contentDir: string, toFile: (path: string) => string, failures: ParseFailure[]): RawTranslation[] {
  const translations: RawTranslation[] = [];
  const root = join(contentDir, translationsDir);
  if (!existsSync(root)) return translations;
  const byDir = new Map((Object.entries(collections) as [CollectionName, CollectionSpec][]).map(([name, spec]) => [spec.dir, name]));
  const codes = translationLocales.map((l) => l.code);
  for (const path of listFiles(root, (name) => name.startsWith('_') || name.startsWith('.'))) {
    const file = toFile(path);
    const [locale, dir] = relative(root, path).split(sep);
    if (!isLocaleCode(locale) || locale === sourceLocale) {
      const guess = closest(locale, codes);
      failures.push({
        file,
        field: '(folder)',
        message: `"${locale}" is not a language the atlas translates into`,
        fix: guess
          ? `did you mean content/translations/${guess}/?`
          : `use one of: ${codes.map((c) => `content/translations/${c}/`).join(', ')} (languages are listed in src/core/locales.ts)`,
      });
      continue;
    }
    // The interface strings of a language sit beside its entries; they have their own reader.
    if (dir === interfaceFile) continue;
    const collection = byDir.get(dir);
    if (!collection || !path.endsWith('.yaml')) {
      const guess = dir ? closest(dir, byDir.keys()) : undefined;
      failures.push({
        file,
        field: '(file name)',
        message: collection ? 'translations are YAML files (`.yaml`)' : `no collection reads content/${dir}/, so there is nothing here to translate`,
        fix:
          guess && !collection
            ? `did you mean content/translations/${locale}/${guess}/?`
            : 'mirror the English file’s folder and name, e.g. content/translations/fr/sectors/2021/health.yaml',
      });
      continue;
    }
    try {
      translations.push({ locale, collection, id: entryId(path), file, data: yaml.load(readFileSync(path, 'utf8')) ?? {} });
    } catch (error) {
      failures.push(yamlFailure(file, error, 0));
    }
  }
  return translations;
}
