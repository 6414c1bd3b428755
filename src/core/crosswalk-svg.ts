/**
 * The crosswalk diagram as one standalone SVG document, for print outputs that place an image
 * (the PDF book): the layout of `crosswalkDiagram()`, drawn with presentation attributes and no
 * stylesheet, in the light palette (paper is white). The web page draws the same layout with
 * CSS in `CrosswalkDiagram.astro`, whose light colours and dash patterns these are.
 */
import type { ChangeKind, CrosswalkDiagram } from './crosswalk-diagram.ts';

/** Colour AND dash pattern per change kind, so a grey print still tells them apart. */
export const changeStyle: Record<ChangeKind, { colour: string; width: number; dash?: string; look: string }> = {
  kept: { colour: '#1a7f37', width: 4, look: 'thick solid green' },
  renamed: { colour: '#0969da', width: 2.5, look: 'solid blue' },
  split: { colour: '#bc4c00', width: 2.5, dash: '10 5', look: 'dashed orange' },
  merged: { colour: '#8250df', width: 3, dash: '2 5', look: 'dotted purple' },
  new: { colour: '#1b7c83', width: 2.5, dash: '16 4 2 4', look: 'dash-dot teal' },
  moved: { colour: '#57606a', width: 2.5, dash: '6 3 6 9', look: 'long-dashed grey' },
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function crosswalkSvg(diagram: CrosswalkDiagram, title: string, fontFamily = 'serif'): string {
  const { columns, fontSize, lineHeight } = diagram;
  const x = (side: 'left' | 'right') => (side === 'left' ? columns.leftText : columns.rightText);
  const anchor = (side: 'left' | 'right') => (side === 'left' ? 'end' : 'start');
  const groups = diagram.groups.map(
    (g) => `<text x="${x(g.side)}" y="${g.y}" text-anchor="${anchor(g.side)}" font-weight="700" font-size="${fontSize * 0.85}">${esc(g.title)}</text>`,
  );
  const lines = diagram.mappings.flatMap((m) => {
    const st = changeStyle[m.change];
    // A filled end: the texts state the mapping; a hollow (white) one: the editors' reading.
    const end = m.basis === 'source' ? st.colour : '#fff';
    return m.lines.map(
      (l) =>
        `<g stroke="${st.colour}" stroke-width="${st.width}" fill="none" stroke-linecap="round"><path d="${l.d}"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>` +
        `<circle cx="${columns.leftAnchor}" cy="${l.y1}" r="4" stroke-width="2" fill="${end}"/><circle cx="${columns.rightAnchor}" cy="${l.y2}" r="4" stroke-width="2" fill="${end}"/></g>`,
    );
  });
  const nodes = diagram.nodes.map((n) => {
    const y = n.y + (n.height - n.lines.length * lineHeight) / 2 + lineHeight * 0.78;
    const spans = n.lines.map((line, i) => `<tspan x="${x(n.side)}" dy="${i === 0 ? 0 : lineHeight}">${esc(line)}</tspan>`).join('');
    return `<text x="${x(n.side)}" y="${y}" text-anchor="${anchor(n.side)}"${n.url ? '' : ' font-style="italic"'}>${spans}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${diagram.width} ${diagram.height}" width="${diagram.width}" height="${diagram.height}" font-family="${esc(fontFamily)}" font-size="${fontSize}" fill="#111" role="img" aria-label="${esc(title)}">`,
    `<title>${esc(title)}</title>`,
    ...groups,
    ...lines,
    ...nodes,
    '</svg>',
  ].join('\n');
}
