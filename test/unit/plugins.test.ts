import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkCiteLinks } from '../../config/markdown/remark-cite-links.ts';
import { remarkSiteLinks } from '../../config/markdown/remark-site-links.ts';
import { remarkSourceParagraphs } from '../../config/markdown/remark-source-paragraphs.ts';
import { sourceCatalogue } from '../../src/core/citations.ts';

async function render(markdown: string, path: string, plugins: any[]) {
  const processor = unified().use(remarkParse).use(remarkGfm);
  for (const p of plugins) processor.use(...(Array.isArray(p) ? p : [p]));
  const file = await processor.use(remarkRehype).use(rehypeStringify).process({ value: markdown, path });
  return String(file);
}

describe('remark-source-paragraphs', () => {
  const doc = '## Part\n\n33. Thirty-three.\n\n34. **Camp coordination.** To improve.\n\n    - (a) sub-item\n\n## Later\n\n35. After a heading.\n';
  it('gives each numbered paragraph of a source a heading with id pN and a self-link with its printed number, kept out of the page’s search text', async () => {
    const html = await render(doc, '/x/content/sources/doc.md', [remarkSourceParagraphs]);
    expect(html).toContain(
      '<div class="para" data-para="34" data-pagefind-ignore="all">\n<h3 id="p34" class="para-heading"><a href="#p34" class="para-num"><span class="sr-only">Paragraph </span>34</a></h3>\n<p><strong>Camp coordination.</strong> To improve.</p>',
    );
    // the sub-item stays inside its paragraph's block
    expect(html).toMatch(/id="p34"[\s\S]*\(a\) sub-item[\s\S]*<\/div>\n<h2>Later/);
    expect(html).toContain('id="p35"');
    expect(html).toContain('(a) sub-item');
    expect(html).not.toContain('<ol');
  });
  it('leaves ordered lists in other files alone', async () => {
    const html = await render('1. one\n2. two\n', '/x/content/guidance/note.mdx', [remarkSourceParagraphs]);
    expect(html).toContain('<ol>');
  });
});

describe('remark-cite-links', () => {
  const entries = [{ collection: 'sources' as const, id: 'doc', file: 'content/sources/doc.md', data: {}, body: '## Part\n\n7. Seven says this.\n' }];
  const options = { catalogue: sourceCatalogue([{ id: 'doc', data: { shortTitle: 'Doc 2021' }, body: entries[0].body }]) };
  it('renders a cite: link like the Cite component: a link to the paragraph and the cited text as a preview', async () => {
    const html = await render('See [¶7](cite:doc#p7).', '/x/content/guidance/a.mdx', [[remarkCiteLinks, options]]);
    expect(html.replace('data-pagefind-ignore=""', 'data-pagefind-ignore')).toContain(
      '<span class="cite-wrap"><a href="/sources/doc/#p7" class="cite" data-cite="Doc 2021 ¶7">¶7</a><span class="cite-tip" role="tooltip" data-pagefind-ignore>Seven says this.</span></span>',
    );
  });
  it('on a translated page, leads to the source in that language and marks the English preview', async () => {
    const html = await render('Voir [¶7](cite:doc#p7).', '/x/content/docs/fr/about.mdx', [[remarkCiteLinks, options]]);
    expect(html.replace('data-pagefind-ignore=""', 'data-pagefind-ignore')).toContain(
      '<a href="/fr/sources/doc/#p7" class="cite" data-cite="Doc 2021 ¶7">¶7</a><span class="cite-tip" role="tooltip" data-pagefind-ignore lang="en"><span dir="ltr">Seven says this.</span></span>',
    );
  });
  it('puts the base path on the citation link', async () => {
    const html = await render('See [¶7](cite:doc#p7).', '/x/content/guidance/a.mdx', [[remarkCiteLinks, { ...options, base: '/mcof/' }]]);
    expect(html).toContain('href="/mcof/sources/doc/#p7"');
  });
  it('fails with the file, the link and a fix (as the hint) when the paragraph does not exist', async () => {
    const error = await render('See [¶8](cite:doc#p8).', '/x/content/guidance/a.mdx', [[remarkCiteLinks, options]]).catch((e: unknown) => e);
    expect(error).toMatchObject({
      message: '/x/content/guidance/a.mdx: citation link "cite:doc#p8": paragraph 8 does not exist in "doc" (it has ¶7–7).',
      hint: 'cite a paragraph number as printed in the source.',
    });
  });
});

describe('remark-site-links', () => {
  it('prefixes site paths written in Markdown with the base, and leaves other links alone', async () => {
    const md = '[Health](/sectors/health/) [p](#p3) [IOM](https://www.iom.int/) [rel](../x/)\n\n[ref]: /matrix/\n\n[m][ref]';
    const html = await render(md, '/x/content/guidance/a.mdx', [[remarkSiteLinks, { base: '/mcof/' }]]);
    expect(html).toContain('href="/mcof/sectors/health/"');
    expect(html).toContain('href="/mcof/matrix/"');
    expect(html).toContain('href="#p3"');
    expect(html).toContain('href="https://www.iom.int/"');
    expect(html).toContain('href="../x/"');
  });
  it('changes nothing without a base', async () => {
    const html = await render('[Health](/sectors/health/)', '/x/a.mdx', [[remarkSiteLinks, {}]]);
    expect(html).toContain('href="/sectors/health/"');
  });
});
