import { init, use } from 'echarts/core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compactPeerChartWidth,
  peerChartOption,
  peerChartSize,
  peerRowHeight,
  type PeerChartInput,
} from './peer-chart-option.js';
import { peerMeasureWords } from './peer-chart-text.js';
import { peerChartExtensions } from './peer-extensions.js';

// Current of "1.1": the city 2 in a group with median 4, quartiles 2–4 (mid-rank 30); its target
// is hidden (too few cities), with the city's own 3.
const input: PeerChartInput = {
  rows: [
    {
      label: '1.1 City vision',
      shortLabel: '1.1',
      current: {
        suppressed: false,
        city: 2,
        n: 5,
        median: 4,
        q1: 2,
        q3: 4,
        percentileRank: 30,
      },
      target: { suppressed: true, city: 3 },
    },
    {
      label: '1.2 Leadership',
      shortLabel: '1.2',
      current: { suppressed: true, city: null },
      target: {
        suppressed: false,
        city: null,
        n: 6,
        median: 3.5,
        q1: 2.25,
        q3: 4.75,
        percentileRank: null,
      },
    },
  ],
  minPeerCities: 5,
  top: 5,
};

/** Renders an option with ECharts' server-side SVG renderer, as the PDF report would. */
function render(width = 720): string {
  const chart = init(null, null, {
    renderer: 'svg',
    ssr: true,
    ...peerChartSize(input.rows.length, width),
  });
  chart.setOption(peerChartOption(input, 'en', { width }));
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** A measure of the input's rows. */
const measure = (row: number, which: 'current' | 'target') => {
  const value = input.rows[row]?.[which];
  if (!value) throw new Error('no such row');
  return value;
};

describe('peerMeasureWords', () => {
  it('gives the city, median, quartiles, percentile rank and count', () => {
    expect(peerMeasureWords(measure(0, 'current'), 5, 'en')).toBe(
      'Your city 2; median 4; middle half (quartiles) 2–4; percentile rank 30; cities with a value 5',
    );
  });

  it('gives only the city and the threshold when hidden', () => {
    expect(peerMeasureWords(measure(0, 'target'), 5, 'zh')).toBe('本市 3; 已隐藏：少于 5 个城市');
  });

  it('says when the city has no value, and leaves out its rank', () => {
    expect(peerMeasureWords(measure(1, 'target'), 5, 'en')).toBe(
      'Your city no value; median 3.5; middle half (quartiles) 2.3–4.8; cities with a value 6',
    );
  });
});

describe('peerChartOption', () => {
  beforeAll(() => {
    use(peerChartExtensions);
  });

  it('grows one row height per item', () => {
    expect(peerChartSize(3, 600).height - peerChartSize(2, 600).height).toBe(peerRowHeight);
  });

  it('describes every figure in words, hidden ones as hidden', () => {
    const option = peerChartOption(input, 'en');
    const description = (option.aria as { label: { description: string } }).label.description;
    expect(description).toContain(
      '1.1 City vision: Current level: Your city 2; median 4; middle half (quartiles) 2–4; percentile rank 30',
    );
    expect(description).toContain('Planned in 2 years: Your city 3; hidden: fewer than 5 cities');
  });

  it('names the rows by their numbers on a narrow drawing', () => {
    const narrow = peerChartOption(input, 'en', { width: compactPeerChartWidth - 1 });
    const wide = peerChartOption(input, 'en', { width: compactPeerChartWidth });
    const labels = (option: typeof narrow) => (option.yAxis as { data: string[] }).data;
    expect([labels(narrow), labels(wide)]).toEqual([
      ['1.1', '1.2'],
      ['1.1 City vision', '1.2 Leadership'],
    ]);
  });

  it('draws the boxes, the medians, the city and the hidden notes (server-side SVG)', () => {
    const svg = render();
    expect([
      svg.includes('#D3E6F3'),
      svg.includes('#F8DFCC'),
      svg.includes('hidden: fewer than 5 cities'),
      svg.includes('1.2 Leadership'),
    ]).toEqual([true, true, true, true]);
  });

  it('puts the hidden note on the side away from the city mark', () => {
    // The city's target is 3 (the middle): the note is right-aligned at level 5.
    const svg = render();
    expect(svg).toMatch(/text-anchor="end"[^>]*>hidden: fewer than 5 cities/);
    // The current level of 1.2 has no city mark: the note starts at level 1.
    expect(svg).toMatch(/text-anchor="start"[^>]*>hidden: fewer than 5 cities/);
  });
});
