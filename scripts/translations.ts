/**
 * `npm run translations`: for translators, how far each language has come. Prints one line
 * per language and collection (current / stale / missing), then every stale entry with the
 * version of the English to translate now. Reads content/ only; never fails.
 */
import { collections } from '../src/core/collections.ts';
import { type FieldPath, translatableText, translationRows, versionOf } from '../src/core/translations.ts';
import { projectRoot } from '../src/project/content.ts';
import { readContent } from '../src/project/content-files.ts';

const raw = readContent(projectRoot, process.argv[2]);
const rows = translationRows(raw.entries, raw.translations ?? []);
const table = new Map<string, { current: number; stale: number; missing: number }>();
for (const row of rows) {
  const key = `${row.locale}\t${row.collection}`;
  const counts = table.get(key) ?? { current: 0, stale: 0, missing: 0 };
  counts[row.status]++;
  table.set(key, counts);
}
const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`${pad('language', 10)}${pad('collection', 14)}${pad('current', 9)}${pad('stale', 7)}missing`);
for (const [key, c] of table) {
  const [locale, collection] = key.split('\t');
  console.log(`${pad(locale, 10)}${pad(collection, 14)}${pad(c.current, 9)}${pad(c.stale, 7)}${c.missing}`);
}
const stale = rows.filter((r) => r.status === 'stale');
if (stale.length) {
  console.log('\nStale (the English changed): update the text, then set `translates:` to the version shown.');
  for (const row of stale) {
    const english = raw.entries.find((e) => e.collection === row.collection && e.id === row.id);
    const patterns = (collections[row.collection] as { translatable?: readonly FieldPath[] }).translatable ?? [];
    console.log(`  ${row.locale}  ${row.collection}/${row.id}  translates: ${versionOf(translatableText(english?.data, patterns))}`);
  }
}
