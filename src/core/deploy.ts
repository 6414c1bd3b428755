/**
 * Where the site is published: `SITE_URL` (the public origin) and `BASE_PATH` (the path
 * prefix), read from the environment or `.env`. Pure: takes the variables, returns the
 * settings or a message that says how to fix them, so the build and the tests agree.
 */

export interface DeployConfig {
  /** The public origin without a trailing slash, e.g. `https://atlas.example.net`; undefined when not set. */
  site?: string;
  /** The path prefix, always with a leading and a trailing slash: `/` or `/mcof/`. */
  base: string;
}

export class DeployConfigError extends Error {
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
  }
}

/** `mcof`, `/mcof`, `/mcof/` and `mcof/` all become `/mcof/`; empty becomes `/`. */
export function normalizeBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim();
  const parts = trimmed.split('/').filter(Boolean);
  if (parts.some((p) => p === '.' || p === '..' || /[?#\s\\]/.test(p))) {
    throw new DeployConfigError(
      `BASE_PATH "${trimmed}" is not a plain path`,
      'set BASE_PATH to the folder the site is served from, e.g. BASE_PATH=/mcof/ (no "..", spaces, "?" or "#")',
    );
  }
  return parts.length ? `/${parts.join('/')}/` : '/';
}

/** Checks `SITE_URL` is an http(s) origin; a path in it belongs in BASE_PATH instead. */
export function normalizeSite(value: string | undefined): string | undefined {
  const trimmed = (value ?? '').trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new DeployConfigError(`SITE_URL "${trimmed}" is not an address`, 'set SITE_URL to the public origin, e.g. SITE_URL=https://atlas.example.net');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DeployConfigError(
      `SITE_URL "${trimmed}" must start with https:// or http://`,
      'set SITE_URL to the public origin, e.g. SITE_URL=https://atlas.example.net',
    );
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new DeployConfigError(
      `SITE_URL "${trimmed}" contains a path`,
      `set SITE_URL=${url.origin} and BASE_PATH=${url.pathname} (the origin and the path are set separately)`,
    );
  }
  return url.origin;
}

export function deployConfig(env: Record<string, string | undefined>): DeployConfig {
  return { site: normalizeSite(env.SITE_URL), base: normalizeBase(env.BASE_PATH) };
}

/** Prefixes a site path (`/sectors/health/`) with the base (`/mcof/sectors/health/`). */
export function withBase(base: string, sitePath: string): string {
  if (!sitePath.startsWith('/') || sitePath.startsWith('//')) return sitePath;
  return base === '/' ? sitePath : `${base}${sitePath.slice(1)}`;
}

/** The reverse of `withBase`: the site path of an address under the base, or undefined if it is outside it. */
export function withoutBase(base: string, address: string): string | undefined {
  if (base === '/') return address.startsWith('/') ? address : undefined;
  if (address === base.slice(0, -1)) return '/';
  return address.startsWith(base) ? `/${address.slice(base.length)}` : undefined;
}

/** The public address of a site path, when SITE_URL is set: what QR codes and canonical links carry. */
export function publicUrl(config: DeployConfig, sitePath: string): string | undefined {
  return config.site ? `${config.site}${withBase(config.base, sitePath)}` : undefined;
}
