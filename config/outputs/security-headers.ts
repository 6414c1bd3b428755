/**
 * Writes dist/_headers (the Netlify / Cloudflare Pages format; see the README for other
 * hosts): a Content-Security-Policy that allows only the site's own origin, with the
 * SHA-256 of every inline script the build produced (Starlight's theme and sidebar
 * scripts), 'wasm-unsafe-eval' for Pagefind's WebAssembly, and long caching for hashed assets.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../src/lib/files.ts';

export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/\ssrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs) || !m[2]) continue;
    hashes.push(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
  }
  return hashes;
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


if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = fileURLToPath(new URL(`../${process.env.MCOF_OUT_DIR ?? 'dist'}/`, import.meta.url));
  const hashes = listFiles(dist).filter((f) => f.endsWith('.html')).flatMap((f) => inlineScriptHashes(readFileSync(f, 'utf8')));
  const headers = `# Deployment headers (Netlify / Cloudflare Pages format), written by scripts/security-headers.ts.
/*
  Content-Security-Policy: ${contentSecurityPolicy(hashes)}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
  X-Frame-Options: DENY

/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/pagefind/*
  Cache-Control: public, max-age=3600
`;
  writeFileSync(join(dist, '_headers'), headers);
  console.log(`security headers: CSP with ${new Set(hashes).size} inline script hashes written to _headers`);
}
