import { indexMaturityModel, type MaturityModelPack } from '@citymaturity/model';
import { describe, expect, it } from 'vitest';
import type { AuditFinding, EvidenceItem } from '../../api/audit.js';
import {
  draftChanged,
  draftOf,
  draftProblem,
  findingStatus,
  groupEvidence,
  inputOf,
  neighboursOf,
  nextOpen,
  normaliseIdOrDigest,
  selectedCharacteristic,
  setupTokenOf,
  workListGroups,
} from './audit-logic.js';

const text = (s: string) => ({ zh: s, en: s });
const characteristic = (id: string) => ({ id, name: text(id) });

/** A pack with two dimensions: 1 (1.1.1, 1.1.2) and 2 (2.1.1). */
const model = indexMaturityModel({
  levels: [1, 2, 3, 4, 5].map((level) => ({ level, name: text(`L${String(level)}`) })),
  dimensions: [
    {
      id: '1',
      name: text('One'),
      subdimensions: [
        {
          id: '1.1',
          name: text('1.1'),
          characteristics: [characteristic('1.1.1'), characteristic('1.1.2')],
        },
      ],
    },
    {
      id: '2',
      name: text('Two'),
      subdimensions: [{ id: '2.1', name: text('2.1'), characteristics: [characteristic('2.1.1')] }],
    },
  ],
} as unknown as MaturityModelPack);

function finding(characteristicId: string, change: Partial<AuditFinding> = {}): AuditFinding {
  return {
    characteristicId,
    verdict: 'confirmed',
    adjustedCurrent: null,
    adjustedTarget: null,
    reason: '',
    version: 1,
    updatedAt: '2026-11-21T10:00:00.000Z',
    ...change,
  };
}

function evidence(id: string, attachedTo: EvidenceItem['attachedTo']): EvidenceItem {
  return {
    id,
    characteristicId: '1.1.1',
    kind: 'text',
    body: id,
    file: null,
    createdAt: '2026-11-21T10:00:00.000Z',
    owner: { kind: 'unknown' },
    attachedTo,
  };
}

describe('the work list', () => {
  it('groups the characteristics by dimension in model order', () => {
    expect(workListGroups(model)).toEqual([
      { dimensionId: '1', characteristicIds: ['1.1.1', '1.1.2'] },
      { dimensionId: '2', characteristicIds: ['2.1.1'] },
    ]);
  });

  it('names a characteristic without a finding open, else by its verdict', () => {
    expect(findingStatus(undefined)).toBe('open');
    expect(findingStatus(finding('1.1.1', { verdict: 'adjusted' }))).toBe('adjusted');
  });

  it('shows the characteristic asked for when the model has it', () => {
    expect(selectedCharacteristic(model, {}, '2.1.1')).toBe('2.1.1');
  });

  it('otherwise carries on at the first characteristic without a finding', () => {
    expect(selectedCharacteristic(model, { '1.1.1': finding('1.1.1') }, '9.9.9')).toBe('1.1.2');
  });

  it('falls back to the first characteristic when every one has a finding', () => {
    const all = Object.fromEntries(['1.1.1', '1.1.2', '2.1.1'].map((id) => [id, finding(id)]));
    expect(selectedCharacteristic(model, all, undefined)).toBe('1.1.1');
  });

  it('knows the neighbours of a characteristic, none past the ends', () => {
    expect(neighboursOf(model, '1.1.2')).toEqual({ previous: '1.1.1', next: '2.1.1' });
    expect(neighboursOf(model, '1.1.1')).toEqual({ previous: undefined, next: '1.1.2' });
    expect(neighboursOf(model, 'x')).toEqual({ previous: undefined, next: undefined });
  });

  it('finds the next characteristic without a finding, wrapping round', () => {
    expect(nextOpen(model, { '1.1.2': finding('1.1.2') }, '1.1.1')).toBe('2.1.1');
    expect(nextOpen(model, { '2.1.1': finding('2.1.1') }, '2.1.1')).toBe('1.1.1');
    expect(nextOpen(model, { '1.1.2': finding('1.1.2'), '2.1.1': finding('2.1.1') }, '1.1.1')).toBe(
      undefined,
    );
  });
});

