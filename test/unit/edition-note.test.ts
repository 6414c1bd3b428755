import { describe, expect, it } from 'vitest';
import { needsEdition2012Note } from '../../src/core/edition-note.ts';

describe('the note on which 2012 text is quoted', () => {
  it('is due where the page speaks of the 2012 framework', () => {
    expect(needsEdition2012Note('<p>The <em>2012</em> framework saw it as a time for preventing forced migration.</p>')).toBe(true);
    expect(needsEdition2012Note('<p>The 2021 framework and its sectors.</p>')).toBe(false);
    expect(needsEdition2012Note('<p>The 2012 framework saw it as a time for preventing forced migration.</p>')).toBe(true);
    expect(needsEdition2012Note('<p>Named in the 2012\n framework.</p>')).toBe(true);
  });

  it('is not repeated where the page already carries it, nor drawn by markup or scripts', () => {
    expect(needsEdition2012Note('<p>The 2012 framework …</p><span class="edition-2012-note">…</span>')).toBe(false);
    expect(needsEdition2012Note('<script>const s = "2012 framework";</script><p>Health</p>')).toBe(false);
    expect(needsEdition2012Note('<p data-x="2012 framework">Health</p>')).toBe(false);
  });
});
