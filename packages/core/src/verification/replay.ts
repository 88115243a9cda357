import type { StoredRatingValue } from '../assessment/assessment-rules.js';

/** The two measures of a rating or consensus item as recorded. */
export interface MeasuresRecord {
  current: StoredRatingValue;
  target: StoredRatingValue;
}

/** Actions of the hash chain that record answers, and the shape of their details. */
export const answerEventActions = {
  /**
   * `ratings.save` — details: `{ ratings: { [characteristicId]: { current, target } } }`, target
   * id: the respondent; `ratings.import` — details: `{ respondents: { [respondentId]: { ratings } } }`.
   */
  ratings: ['ratings.save', 'ratings.import'],
  /** details: `{ characteristicId, current, target, … }`, target id: the assessment. */
  consensus: ['consensus.save'],
} as const;

/** A chain entry as replay reads it. */
export interface AnswerEvent {
  seq: number;
  action: string;
  targetId: string | null;
  details: unknown;
}

function measuresOf(value: unknown): MeasuresRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const { current, target } = value as Record<string, unknown>;
  const ok = (v: unknown) => v === null || v === 'unknown' || (typeof v === 'number' && v >= 1);
  return ok(current) && ok(target)
    ? { current: current as StoredRatingValue, target: target as StoredRatingValue }
    : null;
}

/**
 * The answers the chain says were last given: per respondent (or `consensus`) and
 * characteristic, the measures of the latest entry that recorded them, in chain order.
 */
export function replayAnswers(events: readonly AnswerEvent[]): Map<string, MeasuresRecord> {
  const state = new Map<string, MeasuresRecord>();
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    const details = (event.details ?? {}) as Record<string, unknown>;
    if ((answerEventActions.ratings as readonly string[]).includes(event.action)) {
      const byRespondent: [string, unknown][] =
        event.action === 'ratings.import'
          ? Object.entries(
              (details.respondents ?? {}) as Record<string, { ratings?: unknown }>,
            ).map(([id, r]) => [id, r.ratings])
          : [[event.targetId ?? '', details.ratings]];
      for (const [respondentId, ratings] of byRespondent) {
        for (const [characteristicId, value] of Object.entries(
          (ratings ?? {}) as Record<string, unknown>,
        )) {
          const measures = measuresOf(value);
          if (measures && respondentId)
            state.set(answerKey(respondentId, characteristicId), measures);
        }
      }
    } else if ((answerEventActions.consensus as readonly string[]).includes(event.action)) {
      const measures = measuresOf(details);
      if (measures && typeof details.characteristicId === 'string')
        state.set(answerKey('consensus', details.characteristicId), measures);
    }
  }
  return state;
}

/** The key of one respondent's (or the consensus's) answers to one characteristic. */
export function answerKey(owner: string, characteristicId: string): string {
  return `${owner}/${characteristicId}`;
}

/** Where the stored answers differ from what the chain recorded. */
export interface AnswerDifference {
  /** A respondent id, or `consensus`. */
  owner: string;
  characteristicId: string;
  measure: 'current' | 'target';
  /** What the chain recorded last (undefined: never recorded). */
  recorded: StoredRatingValue | undefined;
  /** What the tables hold (undefined: no row). */
  stored: StoredRatingValue | undefined;
}

/**
 * The first stored answer (in owner, characteristic order) that differs from the last one the
 * chain recorded, including answers stored without any record and recorded answers whose row is
 * gone; null when they all agree.
 */
export function firstAnswerDifference(
  recorded: ReadonlyMap<string, MeasuresRecord>,
  stored: ReadonlyMap<string, MeasuresRecord>,
): AnswerDifference | null {
  // The usual case, everything agrees, without sorting every key (16,000 for 500 respondents).
  if (sameAnswers(recorded, stored)) return null;
  const keys = [...new Set([...recorded.keys(), ...stored.keys()])].sort();
  for (const key of keys) {
    const slash = key.indexOf('/');
    const [owner, characteristicId] = [key.slice(0, slash), key.slice(slash + 1)];
    const r = recorded.get(key);
    const s = stored.get(key);
    for (const measure of ['current', 'target'] as const) {
      // A row with nothing answered is the same as no row.
      const rv = r?.[measure] ?? undefined;
      const sv = s?.[measure] ?? undefined;
      if (rv !== sv) return { owner, characteristicId, measure, recorded: rv, stored: sv };
    }
  }
  return null;
}

/** True when both hold the same answers (a row with nothing answered being the same as no row). */
function sameAnswers(
  recorded: ReadonlyMap<string, MeasuresRecord>,
  stored: ReadonlyMap<string, MeasuresRecord>,
): boolean {
  const same = (a: MeasuresRecord | undefined, b: MeasuresRecord | undefined) =>
    (a?.current ?? undefined) === (b?.current ?? undefined) &&
    (a?.target ?? undefined) === (b?.target ?? undefined);
  for (const [key, r] of recorded) if (!same(r, stored.get(key))) return false;
  for (const [key, s] of stored) if (!recorded.has(key) && !same(undefined, s)) return false;
  return true;
}
