/**
 * The crosswalk as a picture: a pure layout of the 2012 sectors (left), the 2021 sectors
 * (right) and one line per crosswalk mapping between them. It returns coordinates and
 * accessible text only; `CrosswalkDiagram.astro` turns it into inline SVG at build time, so
 * a 16th sector or a new mapping appears with no code change and readers get no chart runtime.
 */
import type { Translate } from './interface.ts';
import type { Model } from './model.ts';
import { changeKinds } from './schemas/crosswalk.ts';

export type ChangeKind = (typeof changeKinds)[number];
export type MappingBasis = 'source' | 'editors';

export interface DiagramNode {
  /** Unique across both sides: a sector id, or `approaches/<id>`, `crossCutting/<id>`, `none`. */
  key: string;
  side: 'left' | 'right';
  title: string;
  url?: string;
  /** The label wrapped to fit its column. */
  lines: string[];
  /** Top of the node's band and its height, in viewBox units. */
  y: number;
  height: number;
  /** What a screen reader hears on the label's link: the sector and where its lines go. */
  label: string;
}

export interface DiagramLine {
  from: string;
  to: string;
  /** The line's ends on the left and right anchors, and an SVG path between them. */
  y1: number;
  y2: number;
  d: string;
}

export interface DiagramMapping {
  id: string;
  change: ChangeKind;
  basis: MappingBasis;
  /** Node keys at either end of any of its lines (for the CSS hover highlight). */
  ends: string[];
  lines: DiagramLine[];
  /** One sentence: "Health support (2012) → Health (2021): renamed; editors' reading." */
  text: string;
  /** Where the mapping's row is in the table below. */
  href: string;
}

export interface DiagramGroup {
  side: 'left' | 'right';
  title: string;
  y: number;
}

export interface CrosswalkDiagram {
  width: number;
  height: number;
  /** Where the labels end (left, text anchored at its end) and start (right). */
  columns: { leftText: number; leftAnchor: number; rightAnchor: number; rightText: number };
  fontSize: number;
  lineHeight: number;
  groups: DiagramGroup[];
  nodes: DiagramNode[];
  mappings: DiagramMapping[];
  /** The change kinds in the order of the schema, with how many mappings use each. */
  kinds: { kind: ChangeKind; count: number }[];
  bases: { basis: MappingBasis; count: number }[];
}

/** Wraps a label at word boundaries to lines of at most `max` characters (a longer word stands alone). */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > max) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

const basisText = (t: Translate, b: MappingBasis) => t(b === 'source' ? 'diagram.basis.source' : 'diagram.basis.editors');
/** "A, B and C" in the language of `t`. */
const joinAnd = (t: Translate, items: string[]) => items.reduce((all, item, i) => (i === 0 ? item : t('diagram.joinAnd', { first: all, second: item })), '');

