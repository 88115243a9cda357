import { init, use } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { benefitMapExtensions } from './benefit-map-extensions.js';
import {
  benefitColumnCentre,
  benefitMapAutoLayout,
  benefitMapOption,
  benefitMapPosition,
  benefitMapSize,
  type BenefitMapInput,
} from './benefit-map-option.js';

const input: BenefitMapInput = {
  nodes: [
    ...benefitMapAutoLayout([
      { id: 'i1', kind: 'initiative', label: 'Open data portal' },
      { id: 'o1', kind: 'output', label: '300 open data sets' },
      { id: 'c1', kind: 'outcome', label: 'More business innovation' },
      { id: 'p1', kind: 'purpose', label: 'Attractiveness' },
    ]),
    // Dragged far into the wrong column: kept in its own.
    { id: 'v1', kind: 'investment', label: 'Data centre', x: 950, y: 40 },
  ],
  links: [
    { from: 'i1', to: 'o1' },
    { from: 'v1', to: 'o1' },
    { from: 'o1', to: 'c1' },
    { from: 'c1', to: 'p1' },
    { from: 'c1', to: 'gone' },
  ],
};

interface Node {
  id: string;
  x: number;
  y: number;
  symbol?: string;
  draggable: boolean;
}

const seriesOf = (option: ReturnType<typeof benefitMapOption>) =>
  (option.series as { data: Node[]; links: { source: string; target: string }[] }[])[0];

describe('benefitMapAutoLayout', () => {
  it('puts each node in the middle of its column, one under the other', () => {
    const nodes = benefitMapAutoLayout([
      { id: 'a', kind: 'output', label: 'A' },
      { id: 'b', kind: 'output', label: 'B' },
      { id: 'c', kind: 'purpose', label: 'C' },
    ]);
    expect(nodes.map((n) => [n.x, n.y])).toEqual([
      [500, 40],
      [500, 124],
      [900, 40],
    ]);
  });
});

describe('benefitMapOption', () => {
  it('gives each kind its own shape', () => {
    const symbols = seriesOf(benefitMapOption(input, 'en'))
      ?.data.slice(0, 5)
      .map((n) => n.symbol);
    expect(symbols).toEqual(['rect', 'roundRect', 'circle', 'triangle', 'diamond']);
  });

  it("keeps a node inside its kind's column, in pixels of the drawing", () => {
    const data = seriesOf(benefitMapOption(input, 'en', { width: 516 }))?.data ?? [];
    // A 500 px drawing: the investment column (map units 200–400) runs from 100 to 200 px, and
    // a node stays 20 units (10 px) inside it.
    const investment = data.find((n) => n.id === 'v1');
    expect(investment?.x).toBeCloseTo(190);
  });

  it('reads a dragged position back in map units', () => {
    expect(benefitMapPosition(250, 70, 516)).toEqual({ x: 500, y: 70 });
    expect(benefitColumnCentre('outcome')).toBe(700);
  });

  it('lets the nodes be dragged only when editable, never the corners', () => {
    const fixed = seriesOf(benefitMapOption(input, 'en'))?.data ?? [];
    const editable = seriesOf(benefitMapOption({ ...input, editable: true }, 'en'))?.data ?? [];
    expect([fixed.some((n) => n.draggable), editable.map((n) => n.draggable)]).toEqual([
      false,
      [true, true, true, true, true, false, false],
    ]);
  });

  it('draws the arrows between known nodes only', () => {
    const links = seriesOf(benefitMapOption(input, 'en'))?.links ?? [];
    expect(links.map((l) => `${l.source}>${l.target}`)).toEqual([
      'i1>o1',
      'v1>o1',
      'o1>c1',
      'c1>p1',
    ]);
  });

  it('describes the nodes by kind and every arrow', () => {
    const aria = benefitMapOption(input, 'en').aria as { label: { description: string } };
    expect([
      aria.label.description.includes('Investments: Data centre; Outputs: 300 open data sets'),
      aria.label.description.includes('Arrows: Open data portal → 300 open data sets'),
    ]).toEqual([true, true]);
  });

  it('renders to SVG with the column headings', () => {
    use(benefitMapExtensions);
    const chart = init(null, null, { renderer: 'svg', ssr: true, ...benefitMapSize(input, 720) });
    chart.setOption(benefitMapOption(input, 'zh', { width: 720 }));
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect([svg.includes('成果'), svg.includes('Attractiveness')]).toEqual([true, true]);
  });
});
