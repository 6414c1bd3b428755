/** The folded sidebar: the page's own section open, every other one link to its overview. */
import { describe, expect, it } from 'vitest';
import { type FoldGroup, type FoldLink, foldSidebar } from '../../src/core/sidebar-fold.ts';

const link = (label: string, href: string): FoldLink => ({ type: 'link', label, href, isCurrent: false, badge: undefined, attrs: {} });
const group = (label: string, entries: (FoldLink | FoldGroup)[]): FoldGroup => ({ type: 'group', label, entries, collapsed: true, badge: undefined });
const sidebar = [
  group('Framework', [link('Home', '/'), link('Matrix', '/matrix/')]),
  group('Sectors (2021)', [link('Overview', '/sectors/'), link('Health', '/sectors/health/'), link('Protection', '/sectors/protection/')]),
  group('Approaches & cross-cutting', [
    group('Operating approaches', [link('Overview', '/approaches/'), link('Localization', '/approaches/localization/')]),
    group('Cross-cutting issues', [link('Overview', '/cross-cutting/'), link('Gender equality', '/cross-cutting/gender-equality/')]),
  ]),
  group('2012 edition', [
    link('Crosswalk', '/sectors/crosswalk/'),
    link('Overview', '/sectors/2012/'),
    link('Health support', '/sectors/2012/health-support/'),
  ]),
];
const keepFramework = (g: FoldGroup) => g.label === 'Framework';
const shape = (entries: (FoldLink | FoldGroup)[]): unknown[] =>
  entries.map((e) => (e.type === 'link' ? `${e.label} → ${e.href}` : { [e.label]: shape(e.entries) }));

describe('the folded sidebar', () => {
  it('keeps the section of a page below a sector open, and folds the others to their overview', () => {
    expect(shape(foldSidebar(sidebar, '/sectors/health/during/', keepFramework))).toEqual([
      { Framework: ['Home → /', 'Matrix → /matrix/'] },
      { 'Sectors (2021)': ['Overview → /sectors/', 'Health → /sectors/health/', 'Protection → /sectors/protection/'] },
      { 'Approaches & cross-cutting': ['Operating approaches → /approaches/', 'Cross-cutting issues → /cross-cutting/'] },
      '2012 edition → /sectors/crosswalk/',
    ]);
  });

  it('opens a section on its overview and inside a group of groups, expanded', () => {
    const folded = foldSidebar(sidebar, '/cross-cutting/gender-equality/', keepFramework);
    expect(shape(folded)[2]).toEqual({
      'Approaches & cross-cutting': [
        'Operating approaches → /approaches/',
        { 'Cross-cutting issues': ['Overview → /cross-cutting/', 'Gender equality → /cross-cutting/gender-equality/'] },
      ],
    });
    expect((folded[2] as FoldGroup).collapsed).toBe(false);
    expect(shape(foldSidebar(sidebar, '/sectors/', keepFramework))[1]).toEqual({
      'Sectors (2021)': ['Overview → /sectors/', 'Health → /sectors/health/', 'Protection → /sectors/protection/'],
    });
  });

  it('does not take a 2012 sector for a 2021 one because both live under /sectors/', () => {
    const shaped = shape(foldSidebar(sidebar, '/sectors/2012/health-support/', keepFramework));
    expect(shaped[1]).toBe('Sectors (2021) → /sectors/');
    expect(shaped[3]).toEqual({
      '2012 edition': ['Crosswalk → /sectors/crosswalk/', 'Overview → /sectors/2012/', 'Health support → /sectors/2012/health-support/'],
    });
  });

  it('folds everything but the kept group on the home page', () => {
    expect(shape(foldSidebar(sidebar, '/', keepFramework)).slice(1)).toEqual([
      'Sectors (2021) → /sectors/',
      { 'Approaches & cross-cutting': ['Operating approaches → /approaches/', 'Cross-cutting issues → /cross-cutting/'] },
      '2012 edition → /sectors/crosswalk/',
    ]);
  });
});
