import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benefitLinkProblem, type BenefitMapLink } from './benefit-map-rules.js';
import { summariseBenefitMap, type SummarisedBenefitNode } from './benefit-map-summary.js';

const node = (
  id: string,
  kind: SummarisedBenefitNode['kind'],
  extra: Partial<SummarisedBenefitNode> = {},
): SummarisedBenefitNode => ({
  id,
  kind,
  label: id,
  purposeId: null,
  initiativeId: null,
  ...extra,
});
const link = (fromNodeId: string, toNodeId: string): BenefitMapLink => ({ fromNodeId, toNodeId });

describe('summariseBenefitMap', () => {
  // i1 → o1 → x1 → x2 → p(attractiveness); i1 → o2 → x2; m1 → o2; i2 → o3 (dead end); x3 alone.
  const nodes = [
    node('i1', 'initiative', { initiativeId: 'r1' }),
    node('i2', 'initiative'),
    node('m1', 'investment'),
    node('o1', 'output'),
    node('o2', 'output'),
    node('o3', 'output'),
    node('x1', 'outcome'),
    node('x2', 'outcome'),
    node('x3', 'outcome'),
    node('p', 'purpose', { purposeId: 'attractiveness' }),
  ];
  const links = [
    link('i1', 'o1'),
    link('o1', 'x1'),
    link('x1', 'x2'),
    link('x2', 'p'),
    link('i1', 'o2'),
    link('o2', 'x2'),
    link('m1', 'o2'),
    link('i2', 'o3'),
  ];
  const summary = summariseBenefitMap({
    purposeIds: ['attractiveness', 'resilience'],
    nodes,
    links,
    measuredNodeIds: new Set(['x2']),
    roadmapInitiativeIds: ['r1', 'r2'],
  });

  it('names, per purpose, the inputs that reach it, with a shortest path and the number of paths', () => {
    expect(summary.purposes[0]).toEqual({
      purposeId: 'attractiveness',
      nodeId: 'p',
      reachedFrom: [
        { nodeId: 'i1', kind: 'initiative', pathCount: 2, path: ['i1', 'o2', 'x2', 'p'] },
        { nodeId: 'm1', kind: 'investment', pathCount: 1, path: ['m1', 'o2', 'x2', 'p'] },
      ],
    });
  });

  it('lists a purpose the map does not show yet without a node', () => {
    expect(summary.purposes[1]).toEqual({ purposeId: 'resilience', nodeId: null, reachedFrom: [] });
  });

  it('names the initiatives and investments that reach no purpose', () => {
    expect(summary.initiativesReachingNoPurpose).toEqual(['i2']);
    expect(summary.investmentsReachingNoPurpose).toEqual([]);
  });

  it('names the outcomes no KPI measures', () => {
    expect(summary.outcomesWithoutKpi).toEqual(['x1', 'x3']);
  });

  it('names the roadmap initiatives missing from the map', () => {
    expect(summary.roadmapInitiativesNotOnMap).toEqual(['r2']);
  });

  it('names the nodes without any arrow', () => {
    expect(summary.unlinkedNodes).toEqual(['x3']);
  });

  it('gives paths that follow the arrows from the input to the purpose', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const kinds = [
      'initiative',
      'investment',
      'output',
      'output',
      'outcome',
      'outcome',
      'outcome',
    ] as const;
    const random: SummarisedBenefitNode[] = [
      ...ids.slice(0, 7).map((id, i) => node(id, kinds[i] ?? 'output')),
      node('h', 'purpose', { purposeId: 'well-being' }),
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 30 }),
        (attempts) => {
          const built: BenefitMapLink[] = [];
          for (const [from, to] of attempts)
            if (benefitLinkProblem(random, built, link(from, to)) === null)
              built.push(link(from, to));
          const s = summariseBenefitMap({
            purposeIds: ['well-being'],
            nodes: random,
            links: built,
            measuredNodeIds: new Set(),
            roadmapInitiativeIds: [],
          });
          for (const reach of s.purposes[0]?.reachedFrom ?? []) {
            expect(reach.path[0]).toBe(reach.nodeId);
            expect(reach.path.at(-1)).toBe('h');
            expect(reach.pathCount).toBeGreaterThanOrEqual(1);
            reach.path.slice(1).forEach((to, i) => {
              expect(built).toContainEqual(link(reach.path[i] ?? '', to));
            });
          }
          const reached = new Set(s.purposes[0]?.reachedFrom.map((r) => r.nodeId));
          for (const id of [...s.initiativesReachingNoPurpose, ...s.investmentsReachingNoPurpose])
            expect(reached.has(id)).toBe(false);
          expect(
            reached.size +
              s.initiativesReachingNoPurpose.length +
              s.investmentsReachingNoPurpose.length,
          ).toBe(2);
        },
      ),
    );
  });
});
