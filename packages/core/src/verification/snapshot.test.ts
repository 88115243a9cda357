import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  firstDifference,
  snapshotDocument,
  type SnapshotInput,
} from './snapshot.js';

const input: SnapshotInput = {
  assessment: {
    id: 'a1',
    organisationId: 'o1',
    title: '2026 baseline',
    modelId: 'mmssc',
    modelVersion: '1.0.0',
    method: 'multi-stakeholder',
    date: '2026-11-01',
    submittedAt: '2026-11-20T10:00:00.000Z',
    minGroupSize: 3,
    revealedAt: '2026-11-19T10:00:00.000Z',
  },
  respondents: [
    {
      id: 'r2',
      name: '交通局',
      group: 'local-government',
      ratings: { '1.1.1': { current: 2, target: 3 }, '1.1.2': { current: null, target: null } },
      evidence: [
        {
          id: 'e2',
          characteristicId: '1.1.1',
          kind: 'link',
          body: 'https://example.org',
          createdAt: '2026-11-02T00:00:00Z',
        },
        {
          id: 'e1',
          characteristicId: '1.1.1',
          kind: 'text',
          body: '会议纪要',
          createdAt: '2026-11-01T00:00:00Z',
        },
      ],
    },
    { id: 'r1', name: 'University', group: 'academia', ratings: {}, evidence: [] },
  ],
  consensus: {},
};

describe('snapshotDocument and canonicalJson', () => {
  it('gives the same text whatever order respondents and evidence come in', () => {
    const shuffled = {
      ...input,
      respondents: [...input.respondents]
        .reverse()
        .map((r) => ({ ...r, evidence: [...r.evidence].reverse() })),
    };
    expect(canonicalJson(snapshotDocument(shuffled))).toBe(canonicalJson(snapshotDocument(input)));
  });

  it('leaves unanswered measures out', () => {
    const document = snapshotDocument(input);
    expect(document.respondents.r2?.ratings).toEqual({ '1.1.1': { current: 2, target: 3 } });
  });

  it('writes what the canonicalize package writes, for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => canonicalJson(v) === canonicalize(v)));
  });

  it('writes what the canonicalize package writes for values whose keys are already sorted', () => {
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(
              Object.entries(v)
                .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
                .map(([k, x]) => [k, sorted(x)]),
            )
          : v;
    fc.assert(fc.property(fc.jsonValue(), (v) => canonicalJson(sorted(v)) === canonicalize(v)));
  });

  it('orders keys that look like array indices as text, not as numbers', () => {
    expect(canonicalJson({ a: 1, '10': 2, '9': 3 })).toBe('{"10":2,"9":3,"a":1}');
  });

  it('writes a snapshot document as canonicalize does', () => {
    const document = snapshotDocument(input);
    expect(canonicalJson(document)).toBe(canonicalize(document));
  });

  it('writes RFC 8785 canonical JSON: sorted keys, no white space, characters as they are', () => {
    expect(canonicalJson({ b: 1, a: ['市', 2.5, null] })).toBe('{"a":["市",2.5,null],"b":1}');
  });
});

describe('firstDifference', () => {
  it('finds nothing in equal documents', () => {
    expect(firstDifference(snapshotDocument(input), snapshotDocument(input))).toBeNull();
  });

  it('names the path of a changed rating', () => {
    const changed = {
      ...input,
      respondents: input.respondents.map((r) =>
        r.id === 'r2' ? { ...r, ratings: { '1.1.1': { current: 4, target: 3 } } } : r,
      ),
    };
    expect(firstDifference(snapshotDocument(input), snapshotDocument(changed))).toEqual({
      path: 'respondents.r2.ratings.1.1.1.current',
      expected: 2,
      actual: 4,
    });
  });

  it('names a removed respondent', () => {
    const removed = { ...input, respondents: input.respondents.filter((r) => r.id !== 'r1') };
    expect(firstDifference(snapshotDocument(input), snapshotDocument(removed))?.path).toBe(
      'respondents.r1',
    );
  });
});
