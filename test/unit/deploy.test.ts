import { describe, expect, it } from 'vitest';
import { addresses } from '../../src/core/addresses.ts';
import { deployConfig, normalizeBase, publicUrl, withBase, withoutBase } from '../../src/core/deploy.ts';
import { editionLine } from '../../src/core/edition.ts';
import { textIn } from '../helpers/interface.ts';

describe('deploy settings from SITE_URL and BASE_PATH', () => {
  it('serves at / when nothing is set, with no public address', () => {
    expect(deployConfig({})).toEqual({ site: undefined, base: '/' });
    expect(publicUrl(deployConfig({}), '/sectors/health/')).toBeUndefined();
  });

  it('accepts a base path written any usual way', () => {
    for (const written of ['mcof', '/mcof', '/mcof/', 'mcof/', ' /mcof// ']) expect(normalizeBase(written)).toBe('/mcof/');
    expect(normalizeBase('/intranet/mcof')).toBe('/intranet/mcof/');
    expect(normalizeBase('/')).toBe('/');
  });

  it('makes public addresses from the origin, the base and the page', () => {
    const config = deployConfig({ SITE_URL: 'https://atlas.example.net/', BASE_PATH: '/mcof/' });
    expect(config).toEqual({ site: 'https://atlas.example.net', base: '/mcof/' });
    expect(publicUrl(config, '/sectors/health/')).toBe('https://atlas.example.net/mcof/sectors/health/');
  });

  it('refuses a SITE_URL with a path and says how to split it', () => {
    expect(() => deployConfig({ SITE_URL: 'https://intranet.example/mcof/' })).toThrow(
      expect.objectContaining({
        message: 'SITE_URL "https://intranet.example/mcof/" contains a path',
        hint: 'set SITE_URL=https://intranet.example and BASE_PATH=/mcof/ (the origin and the path are set separately)',
      }),
    );
  });

  it('refuses what is not an http(s) address, and a base path that climbs out', () => {
    expect(() => deployConfig({ SITE_URL: 'atlas.example.net' })).toThrow('SITE_URL "atlas.example.net" is not an address');
    expect(() => deployConfig({ SITE_URL: 'ftp://atlas.example.net' })).toThrow('must start with https:// or http://');
    expect(() => deployConfig({ BASE_PATH: '/a/../b/' })).toThrow('BASE_PATH "/a/../b/" is not a plain path');
  });

  it('adds and removes the base on site paths only', () => {
    expect(withBase('/mcof/', '/')).toBe('/mcof/');
    expect(withBase('/mcof/', '/sectors/health/#p3')).toBe('/mcof/sectors/health/#p3');
    expect(withBase('/mcof/', 'https://www.iom.int/')).toBe('https://www.iom.int/');
    expect(withBase('/mcof/', '#p3')).toBe('#p3');
    expect(withBase('/', '/sectors/')).toBe('/sectors/');
    expect(withoutBase('/mcof/', '/mcof/sectors/')).toBe('/sectors/');
    expect(withoutBase('/mcof/', '/mcof')).toBe('/');
    expect(withoutBase('/mcof/', '/sectors/')).toBeUndefined();
  });

  it('builds entry, page and citation addresses with the base', () => {
    const at = addresses('/mcof/');
    expect(at.entry('sectors', 'health-support', { edition: 2012 })).toBe('/mcof/sectors/2012/health-support/');
    expect(at.entry('glossary', 'cccm')).toBe('/mcof/glossary/#cccm');
    expect(at.page('/data/mcof.json')).toBe('/mcof/data/mcof.json');
    expect(at.cite({ source: 'operations-and-emergencies-2020', section: 'displacement-tracking' })).toBe(
      '/mcof/sources/operations-and-emergencies-2020/#displacement-tracking',
    );
  });
});

describe('atlas edition', () => {
  it('reads as version, content date and commit', () => {
    expect(editionLine({ version: '0.1.0', contentDate: '2026-12-01', commit: '3f2a9c1' })).toBe('Version 0.1.0 · content of 2026-12-01 · commit 3f2a9c1');
  });
  it('reads in the page’s language, with the date as that language writes it', () => {
    const edition = { version: '0.1.0', contentDate: '2026-12-01', commit: '3f2a9c1' };
    expect(editionLine(edition, textIn('fr'), 'fr')).toBe('Version 0.1.0 · contenu du 1 décembre 2026 · commit 3f2a9c1');
    expect(editionLine(edition, textIn('es'), 'es')).toBe('Versión 0.1.0 · contenido del 1 de diciembre de 2026 · commit 3f2a9c1');
  });
});
