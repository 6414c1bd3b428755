/**
 * The site's configuration. Short on purpose: integrations, Markdown plugins and the
 * sidebar live in config/ (see config/README.md for what runs when). Where the site is
 * published comes from SITE_URL and BASE_PATH (environment or .env; README, "Deploy").
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { deployModule } from './config/deploy-module.ts';
import { contentError } from './config/errors.ts';
import { contentCheck } from './config/integrations/content-check.ts';
import { atlasOutputs } from './config/integrations/outputs.ts';
import { searchSynonyms } from './config/integrations/search-synonyms.ts';
import { remarkCiteLinks } from './config/markdown/remark-cite-links.ts';
import { remarkGlossary } from './config/markdown/remark-glossary.ts';
import { remarkSiteLinks } from './config/markdown/remark-site-links.ts';
import { remarkSourceParagraphs } from './config/markdown/remark-source-paragraphs.ts';
import { buildSidebar } from './config/sidebar.ts';
import { translationsModule } from './config/translations-module.ts';
import { type DeployConfig, DeployConfigError, deployConfig } from './src/core/deploy.ts';
import { starlightLocales } from './src/core/locales.ts';
import { searchRanking } from './src/core/search-ranking.ts';
import { projectContent } from './src/project/content.ts';
import { readEdition } from './src/project/edition.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// Smaller index chunks (Pagefind's default target is 20,000): a two-word query fetches about
// a sixth of the index bytes, for a little more metadata (README, "Search"). Pagefind reads this when Starlight's step runs it.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '3000';
if (existsSync(`${root}.env`)) process.loadEnvFile(`${root}.env`);

function readDeploy(): DeployConfig {
  try {
    return deployConfig(process.env);
  } catch (error) {
    if (error instanceof DeployConfigError) throw contentError(error.message, error.hint);
    throw error;
  }
}

const deploy = readDeploy();
// A BASE_URL variable in the environment (Vitest sets one) would replace the base Astro
// derives from BASE_PATH in import.meta.env.BASE_URL; the base has one source, BASE_PATH.
delete process.env.BASE_URL;
const edition = readEdition(root);
const { base } = deploy;
const build = atlasOutputs({ deploy, edition, root });

export default defineConfig({
  site: deploy.site,
  base,
  trailingSlash: 'always',
  // Starlight turns on prefetching of every link a pointer or the keyboard passes over: on a
  // rationed link that spends the reader's bytes on pages never opened (and ships a script).
  prefetch: false,
  // Test fixtures build a variant site elsewhere (see test/e2e/generated-pages.test.ts).
  outDir: process.env.MCOF_OUT_DIR ?? './dist',
  vite: {
    // Content may live outside the project (test fixtures, benchmarks); MDX imports use this alias.
    resolve: { alias: { '@atlas': fileURLToPath(new URL('./src', import.meta.url)) } },
    plugins: [deployModule(deploy, edition), translationsModule()],
    build: {
      // Page scripts stay files of their own, never inlined into each page: cached once for
      // every page a reader opens, and each page's HTML stays within its budget.
      assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
    },
  },
  markdown: {
    // Astro 7's default processor does not run remark plugins; unified does.
    processor: unified({
      remarkPlugins: [remarkGfm, [remarkSiteLinks, { base }], remarkSourceParagraphs, [remarkCiteLinks, { base }], [remarkGlossary, { base }]],
    }),
  },
  integrations: [
    // First: the build writes into a staging folder, so a failure anywhere leaves dist/ as it was.
    build.staging,
    // Fails the build, before anything renders, with a message per content mistake.
    contentCheck(),
    // Must come before Starlight: its build:done hook runs Pagefind over the finished pages.
    searchSynonyms(),
    starlight({
      title: 'MCOF Atlas',
      description: "Read, teach and carry IOM's Migration Crisis Operational Framework: sectors, phases, policies and sources, cited to the paragraph.",
      // English at the root, every other language of the registry under its prefix (src/core/locales.ts).
      locales: starlightLocales(),
      lastUpdated: false,
      // No page has a code block: Expressive Code would only add its files and build time.
      expressiveCode: false,
      pagefind: { ranking: searchRanking },
      pagination: false,
      customCss: ['./src/styles/atlas.css'],
      components: {
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
        Footer: './src/components/starlight/Footer.astro',
        LanguageSelect: './src/components/starlight/LanguageSelect.astro',
        Search: './src/components/starlight/Search.astro',
        PageTitle: './src/components/starlight/PageTitle.astro',
        Sidebar: './src/components/starlight/Sidebar.astro',
        TableOfContents: './src/components/starlight/TableOfContents.astro',
        MobileTableOfContents: './src/components/starlight/MobileTableOfContents.astro',
      },
      sidebar: buildSidebar(projectContent().raw),
      routeMiddleware: './src/route-data.ts',
    }),
    mdx(),
    // After Starlight (Pagefind): link check, security headers, offline ZIP, then publish to dist/.
    build.outputs,
  ],
});
