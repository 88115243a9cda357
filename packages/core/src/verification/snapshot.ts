import canonicalize from 'canonicalize';
import type { StoredRatingValue } from '../assessment/assessment-rules.js';

/** Format tag of the snapshot document. */
export const snapshotFormatTag = 'citymaturity/snapshot@1';

/** An evidence item as frozen in a snapshot (files by their SHA-256). */
export interface SnapshotEvidence {
  id: string;
  kind: 'text' | 'link' | 'file';
  body: string;
  sha256?: string | undefined;
  createdAt: string;
}

/** The measures of a rating or consensus item. */
export interface SnapshotMeasures {
  current: StoredRatingValue;
  target: StoredRatingValue;
}

/** Everything a submitted assessment consists of, as its snapshot freezes it. */
export interface SnapshotInput {
  assessment: {
    id: string;
    organisationId: string;
    title: string;
    modelId: string;
    modelVersion: string;
    method: string;
    date: string;
    submittedAt: string;
    minGroupSize: number;
    revealedAt: string | null;
  };
  respondents: readonly {
    id: string;
    name: string;
    group: string | null;
    ratings: Readonly<Record<string, SnapshotMeasures>>;
    evidence: readonly SnapshotEvidence[];
  }[];
  consensus: Readonly<
    Record<
      string,
      SnapshotMeasures & {
        rationale: string;
        dissent: string;
        evidence: readonly SnapshotEvidence[];
      }
    >
  >;
}

const byId = <T extends { id: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function evidenceOf(items: readonly SnapshotEvidence[]) {
  return byId(items).map((e) => ({
    id: e.id,
    kind: e.kind,
    body: e.body,
    ...(e.sha256 ? { sha256: e.sha256 } : {}),
    createdAt: e.createdAt,
  }));
}

/**
 * The snapshot document of an assessment: plain JSON with a fixed shape (respondents keyed by id,
 * ratings and consensus keyed by characteristic, evidence sorted by id), so that the same content
 * always gives the same canonical text. Unanswered measures are left out.
 */
export function snapshotDocument(input: SnapshotInput) {
  const measures = (m: SnapshotMeasures) => ({
    ...(m.current === null ? {} : { current: m.current }),
    ...(m.target === null ? {} : { target: m.target }),
  });
  return {
    format: snapshotFormatTag,
    assessment: input.assessment,
    respondents: Object.fromEntries(
      byId(input.respondents).map((r) => [
        r.id,
        {
          name: r.name,
          group: r.group,
          ratings: Object.fromEntries(
            Object.entries(r.ratings)
              .filter(([, m]) => m.current !== null || m.target !== null)
              .map(([id, m]) => [id, measures(m)]),
          ),
          evidence: evidenceOf(r.evidence),
        },
      ]),
    ),
    consensus: Object.fromEntries(
      Object.entries(input.consensus).map(([id, c]) => [
        id,
        {
          ...measures(c),
          rationale: c.rationale,
          dissent: c.dissent,
          evidence: evidenceOf(c.evidence),
        },
      ]),
    ),
  };
}

/**
 * The canonical JSON text of a value (RFC 8785 JSON Canonicalization Scheme: keys sorted, no white
 * space, numbers in their shortest form): equal content, equal text, equal SHA-256.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return text;
}

/** Where two JSON values first differ: the path (e.g. `respondents.<id>.ratings.1.2.1.current`) and both values. */
export interface JsonDifference {
  path: string;
  expected: unknown;
  actual: unknown;
}

/**
 * The first place (keys in sorted order, depth first) where `actual` differs from `expected`;
 * null when they are equal. A missing key shows as `undefined`.
 */
export function firstDifference(
  expected: unknown,
  actual: unknown,
  path: readonly string[] = [],
): JsonDifference | null {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null;
  if (isObject(expected) && isObject(actual) && Array.isArray(expected) === Array.isArray(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    for (const key of keys) {
      const difference = firstDifference(expected[key], actual[key], [...path, key]);
      if (difference) return difference;
    }
    return null;
  }
  return Object.is(expected, actual) ? null : { path: path.join('.'), expected, actual };
}
