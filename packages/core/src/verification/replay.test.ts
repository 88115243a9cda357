import { describe, expect, it } from 'vitest';
import { answerKey, firstAnswerDifference, replayAnswers, type MeasuresRecord } from './replay.js';

const events = [
  {
    seq: 1,
    action: 'ratings.save',
    targetId: 'r1',
    details: {
      ratings: { '1.1.1': { current: 2, target: 3 }, '1.1.2': { current: 1, target: 2 } },
    },
  },
  { seq: 2, action: 'assessment.update', targetId: 'a', details: { title: 'x' } },
  {
    seq: 3,
    action: 'ratings.save',
    targetId: 'r1',
    details: { ratings: { '1.1.1': { current: 'unknown', target: 4 } } },
  },
  {
    seq: 4,
    action: 'consensus.save',
    targetId: 'a',
    details: { characteristicId: '1.1.1', current: 3, target: 4, rationale: 'agreed' },
  },
];

describe('replayAnswers', () => {
  it('keeps the last recorded answers of each respondent and of the consensus', () => {
    const state = replayAnswers(events);
    expect(Object.fromEntries(state)).toEqual({
      'r1/1.1.1': { current: 'unknown', target: 4 },
      'r1/1.1.2': { current: 1, target: 2 },
      'consensus/1.1.1': { current: 3, target: 4 },
    });
  });

  it('reads the answers of every respondent of an import', () => {
    const imported = replayAnswers([
      {
        seq: 1,
        action: 'ratings.import',
        targetId: 'a',
        details: {
          respondents: {
            r7: { ratings: { '4.6': { current: 3, target: 4 } } },
            r8: { ratings: { '4.6': { current: 2, target: null } } },
          },
        },
      },
    ]);
    expect(Object.fromEntries(imported)).toEqual({
      'r7/4.6': { current: 3, target: 4 },
      'r8/4.6': { current: 2, target: null },
    });
  });

  it('replays in chain order whatever order the entries come in', () => {
    expect(replayAnswers([...events].reverse())).toEqual(replayAnswers(events));
  });
});

describe('firstAnswerDifference', () => {
  const recorded = replayAnswers(events);
  const stored = new Map<string, MeasuresRecord>(recorded);

  it('finds nothing when the tables hold what the chain recorded', () => {
    expect(firstAnswerDifference(recorded, stored)).toBeNull();
  });

  it('names the respondent, characteristic and measure changed behind the chain', () => {
    const changed = new Map(stored);
    changed.set(answerKey('r1', '1.1.2'), { current: 1, target: 5 });
    expect(firstAnswerDifference(recorded, changed)).toEqual({
      owner: 'r1',
      characteristicId: '1.1.2',
      measure: 'target',
      recorded: 2,
      stored: 5,
    });
  });

  it('finds an answer stored without any record', () => {
    const extra = new Map(stored);
    extra.set(answerKey('r2', '4.6'), { current: 5, target: 5 });
    expect(firstAnswerDifference(recorded, extra)).toMatchObject({
      owner: 'r2',
      recorded: undefined,
      stored: 5,
    });
  });

  it('treats an unanswered row like no row', () => {
    const empty = new Map(stored);
    empty.set(answerKey('r3', '2.1.1'), { current: null, target: null });
    expect(firstAnswerDifference(recorded, empty)).toBeNull();
  });
});
