import { stageFeatures, type PlatformFeatureId } from '@citymaturity/core';
import { describe, expect, it } from 'vitest';
import { featureLink, stageAnchor } from './stage-links.js';

const ids = { organisationId: 'o', assessmentId: 'a' };

describe('featureLink', () => {
  it('links the results, plan realisation and trend to their pages', () => {
    expect([
      featureLink('results', ids),
      featureLink('plan-realisation', ids),
      featureLink('trend', ids),
      featureLink('model', ids),
    ]).toEqual([
      { to: '/organisations/o/assessments/a/results' },
      { to: '/organisations/o/assessments/a/plan-realisation' },
      { to: '/organisations/o/cycles' },
      { to: '/model' },
    ]);
  });

  it('sends the priorities and what serves them to the priorities of the results page', () => {
    const features: PlatformFeatureId[] = [
      'priorities',
      'operating-model-guidance',
      'next-level-criteria',
      'supporting-standards',
    ];
    expect(new Set(features.map((f) => JSON.stringify(featureLink(f, ids))))).toEqual(
      new Set([
        JSON.stringify({ to: '/organisations/o/assessments/a/results', section: 'priorities' }),
      ]),
    );
  });

  it('has a page for every feature of every stage', () => {
    const all = Object.values(stageFeatures).flat();
    expect(all.filter((f) => !featureLink(f, ids).to.startsWith('/'))).toEqual([]);
  });
});

describe('stageAnchor', () => {
  it('names the part of the page of a stage', () => {
    expect(stageAnchor('strategy-definition')).toBe('stage-strategy-definition');
  });
});
