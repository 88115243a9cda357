// The improvement tracker runs after the baseline: its changes are links of the assessment's hash
// chain (`improvement-stage.save`) made after submission too. They must not disturb the replay of
// answers nor the verification of a submitted assessment.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  verifyAssessmentRecords,
  type VerifiableChainEntry,
  type VerificationInput,
} from '../verification/assessment-verification.js';
import { answerKey, replayAnswers, type MeasuresRecord } from '../verification/replay.js';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function chainOf(
  events: readonly { action: string; targetId?: string; details?: unknown }[],
): VerificationInput['chain'] {
  const entries: VerifiableChainEntry[] = [];
  let prevHash = '';
  events.forEach((event, i) => {
    const hash = sha(`${String(i + 1)}\n${prevHash}\n${JSON.stringify(event)}`);
    entries.push({
      id: i + 1,
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

const stageSave = (version: number) => ({
  action: 'improvement-stage.save',
  targetId: 'strategy-definition',
  details: {
    stageId: 'strategy-definition',
    status: 'in-progress',
    notes: 'Priorities agreed',
    version,
    // Even a field named like an answer's is not an answer.
    current: 5,
    target: 5,
  },
});

const answered = {
  action: 'ratings.save',
  targetId: 'r1',
  details: { ratings: { '1.1.1': { current: 2, target: 3 } } },
};

describe('improvement-stage events in the hash chain', () => {
  it('are ignored by the replay of answers', () => {
    const events = [answered, stageSave(1), stageSave(2)].map((e, i) => ({ seq: i + 1, ...e }));
    const withoutStages = [{ seq: 1, ...answered }];
    expect([...replayAnswers(events)]).toEqual([...replayAnswers(withoutStages)]);
  });

  it('leave a submitted assessment verified unchanged', () => {
    const digest = 'd'.repeat(64);
    const stored = new Map<string, MeasuresRecord>([
      [answerKey('r1', '1.1.1'), { current: 2, target: 3 }],
    ]);
    const result = verifyAssessmentRecords({
      chain: chainOf([
        { action: 'assessment.create' },
        answered,
        { action: 'assessment.submit', details: { digest } },
        stageSave(1),
        stageSave(2),
      ]),
      storedAnswers: stored,
      snapshot: {
        storedDigest: digest,
        storedTextDigest: digest,
        storedDocument: () => ({}),
        rebuiltDocument: {},
        rebuiltDigest: digest,
      },
    });
    expect([result.ok, result.chain.length, result.snapshot?.recordedDigest]).toEqual([
      true,
      5,
      digest,
    ]);
  });
});