describe('the finding being edited', () => {
  it('starts empty without a finding, and from the stored one otherwise', () => {
    expect(draftOf(undefined)).toEqual({
      verdict: null,
      adjustedCurrent: null,
      adjustedTarget: null,
      reason: '',
    });
    expect(
      draftOf(finding('1.1.1', { verdict: 'adjusted', adjustedCurrent: 2, reason: 'r' })),
    ).toEqual({ verdict: 'adjusted', adjustedCurrent: 2, adjustedTarget: null, reason: 'r' });
  });

  it('needs a verdict first', () => {
    expect(draftProblem(draftOf(undefined))).toBe('verdict-required');
  });

  it('accepts a confirmation without a reason', () => {
    expect(draftProblem({ ...draftOf(undefined), verdict: 'confirmed' })).toBeNull();
  });

  it('needs a level and a reason for an adjustment', () => {
    const adjusted = { ...draftOf(undefined), verdict: 'adjusted' as const };
    expect(draftProblem(adjusted)).toBe('adjusted-needs-level');
    expect(draftProblem({ ...adjusted, adjustedTarget: 4 })).toBe('reason-required');
    expect(draftProblem({ ...adjusted, adjustedTarget: 4, reason: '  ' })).toBe('reason-required');
    expect(draftProblem({ ...adjusted, adjustedTarget: 4, reason: 'Plan not funded' })).toBeNull();
  });

  it('needs a reason for insufficient evidence', () => {
    const insufficient = { ...draftOf(undefined), verdict: 'insufficient-evidence' as const };
    expect(draftProblem(insufficient)).toBe('reason-required');
    expect(draftProblem({ ...insufficient, reason: 'No documents' })).toBeNull();
  });

  it('drops levels chosen before switching away from "adjusted", and trims the reason', () => {
    expect(
      inputOf({ verdict: 'confirmed', adjustedCurrent: 3, adjustedTarget: 4, reason: ' fine ' }, 2),
    ).toEqual({
      verdict: 'confirmed',
      adjustedCurrent: null,
      adjustedTarget: null,
      reason: 'fine',
      version: 2,
    });
  });

  it('is unchanged when it would save what is stored', () => {
    const stored = finding('1.1.1', { verdict: 'adjusted', adjustedCurrent: 2, reason: 'why' });
    expect(draftChanged(draftOf(stored), stored)).toBe(false);
    expect(draftChanged({ ...draftOf(stored), reason: 'why ' }, stored)).toBe(false);
    expect(draftChanged({ ...draftOf(stored), adjustedTarget: 5 }, stored)).toBe(true);
    expect(draftChanged(draftOf(undefined), undefined)).toBe(false);
    expect(draftChanged({ ...draftOf(undefined), verdict: 'confirmed' }, undefined)).toBe(true);
  });
});

describe('evidence grouped by source', () => {
  it('puts the consensus first, then respondents by name, keeping each one’s items in order', () => {
    const groups = groupEvidence([
      evidence('a', {
        kind: 'respondent',
        respondentId: 'r2',
        name: 'Zhang',
        stakeholderGroup: 'academia',
      }),
      evidence('b', { kind: 'consensus' }),
      evidence('c', {
        kind: 'respondent',
        respondentId: 'r1',
        name: 'Adams',
        stakeholderGroup: null,
      }),
      evidence('d', {
        kind: 'respondent',
        respondentId: 'r2',
        name: 'Zhang',
        stakeholderGroup: 'academia',
      }),
    ]);
    expect(groups.map((g) => [g.kind, g.name, g.items.map((i) => i.id)])).toEqual([
      ['consensus', '', ['b']],
      ['respondent', 'Adams', ['c']],
      ['respondent', 'Zhang', ['a', 'd']],
    ]);
  });
});

describe('what the public verification accepts', () => {
  const digest = 'ab'.repeat(32);
  it('takes an assessment id or a digest, in lower case, without spaces or a sha256: prefix', () => {
    expect(normaliseIdOrDigest(' 0F8FAD5B-D9CB-469F-A165-70867728950E ')).toBe(
      '0f8fad5b-d9cb-469f-a165-70867728950e',
    );
    expect(normaliseIdOrDigest(`sha256:${digest.toUpperCase()}`)).toBe(digest);
    expect(normaliseIdOrDigest(`${digest.slice(0, 32)} ${digest.slice(32)}`)).toBe(digest);
  });

  it('refuses anything else', () => {
    expect(normaliseIdOrDigest('')).toBeUndefined();
    expect(normaliseIdOrDigest(digest.slice(1))).toBeUndefined();
    expect(normaliseIdOrDigest('not-an-id')).toBeUndefined();
  });
});

describe('the account setup link', () => {
  it('reads the token from the fragment', () => {
    expect(setupTokenOf('#abc.def')).toBe('abc.def');
    expect(setupTokenOf('')).toBeUndefined();
    expect(setupTokenOf('#')).toBeUndefined();
  });
});
