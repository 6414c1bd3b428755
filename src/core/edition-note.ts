/**
 * Where a page speaks of "the 2012 framework", the reader is told which 2012 text that is
 * (IC/2012/7, not MC/2355): this decides, from the rendered page, whether the note is due.
 */

/** Does the page's visible text name the 2012 framework without already carrying the note? */
export function needsEdition2012Note(html: string): boolean {
  if (html.includes('edition-2012-note')) return false;
  const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');
  return /\b2012 (?:framework|MCOF|edition of MCOF)\b/i.test(text.replace(/\s+/g, ' '));
}
