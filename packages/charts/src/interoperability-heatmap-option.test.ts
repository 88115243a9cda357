import { init, use } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { cellGridChartExtensions } from './cell-grid-extensions.js';
import {
  interoperabilityFill,
  interoperabilityFills,
  interoperabilityHeatmapOption,
  interoperabilityHeatmapSize,
  type InteroperabilityHeatmapInput,
} from './interoperability-heatmap-option.js';
import { textColourOn } from './cell-grid-option.js';
import { contrastRatio } from './palette.js';

const input: InteroperabilityHeatmapInput = {
  cells: [
    {
      areaLabel: 'Strategy',
      dimensionLabel: 'Political',
      score: 2.25,
      counts: { standard: 5, own: 1 },
    },
    {
      areaLabel: 'Strategy',
      dimensionLabel: 'Technical',
      score: null,
      counts: { standard: 0, own: 0 },
    },
    {
      areaLabel: 'Services',
      dimensionLabel: 'Political',
      score: null,
      counts: { standard: 4, own: 0 },
    },
    {
      areaLabel: 'Services',
      dimensionLabel: 'Technical',
      score: 0,
      counts: { standard: 1, own: 0 },
    },
  ],
};

/** The tooltip of the cell at an index. */
function tooltipOf(index: number): string {
  const tooltip = interoperabilityHeatmapOption(input, 'zh').tooltip as {
    formatter: (p: { dataIndex: number }) => string;
  };
  return tooltip.formatter({ dataIndex: index });
}

describe('interoperabilityFill', () => {
  it('darkens with the score from 0 to 3 and leaves an unscored cell white', () => {
    expect([0, 0.75, 1.5, 2.25, 3, null].map((s) => interoperabilityFill(s))).toEqual([
      ...interoperabilityFills,
      '#FFFFFF',
    ]);
  });

  it('keeps the figures on every fill at 4.5:1 or more', () => {
    expect(
      interoperabilityFills.every((fill) => contrastRatio(textColourOn(fill), fill) >= 4.5),
    ).toBe(true);
  });
});

describe('interoperabilityHeatmapOption', () => {
  it('puts the areas in rows and the dimensions in columns, in the order given', () => {
    const option = interoperabilityHeatmapOption(input, 'en');
    expect([
      (option.yAxis as { data: string[] }).data,
      (option.xAxis as { data: string[] }).data,
    ]).toEqual([
      ['Strategy', 'Services'],
      ['Political', 'Technical'],
    ]);
  });

  it('describes every cell in words: the score, the products, the empty cell and the one not scored', () => {
    const aria = interoperabilityHeatmapOption(input, 'en').aria as {
      label: { description: string };
    };
    expect(aria.label.description).toContain(
      'Strategy × Political: 6 products, 2.3; Strategy × Technical: none in the standard; Services × Political: 4 products, no status yet; Services × Technical: 1 products, 0.0',
    );
  });

  it("splits the standard's products from the city's own in the tooltip", () => {
    expect(tooltipOf(0)).toContain('标准的政策产品: 5<br>本市自有的政策产品: 1');
  });

  it('hatches the empty cell and writes its words, shortened in narrow cells', () => {
    use(cellGridChartExtensions);
    const render = (width: number) => {
      const chart = init(null, null, {
        renderer: 'svg',
        ssr: true,
        ...interoperabilityHeatmapSize(input, width),
      });
      chart.setOption(interoperabilityHeatmapOption(input, 'zh', { width }));
      const svg = chart.renderToSVGString();
      chart.dispose();
      return svg;
    };
    const [wide, narrow] = [render(720), render(200)];
    expect([
      wide.includes('标准中无产品'),
      wide.includes('>2.3<'),
      narrow.includes('>无产品<'),
    ]).toEqual([true, true, true]);
  });
});
