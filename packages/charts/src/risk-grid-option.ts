import { riskBandRange, riskBands } from '@citymaturity/core';
import type { TextLanguage } from '@citymaturity/model';
import type { ChartLayout } from './chart-input.js';
import {
  cellGridOption,
  cellGridSize,
  type CellGridOption,
  type GridCell,
} from './cell-grid-option.js';

/** The number of risks at one likelihood (1 rare … 5 almost certain) and impact (1 … 5 severe). */
export interface RiskGridCell {
  likelihood: number;
  impact: number;
  count: number;
}

/** A band of risk scores (likelihood × impact), from `min` to `max` inclusive. */
export interface RiskBand {
  id: string;
  min: number;
  max: number;
  /** Its name; the default bands are named by the chart in the language asked for. */
  label?: string;
}

/** What the risk grid shows: the counts per cell (cells left out count 0) and the score bands. */
export interface RiskGridInput {
  cells: readonly RiskGridCell[];
  /** Default {@link defaultRiskBands}. */
  bands?: readonly RiskBand[];
}

/** The ECharts option of the risk grid. */
export type RiskGridOption = CellGridOption;

/** The bands of the risk register's rule in core (`riskBandRange`): low 1–4, medium 5–9, high 10–19, critical 20–25. */
export const defaultRiskBands: readonly RiskBand[] = riskBands.map((id) => {
  const { from, to } = riskBandRange(id);
  return { id, min: from, max: to };
});

/** The fixed wording of the risk grid. */
export const riskText: Readonly<
  Record<
    TextLanguage,
    {
      likelihood: string;
      impact: string;
      likelihoods: readonly string[];
      impacts: readonly string[];
      bands: Readonly<Record<string, string>>;
      risks: string;
      none: string;
      description: string;
    }
  >
> = {
  zh: {
    likelihood: '可能性',
    impact: '影响',
    likelihoods: ['1 极少', '2 不太可能', '3 可能', '4 很可能', '5 几乎肯定'],
    impacts: ['1 可忽略', '2 轻微', '3 中等', '4 重大', '5 严重'],
    bands: { low: '低', medium: '中', high: '高', critical: '极高' },
    risks: '{n} 项风险',
    none: '没有登记的风险。',
    description:
      '风险热图：行为可能性（5 几乎肯定在最上），列为影响（5 严重在最右）；单元格中写有风险数和风险等级，等级按分值（可能性 × 影响）划分：{bands}。{items}',
  },
  en: {
    likelihood: 'Likelihood',
    impact: 'Impact',
    likelihoods: ['1 rare', '2 unlikely', '3 possible', '4 likely', '5 almost certain'],
    impacts: ['1 negligible', '2 minor', '3 moderate', '4 major', '5 severe'],
    bands: { low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
    risks: '{n} risks',
    none: 'No risk is registered.',
    description:
      'Risk heat grid: likelihood in rows (5 almost certain at the top), impact in columns (5 severe on the right); each cell gives its number of risks and its band, by score (likelihood × impact): {bands}. {items}',
  },
};

/** Light fills of the default bands (dark text at ≥ 4.5:1 on each); other bands are grey. */
export const riskBandFills: Readonly<Record<string, string>> = {
  low: '#E3F1E6',
  medium: '#FFF1C2',
  high: '#FFD3AD',
  critical: '#F7B9B3',
};

/** The band a score falls in (undefined when no band covers it). */
export function riskBandOf(
  score: number,
  bands: readonly RiskBand[] = defaultRiskBands,
): RiskBand | undefined {
  return bands.find((band) => score >= band.min && score <= band.max);
}

/** The size (pixels) the risk grid reads best at. */
export function riskGridSize(width?: number) {
  return cellGridSize(5, width, 56, true);
}

/**
 * The risk register as a 5 × 5 heat grid: likelihood in rows (almost certain at the top), impact
 * in columns (severe on the right). Each cell shows how many risks lie there and the band of its
 * score (likelihood × impact) in words, on the band's light fill. The accessible description
 * names the bands and every cell that holds risks.
 */
export function riskGridOption(
  input: RiskGridInput,
  lang: TextLanguage,
  layout: ChartLayout = {},
): RiskGridOption {
  const text = riskText[lang];
  const bands = input.bands ?? defaultRiskBands;
  const bandName = (band: RiskBand | undefined) =>
    band ? (band.label ?? text.bands[band.id] ?? band.id) : '';
  const countAt = (likelihood: number, impact: number) =>
    input.cells
      .filter((c) => c.likelihood === likelihood && c.impact === impact)
      .reduce((sum, c) => sum + c.count, 0);
  const levels = [5, 4, 3, 2, 1];
  const cells: GridCell[] = levels.flatMap((likelihood, row) =>
    [1, 2, 3, 4, 5].map((impact) => {
      const score = likelihood * impact;
      const band = riskBandOf(score, bands);
      const count = countAt(likelihood, impact);
      return {
        row,
        column: impact - 1,
        fill: (band && riskBandFills[band.id]) ?? '#F0F0F0',
        lines: [String(count), bandName(band)],
        tooltip: [
          `${text.likelihood} ${text.likelihoods[likelihood - 1] ?? likelihood} × ${text.impact} ${text.impacts[impact - 1] ?? impact} = ${String(score)} (${bandName(band)})`,
          text.risks.replace('{n}', String(count)),
        ],
      };
    }),
  );
  const held = cells.filter((c) => c.lines[0] !== '0').map((c) => c.tooltip.join(': '));
  return cellGridOption(
    {
      rows: levels.map((l) => text.likelihoods[l - 1] ?? String(l)),
      columns: [1, 2, 3, 4, 5].map((i) => text.impacts[i - 1] ?? String(i)),
      cells,
      columnAxisName: text.impact,
      rowAxisName: text.likelihood,
      description: text.description
        .replace(
          '{bands}',
          bands.map((b) => `${bandName(b)} ${String(b.min)}–${String(b.max)}`).join(', '),
        )
        .replace('{items}', held.length > 0 ? held.join('; ') : text.none),
    },
    layout,
  );
}
