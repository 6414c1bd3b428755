/**
 * The book as the files of an EPUB 3 package (OCF): `mimetype`, the container, the package
 * document, the navigation document, a cover and one XHTML file per chapter. Pure: returns
 * the files; config/outputs/epub.ts zips them. Every citation is a link `file.xhtml#anchor`
 * to the cited paragraph in the source document's chapter.
 */
import { type Block, type Book, bookTargets, type Chapter, type Inline } from './book.ts';

export interface EpubFile {
  path: string;
  content: string;
  mediaType?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The EPUB file name of a chapter. */
export const chapterFile = (c: Pick<Chapter, 'id'>) => `${c.id}.xhtml`;

/** The file name a reader's download gets: `mcof-atlas-en-2026-12-01.epub`. */
export function epubName(lang: string, contentDate: string): string {
  return `mcof-atlas-${lang}-${contentDate}.epub`;
}

function xhtml(lang: string, title: string, body: string, extraNs = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"${extraNs} lang="${lang}" xml:lang="${lang}">
<head>
<meta charset="UTF-8"/>
<title>${esc(title)}</title>
<link rel="stylesheet" type="text/css" href="book.css"/>
</head>
<body>
${body}
</body>
</html>
`;
}

/** Renders one chapter; footnotes of source paragraphs are collected as endnotes of the chapter. */
export function chapterXhtml(book: Book, chapter: Chapter, fileOf: (anchor: string) => string): string {
  const notes: string[] = [];
  const href = (anchor: string) => {
    const file = fileOf(anchor);
    return file === chapterFile(chapter) ? `#${anchor}` : `${file}#${anchor}`;
  };
  const inl = (content: Inline[]): string =>
    content
      .map((i) => {
        if ('text' in i) return esc(i.text);
        if ('em' in i) return `<em>${inl(i.em)}</em>`;
        if ('strong' in i) return `<strong>${inl(i.strong)}</strong>`;
        if ('ref' in i) return `<a href="${href(i.ref)}">${inl(i.content)}</a>`;
        if ('url' in i) return `<a href="${esc(i.url)}">${inl(i.content)}</a>`;
        notes.push(inl(i.note));
        const n = notes.length;
        return `<a class="noteref" epub:type="noteref" id="${chapter.id}-noteref-${n}" href="#${chapter.id}-note-${n}">${n}</a>`;
      })
      .join('');
  const cites = (list: { label: string; target: string }[] | undefined) =>
    list?.length ? ` <span class="cites">(${list.map((c) => `<a href="${href(c.target)}">${esc(c.label)}</a>`).join('; ')})</span>` : '';
  const label = (l: string | undefined) => (l ? `<span class="label">${esc(l)}: </span>` : '');
  const block = (b: Block): string => {
    switch (b.kind) {
      case 'heading':
        return `<h${b.level} id="${b.id}">${esc(b.text)}</h${b.level}>`;
      case 'para':
        return `<p>${label(b.label)}${inl(b.content)}${cites(b.cites)}</p>`;
      case 'quote':
        return `<blockquote class="official"><p>${label(b.label)}“${esc(b.text.trim())}”${cites([b.cite])}</p></blockquote>`;
      case 'list':
        return `<ul>${b.items.map((i) => `<li>${inl(i)}</li>`).join('')}</ul>`;
      case 'numbered':
        return `<div class="para" id="${b.id}"><p class="num">${b.n}.</p>${b.content.map(block).join('\n')}</div>`;
      case 'figure':
        // Inline SVG in XHTML (EPUB 3); its manifest item says so with properties="svg".
        return `<figure>${b.svg}<figcaption>${esc(b.caption)}</figcaption></figure>`;
      case 'table':
        return `<table><thead><tr>${b.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
          .map((r) => `<tr>${r.map((cell, i) => (i === 0 ? `<th scope="row">${inl(cell)}</th>` : `<td>${inl(cell)}</td>`)).join('')}</tr>`)
          .join('\n')}</tbody></table>`;
    }
  };
  const body = chapter.blocks.map(block).join('\n');
  const endnotes = notes.length
    ? `\n<section class="notes" epub:type="endnotes" role="doc-endnotes"><h2>Notes</h2><ol>${notes
        .map((n, i) => `<li id="${chapter.id}-note-${i + 1}">${n} <a href="#${chapter.id}-noteref-${i + 1}">↩</a></li>`)
        .join('')}</ol></section>`
    : '';
  return xhtml(book.lang, chapter.title, `<section epub:type="chapter" id="${chapter.id}-section">\n${body}${endnotes}\n</section>`);
}

const css = `body { font-family: serif; line-height: 1.45; margin: 0 0.5em; }
h1 { font-size: 1.6em; margin: 1em 0 0.5em; }
h2 { font-size: 1.3em; margin: 1.2em 0 0.4em; }
h3 { font-size: 1.1em; margin: 1em 0 0.3em; }
h4 { font-size: 1em; margin: 0.9em 0 0.2em; }
.label { font-weight: bold; }
.cites { font-size: 0.85em; }
blockquote.official { margin: 0.8em 0 0.8em 1em; padding-left: 0.8em; border-left: 3px solid #888; font-style: italic; }
div.para { margin: 0.6em 0; }
p.num { font-weight: bold; margin: 0; }
table { border-collapse: collapse; font-size: 0.85em; }
th, td { border: 1px solid #999; padding: 0.2em 0.4em; vertical-align: top; text-align: left; }
a.noteref { vertical-align: super; font-size: 0.75em; }
.notes { font-size: 0.9em; border-top: 1px solid #999; margin-top: 2em; }
.cover { text-align: center; }
.cover img { max-width: 100%; height: auto; }
`;

