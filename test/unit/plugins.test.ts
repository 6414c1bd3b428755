import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { describe, expect, it } from 'vitest';
import { buildSourceIndex } from '../../src/lib/integrity.ts';
import { remarkCiteLinks } from '../../src/plugins/remark-cite-links.ts';
import { remarkSourceParagraphs } from '../../src/plugins/remark-source-paragraphs.ts';

async function render(markdown: string, path: string, plugins: any[]) {
  const processor = unified().use(remarkParse).use(remarkGfm);
  for (const p of plugins) processor.use(...(Array.isArray(p) ? p : [p]));
  const file = await processor.use(remarkRehype).use(rehypeStringify).process({ value: markdown, path });
  return String(file);
}

describe('remark-source-paragraphs', () => {
  const doc = '## Part\n\n33. Thirty-three.\n\n34. **Camp coordination.** To improve.\n\n    - (a) sub-item\n\n## Later\n\n35. After a heading.\n';
  it('gives each numbered paragraph of a source a heading with id pN and a self-link with its printed number', async () => {
    const html = await render(doc, '/x/content/sources/doc.md', [remarkSourceParagraphs]);
    expect(html).toContain('<div class="para" data-para="34">\n<h3 id="p34" class="para-heading"><a href="#p34" class="para-num"><span class="sr-only">Paragraph </span>34</a></h3>\n<p><strong>Camp coordination.</strong> To improve.</p>');
    // the sub-item stays inside its paragraph's block
    expect(html).toMatch(/id="p34"[^]*\(a\) sub-item[^]*<\/div>\n<h2>Later/);
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
  const options = { index: buildSourceIndex(entries), shortTitles: new Map([['doc', 'Doc 2021']]) };
  it('turns cite: links into links to the paragraph with a label and the cited text', async () => {
    const html = await render('See [¶7](cite:doc#p7).', '/x/content/guidance/a.mdx', [[remarkCiteLinks, options]]);
    expect(html).toContain('<a href="/sources/doc/#p7" class="cite" data-cite="Doc 2021 ¶7" data-cite-text="Seven says this.">¶7</a>');
  });
  it('fails with the file, the link and a fix when the paragraph does not exist', async () => {
    await expect(render('See [¶8](cite:doc#p8).', '/x/content/guidance/a.mdx', [[remarkCiteLinks, options]]))
      .rejects.toThrow('/x/content/guidance/a.mdx: citation link "cite:doc#p8": paragraph 8 does not exist in "doc" (it has ¶7–7). Fix: cite a paragraph number as printed in the source.');
  });
});
