import { init, use } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { cycleChartExtensions } from './cycle-extensions.js';
import { contrastRatio } from './palette.js';
import {
  realisationChartOption,
  realisationChartStatuses,
  realisationStyles,
  type RealisationBar,
} from './realisation-chart-option.js';

const bars: RealisationBar[] = [
  {
    label: 'All characteristics',
    counts: { reached: 1, partly: 1, 'not-reached': 28, 'fell-back': 1, 'no-plan': 1, unknown: 0 },
  },
  {
    label: '1 Strategy',
    counts: { reached: 1, partly: 0, 'not-reached': 10, 'fell-back': 1, 'no-plan': 0, unknown: 0 },
  },
];

describe('realisationStyles', () => {
  it('gives every status a colour of at least 3:1 on white (WCAG 1.4.11)', () => {
    expect(
      realisationChartStatuses.filter(
        (s) => contrastRatio(realisationStyles[s].color, '#FFFFFF') < 3,
      ),
    ).toEqual([]);
  });

  it('gives the statuses distinct patterns and symbols, so that colour is not the only cue', () => {
    const patterns = realisationChartStatuses.map((s) =>
      JSON.stringify(realisationStyles[s].decal),
    );
    const symbols = realisationChartStatuses.map((s) => realisationStyles[s].symbol);
    expect([new Set(patterns).size, new Set(symbols).size]).toEqual([6, 6]);
  });
});

describe('realisationChartOption', () => {
  it('stacks one series per status, in the order of the statuses, named in words', () => {
    const series = realisationChartOption(bars, 'zh').series as { name: string; stack: string }[];
    expect(series.map((s) => [s.name, s.stack])).toEqual([
      ['已达到', 'statuses'],
      ['部分达到', 'statuses'],
      ['未达到', 'statuses'],
      ['倒退', 'statuses'],
      ['无规划提升', 'statuses'],
      ['无法判断', 'statuses'],
    ]);
  });

  it('gives each bar its counts per status', () => {
    const series = realisationChartOption(bars, 'en').series as { data: number[] }[];
    expect(series.map((s) => s.data)).toEqual([
      [1, 1],
      [1, 0],
      [28, 10],
      [1, 1],
      [1, 0],
      [0, 0],
    ]);
  });

  it('describes the non-zero counts of every bar in words', () => {
    const aria = realisationChartOption(bars, 'en').aria as { label: { description: string } };
    expect(aria.label.description).toContain('1 Strategy: Reached 1, Not reached 10, Fell back 1');
  });

  it('writes a count on its segment only where it fits', () => {
    const label = (width: number, value: number) => {
      const series = realisationChartOption(bars, 'en', { width }).series as {
        label: { formatter: (params: { value: number }) => string };
      }[];
      return series[0]?.label.formatter({ value });
    };
    expect([label(960, 1), label(340, 1), label(340, 28), label(960, 0)]).toEqual([
      '1',
      '',
      '28',
      '',
    ]);
  });

  it('renders to SVG with its patterns', () => {
    use(cycleChartExtensions);
    const chart = init(null, null, { renderer: 'svg', ssr: true, width: 720, height: 240 });
    chart.setOption(realisationChartOption(bars, 'en'));
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect([svg.includes('Not reached'), svg.includes('<pattern')]).toEqual([true, true]);
  });
});
