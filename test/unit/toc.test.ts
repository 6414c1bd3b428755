import { describe, expect, it } from 'vitest';
import { currentHeadingIndex } from '../../src/client/toc.ts';

describe('the heading being read', () => {
  it('is the last one whose top has passed the reading line', () => {
    expect(currentHeadingIndex([-900, -300, 40, 700], 80)).toBe(2);
    expect(currentHeadingIndex([-900, -300, 120, 700], 80)).toBe(1);
  });

  it('is the first before any has passed it, and the last at the end of the page', () => {
    expect(currentHeadingIndex([100, 600], 80)).toBe(0);
    expect(currentHeadingIndex([-2000, -1000, -10], 80)).toBe(2);
    expect(currentHeadingIndex([], 80)).toBe(0);
  });
});
