import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  verifyAssessmentRecords,
  type SnapshotComparison,
  type VerifiableChainEntry,
  type VerificationInput,
} from './assessment-verification.js';
import { answerKey, type MeasuresRecord } from './replay.js';
import { canonicalJson } from './snapshot.js';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A valid chain of the given events, hashed like the database does (content + link). */
function chainOf(
  events: readonly { action: string; targetId?: string; details?: unknown }[],
): VerificationInput['chain'] {
  const entries: VerifiableChainEntry[] = [];
  let prevHash = '';
  events.forEach((event, i) => {
    const hash = sha(`${String(i + 1)}\n${prevHash}\n${JSON.stringify(event)}`);
    entries.push({
      id: 100 + i,
      seq: i + 1,
      prevHash,
      hash,
      recomputedHash: hash,
      action: event.action,
      targetId: event.targetId ?? null,
      details: event.details ?? null,
    });
    prevHash = hash;
  });
  return { entries, head: { seq: entries.length, hash: prevHash } };
}

const document = { format: 'x', respondents: { r1: { ratings: { '1.1': { current: 2 } } } } };
const digest = sha(canonicalJson(document));
const snapshot: SnapshotComparison = {
  storedDigest: digest,
  storedTextDigest: digest,
  storedDocument: () => document,
  rebuiltDocument: document,
  rebuiltDigest: digest,
};
const events = [
  { action: 'assessment.create' },
  {
    action: 'ratings.save',
    targetId: 'r1',
    details: { ratings: { '1.1': { current: 2, target: 3 } } },
  },
  { action: 'assessment.submit', details: { digest } },
];
const chain = chainOf(events);
const stored = new Map<string, MeasuresRecord>([
  [answerKey('r1', '1.1'), { current: 2, target: 3 }],
]);
const intact: VerificationInput = { chain, storedAnswers: stored, snapshot };

describe('verifyAssessmentRecords', () => {
  it('finds an untouched submitted assessment unchanged', () => {
    const result = verifyAssessmentRecords(intact);
    expect(result).toMatchObject({
      ok: true,
      chain: { ok: true, length: 3, firstBroken: null },
      snapshot: { ok: true, digest, storedDigest: digest, recordedDigest: digest, problem: null },
      answers: { ok: true, checked: 1, firstDifference: null },
    });
    expect(result.message.en).toContain('Unchanged since submission');
  });

  it('verifies a draft without a snapshot', () => {
    const draft = chainOf(events.slice(0, 2));
    const result = verifyAssessmentRecords({ ...intact, chain: draft, snapshot: null });
    expect(result.ok).toBe(true);
    expect(result.snapshot).toBeNull();
  });

  it('names the first broken link of the chain with its action and log row', () => {
    const entries = chain.entries.map((e) =>
      e.seq === 2 ? { ...e, recomputedHash: sha('changed') } : e,
    );
    const result = verifyAssessmentRecords({ ...intact, chain: { ...chain, entries } });
    expect(result.ok).toBe(false);
    expect(result.chain.firstBroken).toMatchObject({
      seq: 2,
      entryId: 101,
      reason: 'altered-entry',
      action: 'ratings.save',
    });
    expect(result.message.en).toContain('entry 2 (ratings.save, log row 101)');
    expect(result.message.zh).toContain('第 2 条记录');
  });

  it('names the path and both values of a change behind the snapshot', () => {
    const changed = { format: 'x', respondents: { r1: { ratings: { '1.1': { current: 4 } } } } };
    const result = verifyAssessmentRecords({
      ...intact,
      snapshot: {
        ...snapshot,
        rebuiltDocument: changed,
        rebuiltDigest: sha(canonicalJson(changed)),
      },
    });
    expect(result.snapshot).toMatchObject({
      ok: false,
      problem: 'content-changed',
      firstDifference: { path: 'respondents.r1.ratings.1.1.current', expected: 2, actual: 4 },
    });
    expect(result.message.en).toContain('respondents.r1.ratings.1.1.current');
  });

  it('finds a stored snapshot whose text was altered', () => {
    const result = verifyAssessmentRecords({
      ...intact,
      snapshot: { ...snapshot, storedTextDigest: sha('other') },
    });
    expect(result.snapshot?.problem).toBe('stored-snapshot-altered');
  });

  it('finds a snapshot replaced together with its digest (the chain recorded another)', () => {
    const replaced = { format: 'y' };
    const replacedDigest = sha(canonicalJson(replaced));
    const result = verifyAssessmentRecords({
      ...intact,
      snapshot: {
        storedDigest: replacedDigest,
        storedTextDigest: replacedDigest,
        storedDocument: () => replaced,
        rebuiltDocument: replaced,
        rebuiltDigest: replacedDigest,
      },
    });
    expect(result.snapshot).toMatchObject({
      problem: 'digest-not-recorded',
      recordedDigest: digest,
    });
  });

  it('names the respondent, characteristic and measure of an answer changed behind the chain', () => {
    const changed = new Map(stored);
    changed.set(answerKey('r1', '1.1'), { current: 2, target: 5 });
    const result = verifyAssessmentRecords({
      ...intact,
      storedAnswers: changed,
      respondentNames: new Map([['r1', 'Transport']]),
    });
    expect(result.answers.firstDifference).toMatchObject({
      owner: 'r1',
      characteristicId: '1.1',
      measure: 'target',
      recorded: 3,
      stored: 5,
    });
    expect(result.message.en).toBe(
      'The two-year target of characteristic 1.1 stored for respondent “Transport” (r1) is 5, but the hash chain last recorded 3',
    );
  });

  it('reports the chain first when several things are broken', () => {
    const entries = chain.entries.filter((e) => e.seq !== 1);
    const changed = new Map(stored);
    changed.set(answerKey('r1', '1.1'), { current: 1, target: 3 });
    const result = verifyAssessmentRecords({
      ...intact,
      chain: { ...chain, entries },
      storedAnswers: changed,
    });
    expect(result.chain.firstBroken).toMatchObject({ seq: 1, reason: 'missing-entry' });
    expect(result.message).toEqual(result.chain.message);
  });
});
