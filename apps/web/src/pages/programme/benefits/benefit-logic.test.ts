import { benefitColumnCentre } from '@citymaturity/charts';
import { describe, expect, it } from 'vitest';
import type { BenefitMap, BenefitNode, Kpi } from '../../../api/programme-benefits.js';
import {
  allowedTargets,
  benefitMapInput,
  kpiChartInput,
  kpiFormIssues,
  kpiFormValues,
  kpiGap,
  kpiInputOf,
  neighbourInColumn,
  nextNodePosition,
  nodeName,
  nodesByKind,
  numberOf,
  offTrack,
  swappedY,
} from './benefit-logic.js';

const node = (id: string, kind: BenefitNode['kind'], x = 0, y = 0): BenefitNode => ({
  id,
  kind,
  label: id,
  description: '',
  initiativeId: null,
  initiativeTitle: null,
  purposeId: null,
  x,
  y,
  kpiIds: [],
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: null,
});

const map: BenefitMap = {
  nodes: [
    node('i1', 'initiative', 100, 40),
    node('o1', 'output', 500, 40),
    node('o2', 'output', 500, 124),
    node('c1', 'outcome', 700, 40),
    node('c2', 'outcome', 700, 124),
    node('p1', 'purpose', 900, 40),
  ],
  links: [{ fromNodeId: 'o1', toNodeId: 'c1' }],
  allowedLinks: {
    initiative: ['output'],
    investment: ['output'],
    output: ['outcome'],
    outcome: ['outcome', 'purpose'],
    purpose: [],
  },
  summary: {
    purposes: [],
    initiativesReachingNoPurpose: [],
    investmentsReachingNoPurpose: [],
    outcomesWithoutKpi: [],
    roadmapInitiativesNotOnMap: [],
    unlinkedNodes: [],
  },
};

const kpi = (over: Partial<Kpi> = {}): Kpi => ({
  id: 'k',
  name: 'PM2.5',
  unit: 'µg/m³',
  indicator: null,
  direction: 'decrease',
  baseline: { on: '2026-01-01', value: 40 },
  successCriterion: '',
  trajectory: [{ on: '2027-01-01', value: 25 }],
  owner: '',
  benefitNodeId: null,
  version: 1,
  createdAt: '',
  updatedAt: '',
  updatedBy: null,
  actuals: [],
  status: {
    status: 'off-track',
    latest: { on: '2026-07-01', value: 38 },
    expected: 32.5,
    deviation: 5.5,
    tolerance: 0.75,
    target: { on: '2027-01-01', value: 25 },
  },
  series: { planned: [], actual: [{ on: '2026-07-01', value: 38 }] },
  ...over,
});

describe('nodeName', () => {
  const purposes = new Map([['environment', 'Environment']]);
  const bare = { label: '', initiativeId: null, initiativeTitle: null, purposeId: null };

  it("uses the node's own label first", () => {
    const node = { ...bare, label: 'Portal', initiativeId: 'ini', initiativeTitle: 'Open data' };
    expect(nodeName(node, purposes, '?')).toBe('Portal');
  });

  it('names a node standing for an initiative or a purpose after it', () => {
    expect([
      nodeName(
        { ...bare, initiativeId: 'ini', initiativeTitle: 'Open data platform' },
        purposes,
        '?',
      ),
      nodeName({ ...bare, purposeId: 'environment' }, purposes, '?'),
    ]).toEqual(['Open data platform', 'Environment']);
  });

  it('falls back when nothing names it', () => {
    expect(nodeName(bare, purposes, '(unnamed)')).toBe('(unnamed)');
  });

  it('falls back for an initiative node whose initiative has no title', () => {
    expect(nodeName({ ...bare, initiativeId: 'gone' }, purposes, '(unnamed)')).toBe('(unnamed)');
  });
});

describe('nextNodePosition', () => {
  it("puts a kind's first node at the top of its column", () => {
    expect(nextNodePosition(map.nodes, 'investment')).toEqual({
      x: benefitColumnCentre('investment'),
      y: 40,
    });
  });

  it('puts a new node under the lowest of its column', () => {
    expect(nextNodePosition(map.nodes, 'output').y).toBe(124 + 84);
  });
});

describe('benefitMapInput', () => {
  it('places nodes never placed under the placed ones of their column, in order', () => {
    const input = benefitMapInput(
      {
        nodes: [node('a', 'output', 500, 40), node('b', 'output'), node('c', 'output')],
        links: [],
      },
      (n) => n.label.toUpperCase(),
      true,
    );
    expect(input.nodes.map((n) => [n.label, n.y])).toEqual([
      ['A', 40],
      ['B', 124],
      ['C', 208],
    ]);
    expect(input.editable).toBe(true);
  });

  it('turns the arrows into links', () => {
    expect(benefitMapInput(map, (n) => n.label, false).links).toEqual([{ from: 'o1', to: 'c1' }]);
  });
});

describe('nodesByKind', () => {
  it('groups the nodes in the order of the columns, each top to bottom', () => {
    const groups = nodesByKind([node('b', 'output', 500, 200), ...map.nodes]);
    expect(groups.map(([kind, nodes]) => [kind, nodes.map((n) => n.id)])).toEqual([
      ['initiative', ['i1']],
      ['investment', []],
      ['output', ['o1', 'o2', 'b']],
      ['outcome', ['c1', 'c2']],
      ['purpose', ['p1']],
    ]);
  });
});

