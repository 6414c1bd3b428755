/**
 * Markdown and MDX bodies, checked before anything renders: MDX that does not compile
 * (with the line and column in the file), and links to site addresses that do not exist
 * (with "did you mean").
 */
import { compileSync } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { closest } from '../suggest.ts';
import type { Problem } from './problem.ts';

/** MDX syntax: an unclosed tag, a stray `{`, a bad import. Line numbers count from the top of the file. */
export function mdxProblems(file: string, body: string, bodyLine = 1): Problem[] {
  try {
    compileSync(body, { remarkPlugins: [remarkGfm] });
    return [];
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    const line = e.line !== undefined ? e.line + bodyLine - 1 : undefined;
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0];
    return [
      {
        file,
        field: line !== undefined ? `body line ${line}${e.column !== undefined ? `, column ${e.column}` : ''}` : '(body)',
        message: `the MDX cannot be compiled: ${reason}`,
        fix: /closing tag|end tag|expected a closing/i.test(reason)
          ? 'close the tag (`<div>` … `</div>`), or write `&lt;` for a literal <'
          : 'check that line: every `<Tag>` closed, `{` and `}` paired, a blank line around blocks of JSX',
      },
    ];
  }
}

/** Markdown links `[text](/path/#anchor)` in a body, with their lines (code blocks and inline code skipped). */
export function siteLinks(body: string, bodyLine = 1): { url: string; line: number }[] {
  const links: { url: string; line: number }[] = [];
  const lines = body.split('\n');
  let fenced = false;
  for (const [i, raw] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    if (fenced) continue;
    const line = raw.replace(/`[^`]*`/g, '');
    for (const m of line.matchAll(/\]\((\/[^)\s]*)(?:\s+"[^"]*")?\)/g)) links.push({ url: m[1], line: bodyLine + i });
    for (const m of line.matchAll(/^\s*\[[^\]]+\]:\s*(\/\S*)/g)) links.push({ url: m[1], line: bodyLine + i });
  }
  return links;
}

/**
 * Links to pages of the site that do not exist. `pages` are the site paths the build will
 * make; `anchors` the ids known on a page (source paragraphs, glossary terms), when known.
 */
export function linkProblems(file: string, body: string, pages: Set<string>, anchors: Map<string, Set<string>>, bodyLine = 1): Problem[] {
  const problems: Problem[] = [];
  for (const { url, line } of siteLinks(body, bodyLine)) {
    const [path, fragment] = url.split('#');
    const page = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
    if (!pages.has(page)) {
      const guess = closest(page, pages);
      problems.push({
        file,
        field: `body line ${line}`,
        message: `the link ${url} goes to no page of the site`,
        fix: guess
          ? `did you mean ${guess}${fragment ? `#${fragment}` : ''}?`
          : 'link to an existing page; addresses are listed in the README ("Stable addresses")',
      });
      continue;
    }
    const known = anchors.get(page);
    if (fragment && known && !known.has(fragment)) {
      const guess = closest(fragment, known);
      problems.push({
        file,
        field: `body line ${line}`,
        message: `the link ${url} goes to ${page}, which has no #${fragment}`,
        fix: guess ? `did you mean ${page}#${guess}?` : `link to a paragraph or heading that exists on ${page}`,
      });
    }
  }
  return problems;
}
