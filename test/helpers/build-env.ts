/**
 * The environment for an `astro build` or `astro dev` a test starts: the test's own, minus
 * Vitest's variables (NODE_ENV=test, BASE_URL, VITEST_*), which would make Astro build or
 * serve the site differently from `npm run build` (other script names, another base).
 */
export function astroEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name === 'NODE_ENV' || name === 'BASE_URL' || name.startsWith('VITEST')) delete env[name];
  return { ...env, ...extra };
}
