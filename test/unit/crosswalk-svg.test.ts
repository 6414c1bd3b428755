import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crosswalkDiagram } from '../../src/core/crosswalk-diagram.ts';
import { changeStyle, crosswalkSvg } from '../../src/core/crosswalk-svg.ts';
import { modelFrom } from '../helpers/model.ts';

const model = modelFrom();
const diagram = crosswalkDiagram(model);

describe('the crosswalk as a standalone SVG (the PDF book’s figure)', () => {
  const svg = crosswalkSvg(diagram, 'Crosswalk <2012 & 2021>');

  it('is one SVG document with a title, escaped', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 900 ')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('<title>Crosswalk &lt;2012 &amp; 2021&gt;</title>');
  });

  it('draws one line per line of the layout, each in its change kind’s colour and dash, and every sector label', () => {
    const paths = [...svg.matchAll(/<g stroke="(#[0-9a-f]{6})"[^>]*><path d="[^"]+"( stroke-dasharray="([^"]+)")?/g)];
    const expected = diagram.mappings.flatMap((m) => m.lines.map(() => m.change));
    expect(paths).toHaveLength(expected.length);
    expect(paths.map((p) => p[1])).toEqual(expected.map((k) => changeStyle[k].colour));
    expect(paths.map((p) => p[3])).toEqual(expected.map((k) => changeStyle[k].dash));
    for (const s of [...model.sectors2012, ...model.sectors2021]) expect(svg, s.id).toContain(s.data.title.split(' ')[0].replace('&', '&amp;'));
  });

  it('uses the light palette of the web diagram (CrosswalkDiagram.astro), so paper and page agree', () => {
    const css = readFileSync(new URL('../../src/components/CrosswalkDiagram.astro', import.meta.url), 'utf8');
    for (const [kind, style] of Object.entries(changeStyle)) expect(css, kind).toContain(`--cw-${kind}: ${style.colour};`);
  });
});
