/**
 * A minimal static file server for the built site, used by the browser tests and the
 * benchmark (loopback only). Serves `index.html` for directory URLs, 404s otherwise, can
 * apply the deployment headers from the build's `_headers` to test the CSP for real, and
 * can serve the site under a base path (`/mcof/`) as a host would, with nothing outside it,
 * and can compress as a host does: the build's `.br`/`.gz` siblings when the browser accepts
 * them (nginx `gzip_static`), gzip on the fly for other text files.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.pf_meta': 'application/octet-stream',
};

/** Parses a Netlify/Cloudflare-style `_headers` file: a path pattern line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const i = line.indexOf(':');
      rules[rules.length - 1].headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(path);
}

export async function serve(
  root: string,
  options: { headers?: boolean; port?: number; base?: string; compress?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void>; requests: string[] }> {
  const base = options.base ?? '/';
  const rules = options.headers && existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(requested);
    if (!requested.startsWith(base) && `${requested}/` !== base) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not under the base path');
      return;
    }
    const path = `/${requested.slice(base.length)}`;
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const status = existsSync(file) ? 200 : 404;
    if (status === 404) file = join(root, '404.html');
    const headers: Record<string, string> = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    for (const rule of rules) if (matches(rule.pattern, requested)) Object.assign(headers, rule.headers);
    if (!existsSync(file)) {
      res.writeHead(status, headers).end('Not found');
      return;
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    if (options.compress && /^(text\/|application\/(json|xml|javascript)|image\/svg)/.test(headers['content-type'])) {
      headers.vary = 'Accept-Encoding';
      for (const [encoding, suffix] of [
        ['br', '.br'],
        ['gzip', '.gz'],
      ]) {
        if (accepts.includes(encoding) && existsSync(file + suffix)) {
          res.writeHead(status, { ...headers, 'content-encoding': encoding });
          createReadStream(file + suffix).pipe(res);
          return;
        }
      }
      if (accepts.includes('gzip')) {
        res.writeHead(status, { ...headers, 'content-encoding': 'gzip' });
        createReadStream(file).pipe(createGzip()).pipe(res);
        return;
      }
    }
    res.writeHead(status, headers);
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
