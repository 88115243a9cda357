import canonicalize from 'canonicalize';
import type { StoredRatingValue } from '../assessment/assessment-rules.js';

/** Format tag of the snapshot document. */
export const snapshotFormatTag = 'citymaturity/snapshot@1';

/** An evidence item as frozen in a snapshot (files by their SHA-256). */
export interface SnapshotEvidence {
  id: string;
  /** The characteristic whose rating (or consensus item) the evidence supports. */
  characteristicId: string;
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

// Index access rather than destructuring: this runs for every rating of a snapshot.
const byKey = <T>(entries: [string, T][]) =>
  entries.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));

// Every object below is built with its keys in canonical (sorted) order, so that canonicalJson
// can write it with JSON.stringify (see there); the content does not depend on that order.

function evidenceOf(items: readonly SnapshotEvidence[]) {
  return byId(items).map((e) => ({
    body: e.body,
    characteristicId: e.characteristicId,
    createdAt: e.createdAt,
    id: e.id,
    kind: e.kind,
    ...(e.sha256 ? { sha256: e.sha256 } : {}),
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
  const a = input.assessment;
  return {
    assessment: {
      date: a.date,
      id: a.id,
      method: a.method,
      minGroupSize: a.minGroupSize,
      modelId: a.modelId,
      modelVersion: a.modelVersion,
      organisationId: a.organisationId,
      revealedAt: a.revealedAt,
      submittedAt: a.submittedAt,
      title: a.title,
    },
    consensus: Object.fromEntries(
      byKey(Object.entries(input.consensus)).map(([id, c]) => {
        const { current, target } = measures(c);
        return [
          id,
          {
            ...(current === undefined ? {} : { current }),
            dissent: c.dissent,
            evidence: evidenceOf(c.evidence),
            rationale: c.rationale,
            ...(target === undefined ? {} : { target }),
          },
        ];
      }),
    ),
    format: snapshotFormatTag,
    respondents: Object.fromEntries(
      byId(input.respondents).map((r) => [
        r.id,
        {
          evidence: evidenceOf(r.evidence),
          group: r.group,
          name: r.name,
          ratings: Object.fromEntries(
            byKey(Object.entries(r.ratings))
              .filter((e) => e[1].current !== null || e[1].target !== null)
              .map((e) => [e[0], measures(e[1])]),
          ),
        },
      ]),
    ),
  };
}

/** Keys JavaScript orders before all others, numerically (array indices): not in insertion order. */
const arrayIndex = /^(?:0|[1-9]\d{0,9})$/;

/**
 * True when JSON.stringify writes the value exactly as RFC 8785 does: plain objects whose keys are
 * already in sorted order (none of them an array index), finite numbers, well-formed strings,
 * nothing without a JSON form.
 */
function stringifiesCanonically(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
      // String.prototype.isWellFormed (Node ≥ 20; ES2024, newer than the library types used here).
      return (value as string & { isWellFormed: () => boolean }).isWellFormed();
    case 'number':
      return Number.isFinite(value);
    case 'boolean':
      return true;
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
          if (!(i in value) || !stringifiesCanonically(value[i])) return false;
        return true;
      }
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== null) return false;
      const record = value as Record<string, unknown>;
      let previous: string | undefined;
      for (const key of Object.keys(record)) {
        if ((previous !== undefined && !(previous < key)) || arrayIndex.test(key)) return false;
        if (!stringifiesCanonically(record[key])) return false;
        previous = key;
      }
      return true;
    }
    default:
      return false;
  }
}

/**
 * The canonical JSON text of a value (RFC 8785 JSON Canonicalization Scheme: keys sorted, no white
 * space, numbers in their shortest form): equal content, equal text, equal SHA-256. A value whose
 * keys are already in canonical order (as {@link snapshotDocument} builds them) is written by
 * JSON.stringify, which then gives the same text ten times faster than the general algorithm.
 */
export function canonicalJson(value: unknown): string {
  if (stringifiesCanonically(value)) return JSON.stringify(value);
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
