import type { TextLanguage } from '@citymaturity/model';
import { formatLevel } from './labels.js';

/**
 * One measure (current or target) of an item against the peer group, as the benchmarking API
 * gives it: either suppressed (too few cities: only the city's own value) or the group's median
 * and quartiles with the city's percentile rank.
 */
export type PeerChartMeasure =
  | { suppressed: true; city: number | null }
  | {
      suppressed: false;
      city: number | null;
      n: number;
      median: number;
      q1: number;
      q3: number;
      percentileRank: number | null;
    };

/** The fixed wording of the peer chart; `{n}` is the privacy threshold, `{items}` the values. */
export const peerText: Readonly<
  Record<
    TextLanguage,
    {
      you: string;
      median: string;
      quartiles: string;
      percentileRank: string;
      cities: string;
      hidden: string;
      noValue: string;
      description: string;
    }
  >
> = {
  zh: {
    you: '本市',
    median: '中位数',
    quartiles: '中间一半（四分位数）',
    percentileRank: '百分位等级',
    cities: '有数值的城市',
    hidden: '已隐藏：少于 {n} 个城市',
    noValue: '无数值',
    description:
      '同类比较图：每一项的方框为同类组中间一半城市的范围（下四分位数至上四分位数），竖线为中位数，圆点为本市的现在水平，三角为本市规划2年后的水平；少于 {n} 个城市有数值的项目不显示同类数据。{items}',
  },
  en: {
    you: 'Your city',
    median: 'median',
    quartiles: 'middle half (quartiles)',
    percentileRank: 'percentile rank',
    cities: 'cities with a value',
    hidden: 'hidden: fewer than {n} cities',
    noValue: 'no value',
    description:
      'Peer comparison chart: for each item the box spans the middle half of the peer group (lower to upper quartile), the line is the median, the circle is your current level and the triangle your level planned in 2 years; items fewer than {n} cities have a value for show no peer figures. {items}',
  },
};

/** The figures of a measure in words ("Your city 2; median 4; middle half 2–4; percentile rank 30"). */
export function peerMeasureWords(
  value: PeerChartMeasure,
  minPeerCities: number,
  lang: TextLanguage,
): string {
  const words = peerText[lang];
  const you = `${words.you} ${value.city === null ? words.noValue : formatLevel(value.city)}`;
  if (value.suppressed) return `${you}; ${words.hidden.replace('{n}', String(minPeerCities))}`;
  const parts = [
    you,
    `${words.median} ${formatLevel(value.median)}`,
    `${words.quartiles} ${formatLevel(value.q1)}–${formatLevel(value.q3)}`,
  ];
  if (value.percentileRank !== null)
    parts.push(`${words.percentileRank} ${String(value.percentileRank)}`);
  parts.push(`${words.cities} ${String(value.n)}`);
  return parts.join('; ');
}
