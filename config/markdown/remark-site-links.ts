/**
 * Links written in Markdown as site paths (`[Health](/sectors/health/)`) get the base path,
 * so content is written once and works wherever the site is served (`BASE_PATH=/mcof/`).
 * Runs before the plugins that make links of their own (citations, glossary), which
 * already build their addresses with the base.
 */
import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { withBase } from '../../src/core/deploy.ts';

export function remarkSiteLinks(options: { base?: string } = {}) {
  const base = options.base ?? '/';
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') {
        const link = node as Link | Definition;
        link.url = withBase(base, link.url);
      }
    });
  };
}
