import { indexMaturityModel, loadBundledPacks } from '@citymaturity/model';
import { describe, expect, it } from 'vitest';
import { tinyModel } from '../test-support/tiny-packs.js';
import { evidenceMethodBadge, evidenceMethodOf } from './evidence-method.js';

const mmssc = indexMaturityModel((await loadBundledPacks()).mmssc);

describe('evidenceMethodOf', () => {
  it('is the method the assessment was run with', () => {
    expect(evidenceMethodOf({ method: 'multi-stakeholder', audited: false })).toBe(
      'multi-stakeholder',
    );
  });

  it('becomes external audit once an audit statement is issued', () => {
    expect(evidenceMethodOf({ method: 'facilitated-workshop', audited: true })).toBe(
      'external-audit',
    );
  });

  it('counts an unknown method as the lowest, a single stakeholder view', () => {
    expect(evidenceMethodOf({ method: 'guesswork', audited: false })).toBe('single-stakeholder');
  });
});

describe('evidenceMethodBadge', () => {
  it.each([
    ['single-stakeholder', false, 1],
    ['multi-stakeholder', false, 2],
    ['facilitated-workshop', false, 3],
    ['single-stakeholder', true, 5],
    ['facilitated-workshop', true, 5],
  ] as const)('ranks %s (audited: %s) %i of 5 on the MMSSC scale', (method, audited, rank) => {
    const badge = evidenceMethodBadge(mmssc, { method, audited });
    expect([badge.rank, badge.ranks]).toEqual([rank, 5]);
  });

  it("takes the name, cost and confidence from the pack's evidence methods", () => {
    expect(evidenceMethodBadge(mmssc, { method: 'facilitated-workshop', audited: false })).toEqual({
      id: 'facilitated-workshop',
      rank: 3,
      ranks: 5,
      name: { zh: '主持多方利益相关方评估', en: 'Facilitated multi-stakeholder assessment' },
      relativeCost: 'medium',
      relativeConfidence: 'medium',
    });
  });

  it('falls back on the standard order for a pack without evidence methods', () => {
    const badge = evidenceMethodBadge(tinyModel(), { method: 'multi-stakeholder', audited: false });
    expect(badge).toMatchObject({ id: 'multi-stakeholder', rank: 2, ranks: 5 });
  });
});
