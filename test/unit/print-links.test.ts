import { describe, expect, it } from 'vitest';
import { printableAddress } from '../../src/client/print-links.ts';

describe('printed link addresses', () => {
  const origin = 'https://atlas.example.net';
  it('prints the published address of internal links, online and from the offline copy', () => {
    expect(printableAddress('/sectors/health/', origin, '/matrix/')).toBe('https://atlas.example.net/sectors/health/');
    expect(printableAddress('../../sources/mcof-2021-addendum/index.html#p40', origin, '/sectors/health/')).toBe(
      'https://atlas.example.net/sources/mcof-2021-addendum/#p40',
    );
  });
  it('prints site paths when there is no published origin (offline copy built without SITE_URL)', () => {
    expect(printableAddress('../../sources/mcof-2021-addendum/index.html#p40', '', '/sectors/health/')).toBe('/sources/mcof-2021-addendum/#p40');
  });
  it('keeps external links and e-mail addresses, skips in-page anchors', () => {
    expect(printableAddress('https://www.iom.int/', origin, '/')).toBe('https://www.iom.int/');
    expect(printableAddress('mailto:dhrr@iom.int', origin, '/')).toBe('dhrr@iom.int');
    expect(printableAddress('#p3', origin, '/')).toBeUndefined();
  });
});
