/**
 * Reads each language's interface strings, `content/translations/<locale>/interface.yaml`
 * (a flat `key: "translation"` map), beside the entry translations that content-files.ts
 * reads. The check of what they hold is pure (src/core/interface.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { RawInterface } from '../core/interface.ts';
import { isLocaleCode, sourceLocale } from '../core/locales.ts';

/** The name of a language's interface file, inside its folder under content/translations/. */
export const interfaceFile = 'interface.yaml';

/**
 * Every language's interface file under `translationsRoot`, or undefined when the
 * project has no translations folder at all (an English-only content tree). A file that
 * is not valid YAML is handed to `onUnreadable` and left out.
 */
export function readInterfaceFiles(
  translationsRoot: string,
  toFile: (path: string) => string,
  onUnreadable: (file: string, error: unknown) => void,
): RawInterface[] | undefined {
  if (!existsSync(translationsRoot)) return undefined;
  const files: RawInterface[] = [];
  for (const locale of readdirSync(translationsRoot).sort()) {
    const path = join(translationsRoot, locale, interfaceFile);
    // Unknown language folders are reported by the translations reader.
    if (!isLocaleCode(locale) || locale === sourceLocale || !existsSync(path)) continue;
    try {
      files.push({ locale, file: toFile(path), data: yaml.load(readFileSync(path, 'utf8')) ?? {} });
    } catch (error) {
      onUnreadable(toFile(path), error);
    }
  }
  return files;
}
