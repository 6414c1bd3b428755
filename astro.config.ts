// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchSynonyms } from './src/integrations/search-synonyms.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { buildSidebar } from './src/integrations/sidebar.ts';
import { remarkGlossary } from './src/plugins/remark-glossary.ts';
import { remarkCiteLinks } from './src/plugins/remark-cite-links.ts';
import { searchRanking } from './src/lib/search-ranking.ts';
import { remarkSourceParagraphs } from './src/plugins/remark-source-paragraphs.ts';

const root = new URL('.', import.meta.url);

export default defineConfig({
  site: 'https://mcof-atlas.example.org',
  trailingSlash: 'always',
  // Test fixtures build a variant site elsewhere (see test/e2e/generated-pages.test.ts).
  outDir: process.env.MCOF_OUT_DIR ?? './dist',
  vite: {
    // Content may live outside the project (test fixtures, benchmarks); MDX imports use this alias.
    resolve: { alias: { '@atlas': new URL('./src', import.meta.url).pathname } },
  },
  markdown: {
    // Astro 7's default processor does not run remark plugins; unified does.
    processor: unified({
      remarkPlugins: [remarkGfm, remarkSourceParagraphs, remarkCiteLinks, remarkGlossary],
    }),
  },
  integrations: [
    // Fails the build, before anything renders, with a message per content mistake.
    contentCheck({ root }),
    // Must come before Starlight: its build:done hook runs Pagefind over the finished pages.
    searchSynonyms(),
    starlight({
      title: 'MCOF Atlas',
      description: "Read, teach and carry IOM's Migration Crisis Operational Framework: sectors, phases, policies and sources, cited to the paragraph.",
      lastUpdated: false,
      pagefind: { ranking: searchRanking },
      pagination: false,
      customCss: ['./src/styles/atlas.css'],
      components: {
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
      },
      sidebar: buildSidebar(),
    }),
    mdx(),
    linkCheck(),
  ],
});
