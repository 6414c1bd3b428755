/**
 * The PDF book in dist/download/, read with poppler-utils as a reader's PDF viewer sees it:
 * every objective word for word, a bookmark for every chapter and sector, every font
 * embedded, every citation a link to the page that holds the cited paragraph.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dist, requireBuild } from '../helpers/dist.ts';
import { modelFrom } from '../helpers/model.ts';

let file: string;
const model = modelFrom();
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] });
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const entities = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

beforeAll(() => {
  requireBuild();
  const name = readdirSync(join(dist, 'download')).find((f) => /^mcof-atlas-en-\d{4}-\d{2}-\d{2}\.pdf$/.test(f));
  if (!name) throw new Error('dist/download/ has no mcof-atlas-en-<date>.pdf: run `npm run build`');
  file = join(dist, 'download', name);
});

describe('PDF book', () => {
  it('is A4 and has the edition on its cover', () => {
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const cover = oneLine(run('pdftotext', ['-f', '1', '-l', '1', file, '-']));
    expect(cover).toMatch(/^MCOF Atlas .* Content of \d{4}-\d{2}-\d{2} Version \d+\.\d+\.\d+ · commit \w+$/);
  });

  it('holds all 15 current objectives word for word', () => {
    const text = oneLine(run('pdftotext', [file, '-']));
    const objectives = model.sectors2021.map((s) => oneLine(s.data.objective.text));
    expect(objectives).toHaveLength(15);
    expect(objectives.filter((o) => !text.includes(o))).toEqual([]);
  });

  it('has a bookmark for every chapter and every sector, and prints the matrix on a landscape page', () => {
    const xml = run('pdftohtml', ['-xml', '-i', '-stdout', '-q', file]);
    const bookmarks = [...xml.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((m) => entities(m[1]));
    for (const s of model.sectors2021) expect(bookmarks, s.id).toContain(s.data.acronym ? `${s.data.title} (${s.data.acronym})` : s.data.title);
    for (const title of ['The three phases of a crisis', 'Operating approaches', 'Cross-cutting issues', 'The sector × phase matrix', 'Glossary'])
      expect(bookmarks).toContain(title);
    for (const s of model.sources) expect(bookmarks).toContain(String((s.data as { shortTitle: string }).shortTitle));
    const matrixPage = [...xml.matchAll(/<item page="(\d+)">The sector × phase matrix<\/item>/g)][0][1];
    expect(run('pdfinfo', ['-f', matrixPage, '-l', matrixPage, file])).toMatch(new RegExp(`Page\\s+${matrixPage} size:\\s+841\\.\\d+ x 595\\.\\d+`));
  });

  it('draws the crosswalk diagram on the crosswalk chapter’s first page: every sector label and the key in its caption', () => {
    const xml = run('pdftohtml', ['-xml', '-i', '-stdout', '-q', file]);
    const page = [...xml.matchAll(/<item page="(\d+)">From 2012 to 2021: the crosswalk<\/item>/g)][0][1];
    const text = oneLine(run('pdftotext', ['-f', page, '-l', page, file, '-']));
    // The drawing's own column headings, then its caption with a key for each kind of change used.
    expect(text).toContain(`2012: ${model.sectors2012.length} sectors`);
    expect(text).toContain(`2021: ${model.sectors2021.length} sectors`);
    expect(text).toMatch(/Figure 1: Crosswalk diagram: how the 15 sectors of 2012 became the 15 sectors of 2021/);
    const kinds = new Set(model.crosswalk.map((m) => m.data.change));
    for (const k of kinds) expect(text).toContain(`${k} (${model.crosswalk.filter((m) => m.data.change === k).length}):`);
    // One label per 2021 sector (long titles wrap inside the drawing: their first word is enough).
    for (const s of model.sectors2021) expect(text, s.id).toContain(s.data.title.split(' ')[0]);
  });

  it('embeds every font it uses', () => {
    const rows = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    // Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
    const notEmbedded = rows.filter((r) => r.trim().split(/\s+/).at(-4) !== 'yes');
    expect(notEmbedded).toEqual([]);
  });

  it('links every citation to the page holding that paragraph, under its document’s running header', () => {
    const xml = run('pdftohtml', ['-xml', '-i', '-stdout', '-q', file]);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
    const links = [...xml.matchAll(/<a href="[^"#]*#(\d+)">([^<]*)<\/a>/g)].map((m) => ({ page: Number(m[1]), text: entities(m[2]) }));
    expect(links.length).toBeGreaterThan(500);
    expect(links.filter((l) => l.page < 1 || l.page > pages)).toEqual([]);
    const shortTitles = model.sources.map((s) => String((s.data as { shortTitle: string }).shortTitle));
    const cites = links.flatMap((l) => {
      const m = /^(.+) ¶(\d+)$/.exec(l.text);
      return m && shortTitles.includes(m[1]) ? [{ ...l, doc: m[1], n: m[2] }] : [];
    });
    expect(cites.length).toBeGreaterThan(200);
    const pageText = new Map<number, string>();
    const wrong = cites.filter((c) => {
      if (!pageText.has(c.page)) pageText.set(c.page, run('pdftotext', ['-f', String(c.page), '-l', String(c.page), '-layout', file, '-']));
      const text = pageText.get(c.page)!;
      return !text.includes(c.doc) || !new RegExp(`^\\s*${c.n}\\.\\s`, 'm').test(text);
    });
    expect(wrong.map((c) => `${c.text} → page ${c.page}`)).toEqual([]);
  });
});
