import { init, use } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { cellGridChartExtensions } from './cell-grid-extensions.js';
import {
  cellGridColumnWidth,
  cellGridOption,
  cellGridSize,
  hatchLines,
  textColourOn,
  type CellGridSpec,
} from './cell-grid-option.js';
import { contrastRatio } from './palette.js';

const spec: CellGridSpec = {
  rows: ['Row A', 'Row B'],
  columns: ['One', 'Two'],
  cells: [
    { row: 0, column: 0, fill: '#0B3D6E', lines: ['2.5', 'three words'], tooltip: ['A × One'] },
    { row: 0, column: 1, fill: '#FFFFFF', hatched: true, lines: ['—'], tooltip: ['A × Two'] },
    { row: 1, column: 0, fill: '#F2F7FC', lines: ['1'], tooltip: ['B × One', 'a <b> tag'] },
  ],
  description: 'A grid. Row A: 2.5.',
};

describe('textColourOn', () => {
  it('writes white on dark fills and dark on light ones, each at 4.5:1 or more', () => {
    const fills = ['#0B3D6E', '#F2F7FC', '#B42318', '#F5B700'];
    expect(fills.map((f) => contrastRatio(textColourOn(f), f) >= 4.5)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});

describe('hatchLines', () => {
  it('keeps every line inside the rectangle', () => {
    const lines = hatchLines(10, 20, 50, 30, 8);
    const inside = lines.every(
      (l) =>
        [l.x1, l.x2].every((x) => x >= 10 && x <= 60) &&
        [l.y1, l.y2].every((y) => y >= 20 && y <= 50),
    );
    expect([lines.length > 5, inside]).toEqual([true, true]);
  });
});

describe('cellGridSize', () => {
  it('grows with the rows and makes room for a column axis name', () => {
    expect(cellGridSize(4, 600, 50).height - cellGridSize(2, 600, 50).height).toBe(100);
    expect(cellGridSize(2, 600, 50, true).height).toBeGreaterThan(cellGridSize(2, 600, 50).height);
  });

  it('gives narrower columns on a narrower drawing', () => {
    expect(cellGridColumnWidth(5, 360)).toBeLessThan(cellGridColumnWidth(5, 720));
  });
});

describe('cellGridOption', () => {
  it('puts the rows top to bottom and the columns along the top', () => {
    const option = cellGridOption(spec);
    const x = option.xAxis as { data: string[]; position: string };
    const y = option.yAxis as { data: string[]; inverse: boolean };
    expect([x.data, x.position, y.data, y.inverse]).toEqual([
      ['One', 'Two'],
      'top',
      ['Row A', 'Row B'],
      true,
    ]);
  });

  it('gives the description for screen readers', () => {
    const aria = cellGridOption(spec).aria as { label: { description: string } };
    expect(aria.label.description).toBe('A grid. Row A: 2.5.');
  });

  it('escapes the tooltip text', () => {
    const tooltip = cellGridOption(spec).tooltip as {
      formatter: (p: { dataIndex: number }) => string;
    };
    expect(tooltip.formatter({ dataIndex: 2 })).toBe(
      '<strong>B × One</strong><br>a &#60;b&#62; tag',
    );
  });

  it('renders the values, the words and the hatching to SVG', () => {
    use(cellGridChartExtensions);
    const chart = init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 200 });
    chart.setOption(cellGridOption(spec, { width: 600 }));
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect([svg.includes('>2.5<'), svg.includes('three words'), svg.includes('#8C8C8C')]).toEqual([
      true,
      true,
      true,
    ]);
  });
});
