/**
 * Writes `_headers` (the Netlify / Cloudflare Pages format; the README and deploy/nginx.conf
 * carry the same for other hosts): a Content-Security-Policy that allows only the site's
 * own origin, with the SHA-256 of every inline script the build produced (Starlight's
 * theme and sidebar scripts), 'wasm-unsafe-eval' for Pagefind's WebAssembly, and long
 * caching for hashed assets. Scripts are found with an HTML parser, run only over each
 * page's script elements (most pages share them, so each distinct set is parsed once).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { listFiles } from '../../src/project/files.ts';

/** The CSP source of each inline script of a page (JSON data blocks are not scripts). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  let inScript = false;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name !== 'script') return;
        inScript = attrs.src === undefined && !/^application\/(ld\+)?json$/.test(attrs.type ?? '');
        text = '';
      },
      ontext(data) {
        if (inScript) text += data;
      },
      onclosetag(name) {
        if (name === 'script' && inScript && text) hashes.push(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
        if (name === 'script') inScript = false;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return hashes;
}

/**
 * A page's script elements and nothing else, for `inlineScriptHashes`: a script's text ends
 * at the first `</script` (the HTML rule), so this cut keeps every script exactly as parsed.
 */
export function scriptElements(html: string): string {
  return (html.match(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi) ?? []).join('\n');
}

export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(scriptHashes)].sort().join(' ')}`.trim(),
    // Starlight sets style attributes (icon sizes); inline styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The `_headers` file for a site served under `base`. */
export function headersFile(csp: string, base: string): string {
  return `# Deployment headers (Netlify / Cloudflare Pages format), written by the build (config/outputs/security-headers.ts).
${base}*
  Content-Security-Policy: ${csp}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
  X-Frame-Options: DENY

${base}_astro/*
  Cache-Control: public, max-age=31536000, immutable

${base}pagefind/*
  Cache-Control: public, max-age=3600
`;
}

/**
 * The same headers as nginx directives, for `include` in a server block (deploy/nginx.conf).
 * `always` sends them on error pages too; nginx drops a server's add_header lines in a
 * location that has its own, so the caching locations include this file again.
 */
export function nginxHeaders(csp: string): string {
  return `# Deployment headers for nginx, written by the build (config/outputs/security-headers.ts). Include in each location.
add_header Content-Security-Policy "${csp}" always;
add_header X-Content-Type-Options "nosniff" always;
add_header Referrer-Policy "strict-origin-when-cross-origin" always;
add_header Permissions-Policy "camera=(), microphone=(), geolocation=(), interest-cohort=()" always;
add_header X-Frame-Options "DENY" always;
`;
}

/** Writes `_headers` and `_headers.nginx` into the output folder. */
export function writeSecurityHeaders(dist: string, base: string): { csp: string; hashes: number } {
  const known = new Map<string, string[]>();
  const hashes = listFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .flatMap((f) => {
      const scripts = scriptElements(readFileSync(f, 'utf8'));
      if (!known.has(scripts)) known.set(scripts, inlineScriptHashes(scripts));
      return known.get(scripts)!;
    });
  const csp = contentSecurityPolicy(hashes);
  writeFileSync(join(dist, '_headers'), headersFile(csp, base));
  writeFileSync(join(dist, '_headers.nginx'), nginxHeaders(csp));
  return { csp, hashes: new Set(hashes).size };
}
