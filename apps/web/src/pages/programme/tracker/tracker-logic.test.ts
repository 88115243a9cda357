import { describe, expect, it } from 'vitest';
import type {
  ComponentTracker,
  RecommendationProgress,
  TrackedComponent,
  TrackerProgress,
} from '../../../api/programme-components.js';
import {
  donePercent,
  formatLevel,
  rankedComponents,
  recommendationInput,
  recommendationValues,
  statusSegments,
  unrankedCodes,
  withRecommendation,
} from './tracker-logic.js';

const progress = (over: Partial<TrackerProgress> = {}): TrackerProgress => ({
  total: 4,
  counts: { 'not-started': 1, 'in-progress': 1, done: 1, 'not-applicable': 1 },
  applicable: 3,
  doneShare: 0.333,
  overdue: [],
  ...over,
});

const recommendation = (
  id: string,
  over: Partial<RecommendationProgress> = {},
): RecommendationProgress => ({
  recommendationId: id,
  componentCode: id.split('.')[0] ?? '',
  status: 'not-started',
  owner: '',
  dueOn: null,
  evidence: '',
  evidenceUrl: null,
  overdue: false,
  version: 0,
  updatedAt: null,
  updatedBy: null,
  ...over,
});

const component = (code: string, rank: number | null, gapSum = 0): TrackedComponent => ({
  code,
  part: code.slice(0, 1),
  area: null,
  characteristics: [],
  priority: { gapSum, gapMax: gapSum > 0 ? 1 : 0, characteristicsWithGap: gapSum, rank },
  progress: progress(),
  recommendations: [{ ...recommendation(`${code}.a`), lifts: ['1.1.1'] }],
});

const tracker = (components: TrackedComponent[]): ComponentTracker => ({
  today: '2026-11-22',
  assessment: null,
  model: { id: 'mmssc', version: '1.0.0' },
  components,
  overall: progress(),
  gaps: [],
});

describe('rankedComponents and unrankedCodes', () => {
  const t = tracker([component('A', null), component('B1', 2, 3), component('C1', 1, 5)]);

  it('lists the ranked components by rank', () => {
    expect(rankedComponents(t).map((c) => c.code)).toEqual(['C1', 'B1']);
  });

  it('names the components without a rank', () => {
    expect(unrankedCodes(t)).toEqual(['A']);
  });
});

describe('formatLevel and donePercent', () => {
  it('writes levels with at most one decimal in the language', () => {
    expect([formatLevel(3, 'en'), formatLevel(2.5, 'zh'), formatLevel(null, 'en')]).toEqual([
      '3',
      '2.5',
      undefined,
    ]);
  });

  it('gives the share done as a whole percentage, none when nothing applies', () => {
    expect([
      donePercent(progress(), 'en'),
      donePercent(progress({ doneShare: null }), 'en'),
    ]).toEqual(['33%', null]);
  });
});

describe('statusSegments', () => {
  it('splits the bar by status, done first, leaving out empty statuses', () => {
    const segments = statusSegments(
      progress({ counts: { 'not-started': 3, 'in-progress': 0, done: 1, 'not-applicable': 0 } }),
    );
    expect(segments).toEqual([
      { status: 'done', count: 1, percent: 25 },
      { status: 'not-started', count: 3, percent: 75 },
    ]);
  });

  it('draws nothing for a component without recommendations', () => {
    expect(statusSegments(progress({ total: 0 }))).toEqual([]);
  });
});

describe('recommendationValues and recommendationInput', () => {
  it('round-trips a recorded progress, empty fields becoming null', () => {
    const stored = recommendation('B1.a', {
      status: 'in-progress',
      owner: 'Planning',
      dueOn: '2026-12-01',
      evidence: 'Draft',
      evidenceUrl: 'https://example.org/a',
    });
    expect(recommendationInput(recommendationValues(stored))).toEqual({
      status: 'in-progress',
      owner: 'Planning',
      dueOn: '2026-12-01',
      evidence: 'Draft',
      evidenceUrl: 'https://example.org/a',
    });
  });

  it('trims the texts and sends no date and no link when they are empty', () => {
    expect(
      recommendationInput({
        status: 'done',
        owner: '  Ann ',
        dueOn: '',
        evidence: ' ok ',
        evidenceUrl: '  ',
      }),
    ).toEqual({ status: 'done', owner: 'Ann', dueOn: null, evidence: 'ok', evidenceUrl: null });
  });
});

describe('withRecommendation', () => {
  it('puts the saved progress in its component, keeping what it lifts', () => {
    const t = tracker([component('B1', 1, 2), component('B2', null)]);
    const saved = recommendation('B1.a', { status: 'done', version: 1 });
    const next = withRecommendation(t, saved);
    expect(next.components[0]?.recommendations[0]).toEqual({ ...saved, lifts: ['1.1.1'] });
    expect(next.components[1]).toBe(t.components[1]);
  });
});
