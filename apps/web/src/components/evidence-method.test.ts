import { evidenceMethodBadge } from '@citymaturity/core';
import { indexMaturityModel, loadPackFromPath, type MaturityModelPack } from '@citymaturity/model';
import { describe, expect, it } from 'vitest';
import { evidenceMethodBadgeOf } from './evidence-method.js';

const packPath = new URL('../../../../packages/model/packs/mmssc', import.meta.url).pathname;

describe('the confidence badge of an assessment', () => {
  it('is the core rule on the MMSSC pack, for every method, audited or not', async () => {
    const pack = (await loadPackFromPath(packPath)) as MaturityModelPack;
    const model = indexMaturityModel(pack);
    for (const method of ['single-stakeholder', 'multi-stakeholder', 'facilitated-workshop'])
      for (const audited of [false, true])
        expect(evidenceMethodBadgeOf(pack, { method, audited })).toEqual(
          evidenceMethodBadge(model, { method, audited }),
        );
  });

  it('becomes external audit, rank 5 of 5, once audited', async () => {
    const pack = (await loadPackFromPath(packPath)) as MaturityModelPack;
    const badge = evidenceMethodBadgeOf(pack, { method: 'single-stakeholder', audited: true });
    expect([badge?.id, badge?.rank, badge?.ranks, badge?.name.en]).toEqual([
      'external-audit',
      5,
      5,
      'External audit',
    ]);
  });

  it('is undefined for a method the pack does not describe', () => {
    const pack = { evidence_methods: [] } as unknown as MaturityModelPack;
    expect(evidenceMethodBadgeOf(pack, { method: 'single-stakeholder', audited: false })).toBe(
      undefined,
    );
  });
});
