import { describe, expect, it } from 'vitest';
import { shareableUrl } from '../../src/client/copy-link.ts';

const online = { origin: 'https://atlas.example', pathname: '/sectors/health/', protocol: 'https:', href: 'https://atlas.example/sectors/health/?q=x#about' };
const offline = {
  origin: 'null',
  pathname: '/tmp/atlas/sectors/health/index.html',
  protocol: 'file:',
  href: 'file:///tmp/atlas/sectors/health/index.html?q=x#top',
};

describe('shareableUrl', () => {
  it('drops the query and keeps the fragment asked for, or none for the page itself', () => {
    expect(shareableUrl(online, 'about')).toBe('https://atlas.example/sectors/health/#about');
    expect(shareableUrl(online, '')).toBe('https://atlas.example/sectors/health/');
  });
  it('from a file:// copy, shares the published address when the page has a canonical link', () => {
    expect(shareableUrl(offline, 'p40', 'https://atlas.example/sectors/health/')).toBe('https://atlas.example/sectors/health/#p40');
    expect(shareableUrl(offline, '', 'https://atlas.example/sectors/health/')).toBe('https://atlas.example/sectors/health/');
  });
  it('from a file:// copy built without SITE_URL, shares the file address', () => {
    expect(shareableUrl(offline, 'p40')).toBe('file:///tmp/atlas/sectors/health/index.html#p40');
  });
});
