import { describe, expect, it } from 'vitest';
import type { EvidenceFile, Rating } from '../../api/types.js';
import { fileOfItem, withFile, withoutFile } from './answer-target.js';
import { emptyRating } from './questionnaire-logic.js';

const file = (id: string): EvidenceFile => ({
  id,
  name: `${id}.pdf`,
  mediaType: 'application/pdf',
  size: 10,
  sha256: 'a'.repeat(64),
  createdAt: '2026-11-21T10:00:00.000Z',
});

const rated: Rating = {
  current: 2,
  target: 3,
  evidence: { text: 'Plan', links: ['https://example.org'], files: [file('a')] },
  updatedAt: null,
};

describe('files of a rating', () => {
  it('adds a file after the others, keeping the answers, notes and links', () => {
    const next = withFile(rated, file('b'));
    expect(next.evidence.files?.map((f) => f.id)).toEqual(['a', 'b']);
    expect(next.current).toBe(2);
    expect(next.evidence.text).toBe('Plan');
    expect(next.evidence.links).toEqual(['https://example.org']);
  });

  it('adds a file to a rating without files, and never twice', () => {
    expect(withFile(emptyRating, file('a')).evidence.files).toEqual([file('a')]);
    expect(withFile(rated, file('a')).evidence.files).toHaveLength(1);
  });

  it('removes a file by its id, leaving the others', () => {
    const two = withFile(rated, file('b'));
    expect(withoutFile(two, 'a').evidence.files?.map((f) => f.id)).toEqual(['b']);
    expect(withoutFile(emptyRating, 'a').evidence.files).toEqual([]);
  });

  it('lists a new evidence item as the file the server describes', () => {
    expect(
      fileOfItem({
        id: 'x',
        createdAt: '2026-11-21T10:00:00.000Z',
        body: '规划.pdf',
        file: { name: '规划.pdf', mediaType: 'application/pdf', size: 5, sha256: 'b'.repeat(64) },
      }),
    ).toEqual({
      id: 'x',
      name: '规划.pdf',
      mediaType: 'application/pdf',
      size: 5,
      sha256: 'b'.repeat(64),
      createdAt: '2026-11-21T10:00:00.000Z',
    });
  });
});
