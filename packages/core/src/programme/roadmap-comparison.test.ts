import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareRoadmapWithAssessment,
  roadmapComparisonStatus,
  roadmapComparisonStatuses,
  type ComparedInitiative,
} from './roadmap-comparison.js';

const initiative = (
  id: string,
  endsOn: string,
  lifts: Record<string, number>,
): ComparedInitiative => ({
  id,
  title: `Initiative ${id}`,
  endsOn,
  lifts: Object.entries(lifts).map(([characteristicId, targetLevel]) => ({
    characteristicId,
    targetLevel,
  })),
});

describe('roadmapComparisonStatus', () => {
  it('matches when the roadmap aims for the two-year target', () => {
    expect(roadmapComparisonStatus(2, 3, 3)).toBe('matches');
  });

  it('is below target when the plan does not reach what the assessment promised', () => {
    expect(roadmapComparisonStatus(2, 4, 3)).toBe('roadmap-below-target');
  });

  it('is above target when the roadmap aims higher', () => {
    expect(roadmapComparisonStatus(2, 3, 5)).toBe('roadmap-above-target');
  });

  it('is not on the roadmap when the assessment plans a rise and no initiative lifts it', () => {
    expect(roadmapComparisonStatus(2, 3, null)).toBe('not-on-roadmap');
  });

  it('is roadmap-only when initiatives lift a characteristic the assessment plans to keep', () => {
    expect(roadmapComparisonStatus(3, 3, 4)).toBe('roadmap-only');
    expect(roadmapComparisonStatus(3, null, 4)).toBe('roadmap-only');
    expect(roadmapComparisonStatus(null, null, 2)).toBe('roadmap-only');
  });

  it('matches a kept level that the roadmap aims to hold', () => {
    expect(roadmapComparisonStatus(3, 3, 3)).toBe('matches');
  });

  it('is not planned when neither plans a rise', () => {
    expect(roadmapComparisonStatus(3, 3, null)).toBe('not-planned');
    expect(roadmapComparisonStatus(null, 4, null)).toBe('not-planned');
  });

  it('compares a median target exactly (a whole roadmap level is above 2.5)', () => {
    expect(roadmapComparisonStatus(2, 2.5, 3)).toBe('roadmap-above-target');
  });

  it('never reports a rise the assessment plans as roadmap-only or not planned', () => {
    const level = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(level, level, fc.option(level, { nil: null }), (current, target, roadmap) => {
        fc.pre(target > current);
        const status = roadmapComparisonStatus(current, target, roadmap);
        expect(['roadmap-only', 'not-planned']).not.toContain(status);
        expect(status === 'not-on-roadmap').toBe(roadmap === null);
      }),
    );
  });
});

describe('compareRoadmapWithAssessment', () => {
  const assessed = [
    { characteristicId: '1.1.1', current: 2, target: 4 },
    { characteristicId: '1.1.2', current: 2, target: 3 },
    { characteristicId: '1.1.3', current: 3, target: 3 },
  ];
  const initiatives = [
    initiative('a', '2027-06-30', { '1.1.1': 3 }),
    initiative('b', '2029-12-31', { '1.1.1': 4, '9.9': 2 }),
  ];
  const result = compareRoadmapWithAssessment(assessed, initiatives, '2026-03-01');

  it('sets the horizon two years after the assessment', () => {
    expect(result.horizon).toBe('2028-03-01');
  });

  it('takes the highest level any initiative aims for, and the highest by the horizon', () => {
    const first = result.characteristics[0];
    expect([first?.roadmapLevel, first?.levelByHorizon, first?.status]).toEqual([4, 3, 'matches']);
  });

  it('lists the lifting initiatives, highest target first, flagging those beyond the horizon', () => {
    expect(
      result.characteristics[0]?.initiatives.map((i) => [i.initiativeId, i.beyondHorizon]),
    ).toEqual([
      ['b', true],
      ['a', false],
    ]);
  });

  it('gives every characteristic a status and counts them', () => {
    expect(result.characteristics.map((c) => c.status)).toEqual([
      'matches',
      'not-on-roadmap',
      'not-planned',
    ]);
    expect(result.counts).toEqual({
      matches: 1,
      'roadmap-below-target': 0,
      'roadmap-above-target': 0,
      'not-on-roadmap': 1,
      'roadmap-only': 0,
      'not-planned': 1,
    });
  });

  it('flags initiatives ending after the horizon', () => {
    expect(result.initiativesBeyondHorizon).toEqual([
      { initiativeId: 'b', title: 'Initiative b', endsOn: '2029-12-31' },
    ]);
  });

  it('names lifted characteristics the model lacks', () => {
    expect(result.unknownCharacteristics).toEqual(['9.9']);
  });

  it('flags nothing beyond a horizon when there is no assessment', () => {
    const none = compareRoadmapWithAssessment(
      assessed.map((a) => ({ ...a, current: null, target: null })),
      initiatives,
      null,
    );
    expect(none.horizon).toBeNull();
    expect(none.initiativesBeyondHorizon).toEqual([]);
    expect(none.characteristics[0]?.status).toBe('roadmap-only');
  });

  it('notes a roadmap level the characteristic has already reached', () => {
    const reached = compareRoadmapWithAssessment(
      [{ characteristicId: '1.1.1', current: 4, target: 5 }],
      [initiative('a', '2027-01-01', { '1.1.1': 3 })],
      '2026-03-01',
    );
    expect(reached.characteristics[0]).toMatchObject({
      alreadyReached: true,
      status: 'roadmap-below-target',
    });
  });

  it('counts every characteristic once, whatever the initiatives', () => {
    const level = fc.integer({ min: 1, max: 5 });
    const ids = ['1', '2', '3', '4'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            current: fc.option(level, { nil: null }),
            target: fc.option(level, { nil: null }),
          }),
          { minLength: 4, maxLength: 4 },
        ),
        fc.array(
          fc.record({
            endsOn: fc.constantFrom('2026-12-31', '2028-03-01', '2028-03-02'),
            lifts: fc.dictionary(fc.constantFrom(...ids), level),
          }),
          { maxLength: 6 },
        ),
        (levels, plans) => {
          const r = compareRoadmapWithAssessment(
            levels.map((l, i) => ({ characteristicId: ids[i] ?? '', ...l })),
            plans.map((p, i) => initiative(String(i), p.endsOn, p.lifts)),
            '2026-03-01',
          );
          const total = roadmapComparisonStatuses.reduce((sum, s) => sum + r.counts[s], 0);
          expect(total).toBe(4);
          for (const c of r.characteristics) {
            expect(c.roadmapLevel === null).toBe(c.initiatives.length === 0);
            if (c.levelByHorizon !== null && c.roadmapLevel !== null)
              expect(c.levelByHorizon).toBeLessThanOrEqual(c.roadmapLevel);
          }
          expect(r.initiativesBeyondHorizon.every((i) => i.endsOn > '2028-03-01')).toBe(true);
        },
      ),
    );
  });
});