export function crosswalkDiagram(model: Model, options: { maxChars?: number } = {}): CrosswalkDiagram {
  const t = model.t;
  const change = (kind: ChangeKind) => t(`crosswalk.change.${kind}`);
  const maxChars = options.maxChars ?? 30;
  const fontSize = 18;
  const lineHeight = 21;
  const pad = 8;
  const groupGap = 40;
  const top = 30;
  const width = 900;
  const columns = { leftText: 330, leftAnchor: 342, rightAnchor: 558, rightText: 570 };

  const mappingsOf = (key: string) =>
    model.crosswalk.filter((m) =>
      key === 'none' ? m.data.from.length === 0 : [...m.data.from, ...m.data.to, ...m.data.movedTo.map((x) => `${x.collection}/${x.id}`)].includes(key),
    );
  const titleOf = (key: string): string => {
    if (key === 'none') return t('diagram.noSector2012');
    const sector = model.sectorById.get(key);
    if (sector) return sector.data.title;
    const [collection, id] = key.split('/') as ['approaches' | 'crossCutting', string];
    return (model[collection] ?? []).find((e) => e.id === id)?.data.title ?? id;
  };

  const nodes: DiagramNode[] = [];
  const groups: DiagramGroup[] = [];
  const place = (side: 'left' | 'right', groupTitle: string, entries: { key: string; title: string; url?: string; kind: string }[], startY: number) => {
    if (entries.length === 0) return startY;
    groups.push({ side, title: groupTitle, y: startY });
    let y = startY + lineHeight * 0.5;
    for (const e of entries) {
      const lines = wrapLabel(e.title, maxChars);
      const height = lines.length * lineHeight + pad * 2;
      const goes = mappingsOf(e.key).map((m) => {
        const others = side === 'left' ? [...m.data.to, ...m.data.movedTo.map((x) => `${x.collection}/${x.id}`)] : m.data.from.length ? m.data.from : ['none'];
        const names = others.map(titleOf).join(t('common.listSeparator')) || t('diagram.noSuccessor');
        const values = { change: change(m.data.change), names, basis: basisText(t, m.data.basis) };
        return t(side === 'left' ? 'diagram.goesTo' : 'diagram.comesFrom', values);
      });
      const mappings = goes.join(t('diagram.mappingSeparator')) || t('diagram.noMapping');
      nodes.push({ key: e.key, side, title: e.title, url: e.url, lines, y, height, label: t('diagram.nodeLabel', { title: e.title, kind: e.kind, mappings }) });
      y += height;
    }
    return y + groupGap;
  };

  const sectorEntry = (edition: number) => (s: Model['sectors'][number]) => ({
    key: s.id,
    title: s.data.title,
    url: s.url,
    kind: t('diagram.editionSector', { edition }),
  });
  let leftY = place('left', t('diagram.group', { edition: 2012, count: model.sectors2012.length }), model.sectors2012.map(sectorEntry(2012)), top);
  const newOnes = model.crosswalk.filter((m) => m.data.from.length === 0);
  leftY = place('left', t('diagram.groupNew'), newOnes.length ? [{ key: 'none', title: titleOf('none'), kind: t('diagram.placeholder') }] : [], leftY);

  // The right side follows the left: each 2021 entry sits at the mean position of its 2012
  // origins (those with none go last), so lines cross as little as the mappings allow.
  const leftIndex = new Map(model.sectors2012.map((s, i) => [s.id, i]));
  const originRank = (key: string) => {
    const origins = mappingsOf(key).flatMap((m) => m.data.from.map((id) => leftIndex.get(id) ?? Number.POSITIVE_INFINITY));
    return origins.length ? origins.reduce((a, b) => a + b, 0) / origins.length : Number.POSITIVE_INFINITY;
  };
  const byOrigin = <T extends { key: string }>(entries: T[]) =>
    entries
      .map((e, i) => ({ e, i, rank: originRank(e.key) }))
      .sort((a, b) => a.rank - b.rank || a.i - b.i)
      .map((x) => x.e);
  let rightY = place('right', t('diagram.group', { edition: 2021, count: model.sectors2021.length }), byOrigin(model.sectors2021.map(sectorEntry(2021))), top);
  const movedKeys = [...new Set(model.crosswalk.flatMap((m) => m.data.movedTo.map((x) => `${x.collection}/${x.id}`)))];
  const movedEntries = movedKeys.map((key) => {
    const [collection, id] = key.split('/') as ['approaches' | 'crossCutting', string];
    const entry = (model[collection] ?? []).find((e) => e.id === id);
    return { key, title: titleOf(key), url: entry?.url, kind: t(collection === 'approaches' ? 'diagram.kind.approach' : 'diagram.kind.crossCutting') };
  });
  rightY = place('right', t('diagram.groupMoved'), byOrigin(movedEntries), rightY);

  const nodeByKey = new Map(nodes.map((n) => [n.key, n]));
  // Each node spreads its line ends over its band so that lines meeting one label stay apart.
  const endsAt = new Map<string, number>();
  const endCount = new Map<string, number>();
  const pairs = model.crosswalk.flatMap((m) => {
    const froms = m.data.from.length ? m.data.from : ['none'];
    const tos = [...m.data.to, ...m.data.movedTo.map((x) => `${x.collection}/${x.id}`)];
    return froms.flatMap((f) => tos.map((to) => ({ m, f, t: to })));
  });
  for (const { f, t: to } of pairs) for (const k of [f, to]) endCount.set(k, (endCount.get(k) ?? 0) + 1);
  const anchorY = (key: string) => {
    const n = nodeByKey.get(key)!;
    const i = endsAt.get(key) ?? 0;
    endsAt.set(key, i + 1);
    const count = endCount.get(key) ?? 1;
    const spread = Math.min(6, (n.height - pad) / Math.max(count, 1));
    return n.y + n.height / 2 + (i - (count - 1) / 2) * spread;
  };
  const mid = (columns.leftAnchor + columns.rightAnchor) / 2;
  const r = (v: number) => Math.round(v * 10) / 10;

  const mappings: DiagramMapping[] = model.crosswalk.map((m) => {
    const own = pairs.filter((p) => p.m === m);
    const lines = own
      .filter((p) => nodeByKey.has(p.f) && nodeByKey.has(p.t))
      .map(({ f, t: to }) => {
        const y1 = r(anchorY(f));
        const y2 = r(anchorY(to));
        return { from: f, to, y1, y2, d: `M${columns.leftAnchor},${y1} C${mid},${y1} ${mid},${y2} ${columns.rightAnchor},${y2}` };
      });
    const froms = m.data.from.length ? joinAnd(t, m.data.from.map(titleOf)) : t('diagram.noSector2012Lower');
    const tos =
      joinAnd(
        t,
        own.map((p) => titleOf(p.t)),
      ) || t('diagram.noSuccessor');
    return {
      id: m.id,
      change: m.data.change,
      basis: m.data.basis,
      ends: [...new Set(own.flatMap((p) => [p.f, p.t]))],
      lines,
      text: t('diagram.mappingText', { from: froms, to: tos, change: change(m.data.change), basis: basisText(t, m.data.basis) }),
      href: model.at.entry('crosswalk', m.id),
    };
  });

  return {
    width,
    height: Math.ceil(Math.max(leftY, rightY) - groupGap + pad),
    columns,
    fontSize,
    lineHeight,
    groups,
    nodes,
    mappings,
    kinds: changeKinds.map((kind) => ({ kind, count: mappings.filter((m) => m.change === kind).length })),
    bases: (['source', 'editors'] as const).map((basis) => ({ basis, count: mappings.filter((m) => m.basis === basis).length })),
  };
}
