import { describe, expect, it } from 'vitest';
import { headingsFromHtml } from '../../src/core/page-headings.ts';

describe('headingsFromHtml', () => {
  it('lists h2 and h3 with ids in document order, with their visible text', () => {
    const html = `<h2 id="about">About this <em>sector</em></h2><section><h3 id="phase-guidance">General &amp; guidance</h3></section>
      <div><h2 id="referenced-by">Referenced
        by</h2></div>`;
    expect(headingsFromHtml(html)).toEqual([
      { depth: 2, slug: 'about', text: 'About this sector' },
      { depth: 3, slug: 'phase-guidance', text: 'General & guidance' },
      { depth: 2, slug: 'referenced-by', text: 'Referenced by' },
    ]);
  });

  it('leaves out headings without an id, hidden ones, source paragraph anchors and other levels', () => {
    const html = `<h2>No anchor</h2><h2 id="results" class="sr-only">Results</h2><h3 id="p12" class="para-heading"><a href="#p12">12.</a></h3>
      <h1 id="title">Title</h1><h4 id="deep">Deep</h4><h2 id="kept">Kept</h2>`;
    expect(headingsFromHtml(html)).toEqual([{ depth: 2, slug: 'kept', text: 'Kept' }]);
  });
});

describe('headingsFromHtml on attribute and text details', () => {
  it('reads ids and classes in any attribute order and quoting, and decodes entities in both', () => {
    const html = `<h2 class="kept" id='sector&#45;one' data-x="a>b">One</h2><H3 data-y id=plain>Plain &nbsp;text&#8217;s</H3>
      <h3 class="note sr-only visually" id="hidden">Hidden</h3>`;
    expect(headingsFromHtml(html)).toEqual([
      { depth: 2, slug: 'sector-one', text: 'One' },
      { depth: 3, slug: 'plain', text: 'Plain text’s' },
    ]);
  });

  it('does not take an attribute that only ends in "id" for the id, and ignores comments in the text', () => {
    const html = `<h2 data-id="wrong">No own id</h2><h2 id="ok">Text<!-- astro marker --> here</h2>`;
    expect(headingsFromHtml(html)).toEqual([{ depth: 2, slug: 'ok', text: 'Text here' }]);
  });
});
