/**
 * Translations are tied to the English they translate: what may be translated, when a
 * translation goes stale, how it is applied, and what the content check tells a
 * translator who gets a file wrong.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localizedPath, localizeLinks, splitLocalePath } from '../../src/core/addresses.ts';
import { checkContent } from '../../src/core/check/integrity.ts';
import { documentTranslationProblems, translationProblems } from '../../src/core/check/translations.ts';
import { collections } from '../../src/core/collections.ts';
import { officialTranslation } from '../../src/core/schemas/shared.ts';
import { applyTranslation, documentText, type RawTranslation, statusOf, translatableText, versionOf } from '../../src/core/translations.ts';
import { readContent } from '../../src/project/content-files.ts';
import { entry, realContent, withFrenchSourceFixture } from '../helpers/content.ts';

const content = realContent();
const health = entry(content, 'sectors', 'health');
const sectorFields = collections.sectors.translatable;
const healthVersion = versionOf(translatableText(health.data, sectorFields));

const french = (data: Record<string, unknown>, id = 'health'): RawTranslation => ({
  locale: 'fr',
  collection: 'sectors',
  id,
  file: `content/translations/fr/sectors/2021/${id}.yaml`,
  data,
});

describe('what a translation translates', () => {
  const texts = translatableText(health.data, sectorFields);

  it('is the editors’ own words: title, description and each phase', () => {
    expect(texts.get('title')).toBe('Health');
    expect(texts.has('description.text')).toBe(true);
    expect([...texts.keys()].some((k) => /^phases\.(before|during|after)\.summary$/.test(k))).toBe(true);
  });

  it('never official wording or citations', () => {
    expect([...texts.keys()].filter((k) => k.startsWith('objective') || k.includes('cite'))).toEqual([]);
  });

  it('goes stale when the English own words change, not when the official objective does', () => {
    const edited = structuredClone(health.data) as { description: { text: string }; objective: { text: string } };
    edited.description.text += ' More.';
    expect(versionOf(translatableText(edited, sectorFields))).not.toBe(healthVersion);
    const objectiveOnly = structuredClone(health.data) as { objective: { text: string } };
    objectiveOnly.objective.text += ' More.';
    expect(versionOf(translatableText(objectiveOnly, sectorFields))).toBe(healthVersion);
  });

  it('is current, stale or missing', () => {
    const texts = translatableText(health.data, sectorFields);
    expect(statusOf(texts, { translates: healthVersion, title: 'Santé' })).toBe('current');
    expect(statusOf(texts, { translates: '0000', title: 'Santé' })).toBe('stale');
    expect(statusOf(texts, undefined)).toBe('missing');
  });

  it('is put in place over the English, leaving the rest English and the English untouched', () => {
    const localized = applyTranslation(health.data, { translates: healthVersion, title: 'Santé' }) as { title: string; objective: { text: string } };
    expect(localized.title).toBe('Santé');
    expect(localized.objective.text).toBe((health.data as { objective: { text: string } }).objective.text);
    expect((health.data as { title: string }).title).toBe('Health');
  });
});

describe('the content check on translation files', () => {
  const check = (t: RawTranslation) => translationProblems([t], content.entries);

  it('accepts a correct translation', () => {
    expect(check(french({ translates: healthVersion, title: 'Santé', description: { text: 'Ce que fait le secteur.' } }))).toEqual([]);
  });

  it('names the English entry it cannot find, with a suggestion', () => {
    expect(check(french({ translates: 'x' }, 'helth'))).toEqual([
      expect.objectContaining({
        field: '(file name)',
        message: 'no English entry "helth" in content/sectors/<edition>/ to translate',
        fix: 'did you mean `health`?',
      }),
    ]);
  });

  it('asks for the version translated, and gives the current one', () => {
    expect(check(french({ title: 'Santé' }))).toEqual([
      expect.objectContaining({ field: 'translates', fix: `add \`translates: ${healthVersion}\` (the current English; \`npm run translations\` prints it)` }),
    ]);
  });

  it('refuses a translation of official wording', () => {
    const [problem] = check(french({ translates: healthVersion, objective: { text: 'Sauver des vies.' } }));
    expect(problem).toMatchObject({ field: 'objective.text' });
    expect(problem.message).toMatch(/^official wording is never translated by the editors/);
    expect(problem.fix).toBe(
      'remove this field; IOM’s own translation, from a translated IOM document in content/sources/, goes in `objective.officialTranslation: { text, cite }`',
    );
  });

  it('refuses citations, which come from the English', () => {
    const [problem] = check(french({ translates: healthVersion, description: { text: 'Texte.', cite: [{ source: 'mcof-2012', paragraph: 8 }] } }));
    expect(problem).toMatchObject({ field: 'description.cite', fix: 'remove `description.cite`' });
  });

  it('refuses an unknown field, with a suggestion', () => {
    expect(check(french({ translates: healthVersion, titel: 'Santé' }))).toEqual([expect.objectContaining({ field: 'titel', fix: 'did you mean `title`?' })]);
  });

  it('refuses a list that adds or drops an item', () => {
    const during = (health.data as { phases: { during: { activities?: string[] } } }).phases.during;
    const activities = during.activities ?? [];
    expect(activities.length).toBeGreaterThan(1);
    const [problem] = check(french({ translates: healthVersion, phases: { during: { activities: activities.slice(1) } } }));
    expect(problem.message).toBe(`the English has ${activities.length} items, the translation ${activities.length - 1}`);
  });

  it('lets each language write its own search aliases', () => {
    const wash = content.entries.find((e) => e.collection === 'glossary' && e.id === 'wash');
    expect(wash).toBeDefined();
    const version = versionOf(translatableText(wash?.data, collections.glossary.translatable));
    const t: RawTranslation = {
      locale: 'fr',
      collection: 'glossary',
      id: 'wash',
      file: 'content/translations/fr/glossary/wash.yaml',
      data: { translates: version, term: 'EAH', aliases: ['eau, assainissement et hygiène', 'WASH', 'ASH'] },
    };
    expect(translationProblems([t], content.entries)).toEqual([]);
  });
});

describe('translation folders', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'mcof-translations-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(scratch, 'content', path)), { recursive: true });
    writeFileSync(join(scratch, 'content', path), text);
  };

  it('reports a language folder the atlas does not have, and a folder no collection reads', () => {
    write('translations/fe/sectors/health.yaml', 'title: Santé\n');
    write('translations/fr/sectros/health.yaml', 'title: Santé\n');
    const problems = checkContent(readContent(scratch, join(scratch, 'content')));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/translations/fe/sectors/health.yaml', fix: 'did you mean content/translations/fr/?' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/translations/fr/sectros/health.yaml', fix: 'did you mean content/translations/fr/sectors/?' }),
    );
  });
});

describe('addresses in other languages', () => {
  it('keep the English slugs under a language prefix', () => {
    expect(localizedPath('/sectors/health/during/', 'fr')).toBe('/fr/sectors/health/during/');
    expect(localizedPath('/sources/mcof-2021-addendum/#p42', 'ar')).toBe('/ar/sources/mcof-2021-addendum/#p42');
    expect(localizedPath('/sectors/health/', 'en')).toBe('/sectors/health/');
  });

  it('leave shared files alone', () => {
    expect(localizedPath('/data/mcof.json', 'fr')).toBe('/data/mcof.json');
  });

  it('in a rendered body, lead to pages in the page’s language, except a link that names its language', () => {
    const html = '<a class="cite" href="/sources/doc/#p7">¶7</a> <a href="/sectors/health/" hreflang="en" lang="en">English</a> <a href="/fr/matrix/">x</a>';
    expect(localizeLinks(html, '/', 'fr')).toBe(
      '<a class="cite" href="/fr/sources/doc/#p7">¶7</a> <a href="/sectors/health/" hreflang="en" lang="en">English</a> <a href="/fr/matrix/">x</a>',
    );
    expect(localizeLinks(html, '/', 'en')).toBe(html);
  });

  it('split back into language and English address', () => {
    expect(splitLocalePath('/es/matrix/')).toEqual({ locale: 'es', path: '/matrix/' });
    expect(splitLocalePath('/fr')).toEqual({ locale: 'fr', path: '/' });
    expect(splitLocalePath('/sectors/health/')).toEqual({ locale: 'en', path: '/sectors/health/' });
    expect(splitLocalePath('/frontier/')).toEqual({ locale: 'en', path: '/frontier/' });
  });
});

describe('an official translation of official wording', () => {
  // A stand-in for a translated IOM document (`language: fr`): no such document is part of this edition.
  const { content: withFrench, official: given, snippet } = withFrenchSourceFixture();
  const official = (change: Record<string, unknown> = {}) => ({ ...given, ...change });
  const check = (t: RawTranslation) => translationProblems([t], withFrench.entries);

  it('has a schema: its own text and one citation, nothing else', () => {
    expect(officialTranslation.safeParse(given).success).toBe(true);
    expect(officialTranslation.safeParse({ text: given.text }).success).toBe(false);
    expect(officialTranslation.safeParse({ ...given, note: 'x' }).success).toBe(false);
  });

  it('is accepted beside the quote it translates, citing a document in that language', () => {
    expect(check(french({ translates: healthVersion, objective: { officialTranslation: official() } }))).toEqual([]);
  });

  it('is put on the quote, leaving the English wording and the editors’ version alone', () => {
    const translation = { translates: healthVersion, title: 'Santé', objective: { officialTranslation: official() } };
    const localized = applyTranslation(health.data, translation) as { objective: { text: string; officialTranslation?: unknown } };
    expect(localized.objective.officialTranslation).toEqual(given);
    expect(localized.objective.text).toBe((health.data as { objective: { text: string } }).objective.text);
    expect(statusOf(translatableText(health.data, sectorFields), translation)).toBe('current');
  });

  it('refuses a citation that does not resolve', () => {
    expect(
      check(french({ translates: healthVersion, objective: { officialTranslation: official({ cite: { source: 'fixture-addendum-fr', paragraph: 7 } }) } })),
    ).toEqual([
      {
        file: 'content/translations/fr/sectors/2021/health.yaml',
        field: 'objective.officialTranslation.cite',
        message: 'paragraph 7 does not exist in "fixture-addendum-fr" (it has ¶42–42)',
        fix: 'cite a paragraph number as printed in the source',
      },
    ]);
  });

  it('refuses a source document that is not in the language of the translation', () => {
    const cite = { source: 'mcof-2021-addendum', paragraph: 42 };
    expect(check(french({ translates: healthVersion, objective: { officialTranslation: official({ cite }) } }))).toEqual([
      {
        file: 'content/translations/fr/sectors/2021/health.yaml',
        field: 'objective.officialTranslation.cite',
        message: '"mcof-2021-addendum" is in "en", not "fr": an official translation quotes IOM’s own document in the language of the translation',
        fix: 'cite the fr version of the document (a file in content/sources/ with `language: fr`), or remove the official translation',
      },
    ]);
    const spanish = { ...french({ translates: healthVersion, objective: { officialTranslation: official() } }), locale: 'es' as const };
    expect(check(spanish)).toEqual([expect.objectContaining({ message: expect.stringMatching(/^"fixture-addendum-fr" is in "fr", not "es"/) })]);
  });

  it('refuses wording that is not in the cited paragraph', () => {
    expect(check(french({ translates: healthVersion, objective: { officialTranslation: official({ text: 'Sauver des vies.' }) } }))).toEqual([
      expect.objectContaining({
        field: 'objective.officialTranslation.text',
        message: 'the official translation is not found word for word in fixture-addendum-fr ¶42',
      }),
    ]);
  });

  it('refuses one without a citation, naming the field', () => {
    expect(check(french({ translates: healthVersion, objective: { officialTranslation: { text: given.text } } }))).toEqual([
      expect.objectContaining({ field: 'objective.officialTranslation.cite', fix: expect.stringMatching(/^write `officialTranslation: \{ text: /) }),
    ]);
  });

  it('refuses one for a field that is not official wording', () => {
    expect(check(french({ translates: healthVersion, description: { officialTranslation: official() } }))).toEqual([
      {
        file: 'content/translations/fr/sectors/2021/health.yaml',
        field: 'description.officialTranslation',
        message: '`description` is not official wording: only a quote (an objective, a definition, a `quote`) has an official translation',
        fix: 'remove it: the editors translate their own words in the field itself (e.g. `description.text`)',
      },
    ]);
  });

  it('refuses one in a language the atlas does not have', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'mcof-official-'));
    try {
      const file = join(scratch, 'content/translations/de/sectors/2021/health.yaml');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, snippet);
      expect(readContent(scratch, join(scratch, 'content')).failures).toContainEqual(
        expect.objectContaining({ file: 'content/translations/de/sectors/2021/health.yaml', message: '"de" is not a language the atlas translates into' }),
      );
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('a translated free page (the About page)', () => {
  const about = entry(content, 'docs', 'about');
  const version = versionOf(documentText(about.data, about.body));

  it('is current in every language of this edition', () => {
    for (const locale of ['fr', 'es', 'ar'])
      expect(statusOf(documentText(about.data, about.body), entry(content, 'docs', `${locale}/about`).data), locale).toBe('current');
    expect(documentTranslationProblems(content.entries)).toEqual([]);
  });

  it('goes stale when the English words change, not when a paragraph is re-wrapped', () => {
    const texts = (body: string) => documentText(about.data, body);
    const french = entry(content, 'docs', 'fr/about').data;
    expect(statusOf(texts((about.body ?? '').replace('welcomed by the IOM Council', 'welcomed by the Council')), french)).toBe('stale');
    expect(statusOf(texts((about.body ?? '').replaceAll('. ', '.\n')), french)).toBe('current');
  });

  it('must say which version it translates, and is given the current one', () => {
    const changed = realContent();
    const french = entry(changed, 'docs', 'fr/about');
    french.data = { ...(french.data as object), translates: undefined };
    expect(documentTranslationProblems(changed.entries)).toEqual([
      {
        file: 'content/docs/fr/about.mdx',
        field: 'translates',
        message: 'a translated page must say which version of the English it translates',
        fix: `add \`translates: "${version}"\` to its front matter (the current English of content/docs/about.mdx)`,
      },
    ]);
  });

  it('names a page with no English to translate', () => {
    const changed = realContent();
    changed.entries.push({ collection: 'docs', id: 'es/abuot', file: 'content/docs/es/abuot.mdx', data: { title: 'x', translates: version }, body: 'x' });
    expect(documentTranslationProblems(changed.entries)).toEqual([
      {
        file: 'content/docs/es/abuot.mdx',
        field: '(file name)',
        message: 'no English page "abuot" in content/docs/ to translate',
        fix: 'did you mean `about`?',
      },
    ]);
  });
});
