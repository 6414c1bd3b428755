import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/core/check/integrity.ts';
import { realContent, withChange } from '../helpers/content.ts';

describe('content integrity check on the real content', () => {
  it('finds no problems in the shipped content', () => {
    const problems = checkContent(realContent());
    expect(formatProblems(problems)).toBe('MCOF Atlas content check: 0 problems found');
  });
});

describe('what a content editor sees when they get something wrong', () => {
  it('names a misspelt sector reference, the file, the field, and suggests the right id', () => {
    const content = withChange('policies', 'sendai-framework', (d) => {
      d.sectors = ['disaster-risk-managment'];
    });
    const [problem] = checkContent(content);
    expect(problem).toEqual({
      file: 'content/policies/sendai-framework.yaml',
      field: 'sectors.0',
      message: '"disaster-risk-managment" is not an entry of sectors',
      fix: 'did you mean "disaster-risk-management"?',
    });
  });

  it('rejects a citation to a paragraph that does not exist and gives the valid range', () => {
    const content = withChange('sectors', 'health', (d) => {
      d.description.cite = [{ source: 'mcof-2021-addendum', paragraph: 99 }];
    });
    const problems = checkContent(content);
    expect(problems).toContainEqual({
      file: 'content/sectors/2021/health.yaml',
      field: 'description.cite.0',
      message: 'paragraph 99 does not exist in "mcof-2021-addendum" (it has ¶1–63)',
      fix: 'cite a paragraph number as printed in the source',
    });
  });

  it('reports a missing objective with an example of what to add', () => {
    const content = withChange('sectors', 'protection', (d) => {
      delete d.objective;
    });
    const problems = checkContent(content);
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe('content/sectors/2021/protection.yaml');
    expect(problems[0].field).toBe('objective');
    expect(problems[0].message).toBe('required field `objective` is missing');
    expect(problems[0].fix).toContain('objective: { text: "To …", cite: { source: mcof-2021-addendum, paragraph: 34 } }');
  });

  it('catches an objective that is not word for word the official text', () => {
    const content = withChange('sectors', 'health', (d) => {
      d.objective.text = d.objective.text.replace('life-saving', 'essential');
    });
    expect(checkContent(content)).toContainEqual(
      expect.objectContaining({
        field: 'objective.text',
        message: 'the quoted text is not found word for word in mcof-2021-addendum ¶42',
      }),
    );
  });

  it('names an unknown source document and suggests the closest one', () => {
    const content = withChange('sectors', 'health', (d) => {
      d.objective.cite = { source: 'mcof-2021-adendum', paragraph: 42 };
    });
    expect(checkContent(content)).toContainEqual(
      expect.objectContaining({
        field: 'objective.cite',
        message: 'source "mcof-2021-adendum" does not exist',
        fix: 'did you mean "mcof-2021-addendum"? Sources are the files in content/sources/',
      }),
    );
  });

  it('names an unknown section of an un-numbered document and suggests the closest heading', () => {
    const content = withChange('guidance', 'displacement-tracking', (d) => {
      d.cite = [{ source: 'operations-and-emergencies-2020', section: 'displacement-trackin' }];
    });
    expect(checkContent(content)).toContainEqual(
      expect.objectContaining({
        file: 'content/guidance/displacement-tracking.mdx',
        field: 'cite.0',
        message: 'section "displacement-trackin" does not exist in "operations-and-emergencies-2020"',
        fix: 'did you mean "displacement-tracking"?',
      }),
    );
  });

  it('checks cite: links inside Markdown bodies with the line number in the file', () => {
    const content = realContent();
    const note = content.entries.find((e) => e.collection === 'guidance' && e.id === 'displacement-tracking')!;
    note.body = 'Intro.\n\nSee [¶370](cite:mcof-2021-addendum#p370).\n';
    expect(note.bodyLine).toBeGreaterThan(3); // the body starts after the front matter
    expect(checkContent(content)).toContainEqual(
      expect.objectContaining({
        field: `body line ${note.bodyLine! + 2}`,
        message: 'paragraph 370 does not exist in "mcof-2021-addendum" (it has ¶1–63)',
      }),
    );
  });

  it('rejects a sector linked to a sector of the other edition', () => {
    const content = withChange('sectors', 'health', (d) => {
      d.related = ['health-support'];
    });
    expect(checkContent(content)).toContainEqual(
      expect.objectContaining({
        field: 'related.0',
        message: '"health-support" is a 2012 sector; link sectors of the same edition',
      }),
    );
  });

  it('reports a 2012 sector left out of the crosswalk', () => {
    const content = realContent();
    for (const e of content.entries.filter((x) => x.collection === 'crosswalk')) {
      const d = e.data as { from: string[] };
      d.from = d.from.filter((id) => id !== 'psychosocial-support');
    }
    expect(checkContent(content)).toContainEqual({
      file: 'content/crosswalk/crosswalk.yaml',
      field: 'from',
      message: 'the 2012 sector "psychosocial-support" is missing from the crosswalk',
      fix: 'add it to the `from` list of a mapping (or a new mapping with change: moved)',
    });
  });

  it('reports a duplicate sector number and a folder/edition mismatch', () => {
    const content = withChange('sectors', 'health', (d) => {
      d.number = 1;
    });
    expect(checkContent(content)).toContainEqual(
      expect.objectContaining({ field: 'number', message: expect.stringMatching(/^number 1 is already used by content\/sectors\/2021\//) }),
    );
    const moved = withChange('sectors', 'health', (d) => {
      d.edition = 2012;
    });
    expect(checkContent(moved)).toContainEqual(expect.objectContaining({ field: 'edition', message: 'the file is in sectors/2021/ but says edition 2012' }));
  });

  it('reports unreadable YAML as a file problem instead of crashing', () => {
    const content = realContent();
    content.failures.push({ file: 'content/policies/broken.yaml', message: 'the YAML cannot be read: bad indentation of a mapping entry (3:5)' });
    const text = formatProblems(checkContent(content));
    expect(text).toContain('content/policies/broken.yaml\n  ✗ (file): the YAML cannot be read: bad indentation of a mapping entry (3:5)');
  });
});