describe('allowedTargets', () => {
  it('offers the kinds the logic model allows, without the start itself or arrows already there', () => {
    const c1 = map.nodes.find((n) => n.id === 'c1') as BenefitNode;
    const o1 = map.nodes.find((n) => n.id === 'o1') as BenefitNode;
    expect(allowedTargets(map, c1).map((n) => n.id)).toEqual(['c2', 'p1']);
    expect(allowedTargets(map, o1).map((n) => n.id)).toEqual(['c2']);
  });
});

describe('moving a node up or down its column', () => {
  const o1 = map.nodes[1] as BenefitNode;
  const o2 = map.nodes[2] as BenefitNode;

  it('finds the neighbour above and below, none at the ends', () => {
    expect([
      neighbourInColumn(map.nodes, o2, 'up')?.id,
      neighbourInColumn(map.nodes, o1, 'down')?.id,
      neighbourInColumn(map.nodes, o1, 'up'),
    ]).toEqual(['o1', 'o2', undefined]);
  });

  it('swaps the two places', () => {
    expect(swappedY(o2, o1, 'up')).toEqual({ node: 40, neighbour: 124 });
  });

  it('moves a node level with its neighbour a row beyond it', () => {
    expect(swappedY({ y: 100 }, { y: 100 }, 'down')).toEqual({ node: 184, neighbour: 100 });
    expect(swappedY({ y: 40 }, { y: 40 }, 'up')).toEqual({ node: 0, neighbour: 40 });
  });
});

describe('KPIs', () => {
  it('charts the baseline and milestones as the plan against the actual values', () => {
    expect(kpiChartInput(kpi(), '2026-11-22')).toEqual({
      name: 'PM2.5',
      unit: 'µg/m³',
      direction: 'decrease',
      baseline: { on: '2026-01-01', value: 40 },
      milestones: [{ on: '2027-01-01', value: 25 }],
      actuals: [{ on: '2026-07-01', value: 38 }],
      status: 'off-track',
      today: '2026-11-22',
    });
  });

  it('lists the off-track ones', () => {
    expect(
      offTrack([kpi(), kpi({ id: 'ok', status: { ...kpi().status, status: 'on-track' } })]).map(
        (k) => k.id,
      ),
    ).toEqual(['k']);
  });

  it('says how far from the expected value the latest value is, better or worse by the direction', () => {
    expect(kpiGap(kpi())).toEqual({ amount: 5.5, better: false });
    expect(kpiGap(kpi({ direction: 'increase' }))).toEqual({ amount: 5.5, better: true });
    expect(kpiGap(kpi({ status: { ...kpi().status, expected: null, deviation: null } }))).toBe(
      undefined,
    );
  });
});

describe('numberOf', () => {
  it('reads numbers with separators of thousands and signs', () => {
    expect([numberOf('1,234.5'), numberOf('-3'), numberOf(' 0.25 '), numberOf('1e3')]).toEqual([
      1234.5, -3, 0.25, 1000,
    ]);
  });

  it('refuses what is not a number', () => {
    expect([numberOf(''), numberOf('abc'), numberOf('1.2.3')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('kpiInputOf', () => {
  it('sends an indicator only with its standard and code, a baseline only with date and value', () => {
    const input = kpiInputOf({
      ...kpiFormValues(undefined),
      name: ' Share ',
      scheme: 'iso-37120',
      code: '',
      baselineOn: '2026-01-01',
      baselineValue: '',
    });
    expect([input.name, input.indicator, input.baseline]).toEqual(['Share', null, null]);
  });

  it('drops empty rows of the trajectory and reads the values', () => {
    const input = kpiInputOf({
      ...kpiFormValues(undefined, 'c1'),
      name: 'Share',
      scheme: 'u4ssc',
      code: ' EC-ICT-1 ',
      baselineOn: '2026-01-01',
      baselineValue: '20',
      trajectory: [
        { on: '2027-01-01', value: '1,000' },
        { on: '', value: '' },
      ],
    });
    expect(input).toMatchObject({
      indicator: { scheme: 'u4ssc', code: 'EC-ICT-1' },
      baseline: { on: '2026-01-01', value: 20 },
      trajectory: [{ on: '2027-01-01', value: 1000 }],
      benefitNodeId: 'c1',
    });
  });

  it('round-trips a stored KPI through the form', () => {
    const stored = kpi({ indicator: { scheme: 'iso-37120', code: '8.1' }, benefitNodeId: 'c1' });
    expect(kpiInputOf(kpiFormValues(stored))).toEqual({
      name: stored.name,
      unit: stored.unit,
      indicator: stored.indicator,
      direction: stored.direction,
      baseline: stored.baseline,
      successCriterion: '',
      trajectory: stored.trajectory,
      owner: '',
      benefitNodeId: 'c1',
    });
  });
});

describe('kpiFormIssues', () => {
  it("places the API's problems on the form's fields and the trajectory's apart", () => {
    expect(
      kpiFormIssues([
        { path: 'body.name', message: 'too long' },
        { path: 'body.baseline.value', message: 'not a number' },
        { path: 'body.indicator.code', message: 'empty' },
        { path: 'body.trajectory.1.on', message: 'not after the milestone before' },
        { path: 'body.somethingElse', message: 'ignored' },
      ]),
    ).toEqual({
      fields: [
        { name: ['name'], errors: ['too long'] },
        { name: ['baselineValue'], errors: ['not a number'] },
        { name: ['code'], errors: ['empty'] },
      ],
      trajectory: ['2: not after the milestone before'],
    });
  });
});
