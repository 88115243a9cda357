import { gridStrategy, type GridStrategy } from '@citymaturity/core';
import type { TextLanguage } from '@citymaturity/model';
import type { ChartLayout } from './chart-input.js';
import {
  cellGridOption,
  cellGridSize,
  type CellGridOption,
  type GridCell,
} from './cell-grid-option.js';

/** How to engage the stakeholders of a cell of the influence × interest grid. */
export type StakeholderApproach = GridStrategy;

/** The number of registered stakeholders at one influence and interest (1 low … 3 high). */
export interface StakeholderGridCell {
  influence: number;
  interest: number;
  count: number;
  /** The suggested approach for the cell; default {@link defaultStakeholderApproach}. */
  approach?: StakeholderApproach;
}

/** What the stakeholder grid shows: the counts per cell (cells left out count 0). */
export interface StakeholderGridInput {
  cells: readonly StakeholderGridCell[];
}

/** The ECharts option of the stakeholder grid. */
export type StakeholderGridOption = CellGridOption;

/**
 * The register's rule in core (`gridStrategy`): manage closely when both are at least medium and
 * one is high; keep satisfied when influence exceeds interest; monitor when both are low; keep
 * informed otherwise.
 */
export function defaultStakeholderApproach(
  influence: number,
  interest: number,
): StakeholderApproach {
  return gridStrategy(influence, interest);
}

/** The fixed wording of the stakeholder grid. */
export const stakeholderGridText: Readonly<
  Record<
    TextLanguage,
    {
      influence: string;
      interest: string;
      levels: readonly string[];
      approaches: Readonly<Record<StakeholderApproach, string>>;
      stakeholders: string;
      description: string;
    }
  >
> = {
  zh: {
    influence: '影响力',
    interest: '关注度',
    levels: ['1 低', '2 中', '3 高'],
    approaches: {
      'manage-closely': '重点管理',
      'keep-satisfied': '保持满意',
      'keep-informed': '及时告知',
      monitor: '持续关注',
    },
    stakeholders: '{n} 个利益相关方',
    description:
      '利益相关方影响力 × 关注度网格：行为影响力（3 高在最上），列为关注度（3 高在最右）；单元格中写有利益相关方的数量和建议的参与方式。{items}',
  },
  en: {
    influence: 'Influence',
    interest: 'Interest',
    levels: ['1 low', '2 medium', '3 high'],
    approaches: {
      'manage-closely': 'manage closely',
      'keep-satisfied': 'keep satisfied',
      'keep-informed': 'keep informed',
      monitor: 'monitor',
    },
    stakeholders: '{n} stakeholders',
    description:
      'Stakeholder influence × interest grid: influence in rows (3 high at the top), interest in columns (3 high on the right); each cell gives its number of stakeholders and the suggested way of engaging them. {items}',
  },
};

/** Light fills of the approaches (dark text at ≥ 4.5:1 on each). */
export const stakeholderApproachFills: Readonly<Record<StakeholderApproach, string>> = {
  'manage-closely': '#F7B9B3',
  'keep-satisfied': '#FFF1C2',
  'keep-informed': '#C6DBEF',
  monitor: '#F0F0F0',
};

/** The size (pixels) the stakeholder grid reads best at. */
export function stakeholderGridSize(width?: number) {
  return cellGridSize(3, width, 64, true);
}

/**
 * The stakeholder register as a 3 × 3 influence × interest grid (high influence at the top, high
 * interest on the right): each cell shows its number of stakeholders and the suggested approach in
 * words, on the approach's light fill. The accessible description gives every cell.
 */
export function stakeholderGridOption(
  input: StakeholderGridInput,
  lang: TextLanguage,
  layout: ChartLayout = {},
): StakeholderGridOption {
  const text = stakeholderGridText[lang];
  const levels = [3, 2, 1];
  const cells: GridCell[] = levels.flatMap((influence, row) =>
    [1, 2, 3].map((interest) => {
      const here = input.cells.filter((c) => c.influence === influence && c.interest === interest);
      const count = here.reduce((sum, c) => sum + c.count, 0);
      const approach =
        here.find((c) => c.approach)?.approach ?? defaultStakeholderApproach(influence, interest);
      const place = `${text.influence} ${text.levels[influence - 1] ?? influence} × ${text.interest} ${text.levels[interest - 1] ?? interest}`;
      return {
        row,
        column: interest - 1,
        fill: stakeholderApproachFills[approach],
        lines: [String(count), text.approaches[approach]],
        tooltip: [
          place,
          text.stakeholders.replace('{n}', String(count)),
          text.approaches[approach],
        ],
      };
    }),
  );
  return cellGridOption(
    {
      rows: levels.map((l) => text.levels[l - 1] ?? String(l)),
      columns: [1, 2, 3].map((l) => text.levels[l - 1] ?? String(l)),
      cells,
      columnAxisName: text.interest,
      rowAxisName: text.influence,
      description: text.description.replace(
        '{items}',
        cells.map((c) => c.tooltip.join(': ')).join('; '),
      ),
    },
    layout,
  );
}
