/** What a page tells the Starlight frame it renders in (src/components/starlight/PageTitle.astro). */
declare namespace App {
  interface Locals {
    /** The trail above the page's title: each step's words and address, the last the page's parent. */
    atlasBreadcrumb?: { label: string; href: string }[];
    /** The trail's accessible name, in the page's language. */
    atlasBreadcrumbLabel?: string;
  }
}
