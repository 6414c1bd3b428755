/**
 * Pages come from content alone: a content set with a 16th sector and a new policy
 * naming three sectors builds into the extra pages, matrix row and backlinks with no
 * code change. The same build edits one English description that has translations, and a
 * sentence of the About page: the French pages then say their translation is stale, and
 * the status file agrees. It also adds a stand-in French source document and an official
 * translation of Health's objective citing it: the French pages show that instead of the
 * English.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEnv } from '../helpers/build-env.ts';
import { root } from '../helpers/content.ts';

const work = mkdtempSync(join(tmpdir(), 'mcof-fixture-'));
const content = join(work, 'content');
const out = join(work, 'dist');
const html = (address: string) => readFileSync(join(out, address, 'index.html'), 'utf8');

beforeAll(() => {
  cpSync(join(root, 'content'), content, { recursive: true });
  const fixtures = join(root, 'test/fixtures/extra-content');
  cpSync(join(fixtures, 'sectors'), join(content, 'sectors'), { recursive: true });
  cpSync(join(fixtures, 'policies'), join(content, 'policies'), { recursive: true });
  appendFileSync(join(content, 'crosswalk/crosswalk.yaml'), `\n${readFileSync(join(fixtures, 'crosswalk-extra.yaml'), 'utf8')}`);
  // An editor changes the English description of Health after it was translated.
  const health = join(content, 'sectors/2021/health.yaml');
  writeFileSync(health, readFileSync(health, 'utf8').replace('IOM delivers health services in crises', 'IOM delivers health care and services in crises'));
  // …and a sentence of the English About page, translated in every language.
  const about = join(content, 'docs/about.mdx');
  writeFileSync(about, readFileSync(about, 'utf8').replace('welcomed by the IOM Council in 2012', 'welcomed by the IOM Council in the year 2012'));
  // An editor adds IOM's official French translation of Health's objective (from a stand-in French document).
  const official = join(root, 'test/fixtures/official-translation');
  cpSync(join(official, 'fixture-addendum-fr.md'), join(content, 'sources/fixture-addendum-fr.md'));
  appendFileSync(join(content, 'translations/fr/sectors/2021/health.yaml'), `\n${readFileSync(join(official, 'health-objective-fr.yaml'), 'utf8')}`);
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--silent'], {
    cwd: root,
    env: astroEnv({ MCOF_CONTENT_DIR: content, MCOF_OUT_DIR: out }),
    stdio: 'pipe',
  });
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a content set with an extra sector and policy', () => {
  it('builds the sector page and its three phase pages', () => {
    for (const a of [
      '/sectors/test-anticipatory-logistics/',
      '/sectors/test-anticipatory-logistics/before/',
      '/sectors/test-anticipatory-logistics/during/',
      '/sectors/test-anticipatory-logistics/after/',
    ]) {
      expect(existsSync(join(out, a, 'index.html')), a).toBe(true);
    }
    expect(html('/sectors/test-anticipatory-logistics/during/')).toContain('The source documents say nothing specific about');
  });
  it('adds a matrix row and a sidebar link', () => {
    expect(html('/matrix/')).toContain('data-sector="test-anticipatory-logistics"');
    // /matrix/ holds the 2021 table only; the 2012 table, on its own page, is unchanged.
    expect(html('/matrix/').match(/<tr data-sector=/g)).toHaveLength(16);
    expect(html('/matrix/2012/').match(/<tr data-sector=/g)).toHaveLength(15);
    expect(html('/matrix/2012/')).not.toContain('data-sector="test-anticipatory-logistics"');
    expect(html('/sectors/health/')).toContain('href="/sectors/test-anticipatory-logistics/"');
    // The matrix at a glance, on the home page and /matrix/, has its row of three cells.
    for (const address of ['/', '/matrix/']) {
      expect(html(address), address).toContain('What the sources hold for each of the 16 sectors of 2021');
      expect(html(address).match(/href="\/sectors\/test-anticipatory-logistics\/(before|during|after)\/"/g), address).toHaveLength(address === '/' ? 3 : 6);
    }
  });
  it('lists the new policy on each of its three sectors and the sectors on the policy page', () => {
    for (const id of ['health', 'protection', 'test-anticipatory-logistics']) {
      expect(html(`/sectors/${id}/`)).toContain('href="/policies/fixture-three-sector-policy/"');
    }
    const policy = html('/policies/fixture-three-sector-policy/');
    expect(policy).toContain('Fixture anticipatory logistics');
    expect(policy).toContain('href="/sectors/protection/"');
  });
  it('maps the new sector in the crosswalk as new', () => {
    expect(html('/sectors/crosswalk/')).toContain('Fixture anticipatory logistics');
  });
  it('draws the new sector and its mapping in the crosswalk diagram', () => {
    const page = html('/sectors/crosswalk/');
    expect(page).toContain('how the 15 sectors of 2012 became the 16 sectors of 2021');
    expect(page).toMatch(/<a class="cw-node[^"]*" href="\/sectors\/test-anticipatory-logistics\/" data-node="test-anticipatory-logistics"/);
    expect(page).toMatch(/data-mapping="fixture-new-sector" data-kind="new" data-basis="source"/);
  });
});

describe('an English entry edited after it was translated', () => {
  it('marks the French page stale, in French, with a link to the current English; the build does not fail', () => {
    const french = html('/fr/sectors/health/');
    expect(french).toMatch(/data-translation-status="stale"/);
    expect(french).toContain('L’anglais de cette page a changé');
    expect(french).toMatch(/<a href="\/sectors\/health\/" hreflang="en" lang="en">/);
    // The translation is still shown (it reads better than English), and the English page has the new words.
    expect(french).toMatch(/<h1[^>]*>Santé</);
    expect(html('/sectors/health/')).toContain('IOM delivers health care and services in crises');
  });
  it('marks the translated About page stale too, linking the current English', () => {
    for (const locale of ['fr', 'es', 'ar']) {
      const translated = html(`/${locale}/about/`);
      expect(translated, locale).toMatch(/data-translation-status="stale"/);
      expect(translated, locale).toMatch(/<a href="\/about\/" hreflang="en" lang="en">/);
    }
    expect(html('/about/')).toContain('in the year 2012');
  });
  it('says stale in /data/translation-status.json for that entry in every language, current for the others', () => {
    const rows = JSON.parse(readFileSync(join(out, 'data/translation-status.json'), 'utf8')) as {
      locale: string;
      collection: string;
      id: string;
      status: string;
    }[];
    for (const locale of ['fr', 'es', 'ar']) {
      expect(rows).toContainEqual({ locale, collection: 'sectors', id: 'health', status: 'stale' });
      expect(rows).toContainEqual({ locale, collection: 'sectors', id: 'protection', status: 'current' });
    }
  });
});

describe('an official translation of official wording', () => {
  const officialText = 'Texte d’essai tenant lieu de la traduction officielle de l’objectif du secteur de la santé.';
  /** The `<figure>` of the objective on a page. */
  const objectiveOf = (page: string) =>
    /<figure class="official-quote[^"]*">\s*<figcaption class="quote-label">[^<]*<\/figcaption>[\s\S]*?<\/figure>/.exec(page)?.[0] ?? '';

  it('replaces the English on the French page, in French, labelled official and cited to the French document', () => {
    const figure = objectiveOf(html('/fr/sectors/health/'));
    expect(figure).toMatch(
      new RegExp(`<blockquote cite="/fr/sources/fixture-addendum-fr/#p42"[^>]* lang="fr" dir="ltr"[^>]*><p>${officialText}</p></blockquote>`),
    );
    expect(figure).toContain('Traduction officielle');
    expect(figure).toMatch(/<a [^>]*href="\/fr\/sources\/fixture-addendum-fr\/#p42"/);
    expect(figure).not.toContain('To reduce the mortality');
    expect(figure).not.toContain('Texte officiel de l’OIM, en anglais');
  });

  it('leaves the English page and the other languages with IOM’s English', () => {
    expect(objectiveOf(html('/sectors/health/'))).toContain('To reduce the mortality');
    expect(html('/sectors/health/')).not.toContain(officialText);
    expect(html('/es/sectors/health/')).not.toContain(officialText);
  });

  it('marks the French document’s text as French on the English page', () => {
    expect(html('/sources/fixture-addendum-fr/')).toMatch(/<div class="source-text numbered"[^>]* lang="fr">/);
    expect(html('/fr/sources/fixture-addendum-fr/')).not.toMatch(/<div class="source-text[^>]* lang=/);
  });

  it('is in the French open data beside the English objective', () => {
    const data = JSON.parse(readFileSync(join(out, 'data/mcof-fr.json'), 'utf8')) as { sectors: { id: string; objective: Record<string, unknown> }[] };
    const health = data.sectors.find((s) => s.id === 'health');
    expect(health?.objective.text).toMatch(/^To reduce the mortality/);
    expect(health?.objective.officialTranslation).toMatchObject({ text: officialText, citation: { source: 'fixture-addendum-fr', paragraph: 42 } });
  });
});