function coverSvg(book: Book): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="600" height="900" viewBox="0 0 600 900">
<rect width="600" height="900" fill="#0b3d6b"/>
<rect x="40" y="40" width="520" height="820" fill="none" stroke="#ffffff" stroke-width="2"/>
<text x="300" y="330" font-family="serif" font-size="64" fill="#ffffff" text-anchor="middle">${esc(book.title)}</text>
<text x="300" y="400" font-family="serif" font-size="24" fill="#ffffff" text-anchor="middle">IOM's Migration Crisis</text>
<text x="300" y="434" font-family="serif" font-size="24" fill="#ffffff" text-anchor="middle">Operational Framework</text>
<text x="300" y="760" font-family="serif" font-size="20" fill="#ffffff" text-anchor="middle">Content of ${esc(book.edition.contentDate)}</text>
<text x="300" y="792" font-family="serif" font-size="16" fill="#ffffff" text-anchor="middle">Version ${esc(book.edition.version)} · commit ${esc(book.edition.commit)}</text>
</svg>
`;
}

/** A stable identifier for one edition of the book in one language. */
export function bookIdentifier(book: Book): string {
  return `urn:mcof-atlas:${book.lang}:${book.edition.contentDate}:${book.edition.commit}`;
}

export function epubFiles(book: Book): EpubFile[] {
  const targets = bookTargets(book);
  const fileOf = (anchor: string) => {
    const chapter = targets.get(anchor);
    if (!chapter) throw new Error(`the EPUB links to "${anchor}", which no chapter defines`);
    return `${chapter}.xhtml`;
  };
  const chapters = book.chapters.map((c) => ({ chapter: c, path: chapterFile(c), content: chapterXhtml(book, c, fileOf) }));
  const nav = xhtml(
    book.lang,
    'Contents',
    `<nav epub:type="toc" id="toc" role="doc-toc"><h1>Contents</h1><ol>
${book.parts
  .map((part) => {
    const inPart = book.chapters.filter((c) => c.part === part.id);
    if (!inPart.length) return '';
    return `<li><a href="${chapterFile(inPart[0])}">${esc(part.title)}</a><ol>${inPart
      .map((c) => {
        const subs = c.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === 2 && b.outline);
        const sub = subs.length ? `<ol>${subs.map((s) => `<li><a href="${chapterFile(c)}#${s.id}">${esc(s.text)}</a></li>`).join('')}</ol>` : '';
        return `<li><a href="${chapterFile(c)}">${esc(c.title)}</a>${sub}</li>`;
      })
      .join('')}</ol></li>`;
  })
  .join('\n')}
</ol></nav>
<nav epub:type="landmarks" id="landmarks" hidden="hidden"><h2>Landmarks</h2><ol>
<li><a epub:type="cover" href="cover.xhtml">Cover</a></li>
<li><a epub:type="toc" href="nav.xhtml">Contents</a></li>
<li><a epub:type="bodymatter" href="${chapterFile(book.chapters[0])}">Start of content</a></li>
</ol></nav>`,
  );
  const cover = xhtml(
    book.lang,
    book.title,
    `<section class="cover" epub:type="cover"><img src="cover.svg" alt="${esc(`${book.title}: ${book.subtitle}. Content of ${book.edition.contentDate}.`)}"/></section>`,
  );
  const modified = `${book.edition.contentDate}T00:00:00Z`;
  const manifest = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>',
    '<item id="cover-image" href="cover.svg" media-type="image/svg+xml" properties="cover-image"/>',
    '<item id="css" href="book.css" media-type="text/css"/>',
    ...chapters.map(
      (c) =>
        `<item id="c-${c.chapter.id}" href="${c.path}" media-type="application/xhtml+xml"${c.chapter.blocks.some((b) => b.kind === 'figure') ? ' properties="svg"' : ''}/>`,
    ),
  ];
  const spine = ['<itemref idref="cover" linear="yes"/>', '<itemref idref="nav"/>', ...chapters.map((c) => `<itemref idref="c-${c.chapter.id}"/>`)];
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${book.lang}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${esc(bookIdentifier(book))}</dc:identifier>
<dc:title>${esc(book.title)}</dc:title>
<dc:language>${book.lang}</dc:language>
<dc:creator>MCOF Atlas editors</dc:creator>
<dc:publisher>MCOF Atlas</dc:publisher>
<dc:date>${book.edition.contentDate}</dc:date>
<dc:description>${esc(book.subtitle)}</dc:description>
<dc:rights>The source documents are IOM's; MCOF Atlas is an independent reading aid, not an official IOM publication.</dc:rights>
<meta property="dcterms:modified">${modified}</meta>
<meta name="cover" content="cover-image"/>
</metadata>
<manifest>
${manifest.join('\n')}
</manifest>
<spine>
${spine.join('\n')}
</spine>
</package>
`;
  return [
    { path: 'mimetype', content: 'application/epub+zip' },
    {
      path: 'META-INF/container.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`,
    },
    { path: 'EPUB/package.opf', content: opf },
    { path: 'EPUB/nav.xhtml', content: nav },
    { path: 'EPUB/cover.xhtml', content: cover },
    { path: 'EPUB/cover.svg', content: coverSvg(book) },
    { path: 'EPUB/book.css', content: css },
    ...chapters.map((c) => ({ path: `EPUB/${c.path}`, content: c.content })),
  ];
}
